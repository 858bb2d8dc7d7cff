import Foundation
import Synchronization

/// Submissions from phones waiting for the console, which records them as ordinary events.
///
/// The console's loop runs on one thread and sleeps in `poll()`; it watches `fileDescriptor` beside stdin.
/// The descriptor becomes readable as soon as something waits, and `drain()` empties both the queue and the
/// descriptor. Posting never blocks the web server.
public final class Inbox: Sendable {
    /// How many submissions may wait before the server answers "busy" instead of queueing more.
    public let capacity: Int
    /// The read end of a pipe: readable while submissions wait. Poll it for `POLLIN`; do not read it.
    public let fileDescriptor: Int32
    private let writeEnd: Int32
    private let state = Mutex(State())

    private struct State {
        var waiting: [Submission] = []
        /// Whether a wake-up byte is in the pipe; one is enough however many submissions wait.
        var signalled = false
    }

    /// A fresh, empty inbox; fails only if the system has no file descriptors left.
    public init(capacity: Int = 10_000) throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw InboxError.noPipe(errno: errno) }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        fileDescriptor = ends[0]
        writeEnd = ends[1]
        self.capacity = capacity
    }

    deinit {
        close(fileDescriptor)
        close(writeEnd)
    }

    /// Queues a submission and wakes the console; false (nothing queued) when the inbox is full.
    @discardableResult
    public func post(_ submission: Submission) -> Bool {
        state.withLock { state in
            guard state.waiting.count < capacity else { return false }
            state.waiting.append(submission)
            if !state.signalled {
                var byte: UInt8 = 1
                _ = write(writeEnd, &byte, 1)
                state.signalled = true
            }
            return true
        }
    }

    /// Takes every waiting submission, oldest first, and clears the wake-up signal.
    public func drain() -> [Submission] {
        state.withLock { state in
            var sink = [UInt8](repeating: 0, count: 64)
            while read(fileDescriptor, &sink, sink.count) > 0 {}
            state.signalled = false
            defer { state.waiting.removeAll(keepingCapacity: true) }
            return state.waiting
        }
    }

    /// How many submissions wait.
    public var count: Int { state.withLock { $0.waiting.count } }
}

/// Why an inbox could not be made.
public enum InboxError: Error, Equatable {
    /// `pipe()` failed, with the system's error number.
    case noPipe(errno: Int32)
}
