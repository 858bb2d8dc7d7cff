import Foundation

/// A value made on a thread of its own while the caller goes on, handed over once by `wait()`.
///
/// A new session's file is created this way while the terminal is set up and the first frame drawn: its
/// synchronous commits to disk then no longer hold up the screen.
final class Pending<Value>: @unchecked Sendable {
    // @unchecked: `result` is written once by the worker before `done` is signalled and read only after
    // `wait()` has seen that signal, so the value never has two owners at once.
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)
    private var taken = false

    /// Starts `make` on a new thread at once.
    init(_ make: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try make() }
            done.signal()
        }
        thread.start()
    }

    /// Holds `value` from the start.
    private init(value: Value) {
        result = .success(value)
        done.signal()
    }

    /// A value that is already there (a resumed session's file, opened before the screen).
    static func ready(_ value: Value) -> Pending {
        Pending(value: value)
    }

    /// Waits for the value (or the error that stopped it); call once.
    func wait() throws -> Value {
        precondition(!taken, "Pending.wait() called twice")
        taken = true
        done.wait()
        return try result!.get()
    }
}
