import Glibc

/// Work done on a thread of its own while the main thread takes over the terminal: the console program and
/// its first frame.
///
/// Taking over the terminal (locale, terminfo, modes) takes about a millisecond, making the session and
/// drawing the first frame most of another, and neither needs the other: with a second core free, the
/// first frame is on screen that much sooner. Views read nothing the take-over changes (widths come from
/// the program's own tables, not the C locale).
final class InAdvance<Value>: @unchecked Sendable {
    /// Written by the thread before it ends, read only after `pthread_join` (which orders the two).
    private var value: Value?
    private let make: () -> Value
    private var thread: pthread_t?

    /// Starts `make` on a new thread, on copies of what it captured.
    init(_ make: @escaping () -> Value) {
        self.make = make
        thread = InAdvanceJob { [self] in value = make() }.start()
    }

    /// The value, made on the thread, or here when no thread could be started.
    func wait() -> Value {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}

/// The thread's body; not generic, since a C function pointer cannot capture a generic type.
private final class InAdvanceJob {
    let body: () -> Void

    init(_ body: @escaping () -> Void) {
        self.body = body
    }

    /// The thread running `body`, or nil when none could be started.
    func start() -> pthread_t? {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let started = pthread_create(&thread, nil, { context in
            guard let context else { return nil }
            Unmanaged<InAdvanceJob>.fromOpaque(context).takeRetainedValue().body()
            return nil
        }, context)
        guard started == 0 else {
            Unmanaged<InAdvanceJob>.fromOpaque(context).release()
            return nil
        }
        return thread
    }
}
