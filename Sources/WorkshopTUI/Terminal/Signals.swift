import Glibc
import Synchronization

/// The last terminating signal (INT, TERM, HUP) received, 0 when none: the loop ends cleanly on it.
private let terminationSignal = Atomic<Int32>(0)
/// Set on SIGCONT: the process was stopped and resumed from outside, so the screen needs a repaint.
private let continuedSignal = Atomic<Bool>(false)

/// Signal handling for the console: handlers only store what arrived; the main loop acts on it, because
/// neither ncurses nor Swift may be called from a handler.
enum Signals {
    /// Signals that end the program cleanly: Ctrl-C sent from outside (raw mode makes Ctrl-C a key),
    /// `kill`, and the terminal window being closed.
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers; call before the terminal is set up, so ncurses keeps its hands off them.
    /// No SA_RESTART: a signal must interrupt the wait for a key so the loop can see it.
    static func install() {
        // Touch the globals now: their lazy initialisation is not safe inside a handler.
        terminationSignal.store(0, ordering: .relaxed)
        continuedSignal.store(false, ordering: .relaxed)
        for signal in terminating {
            setHandler(signal) { signal in terminationSignal.store(signal, ordering: .relaxed) }
        }
        setHandler(SIGCONT) { _ in continuedSignal.store(true, ordering: .relaxed) }
        // A parent may have left them blocked (nohup-like wrappers do): the loop depends on them.
        var mask = sigset_t()
        sigemptyset(&mask)
        for signal in terminating + [SIGCONT] { sigaddset(&mask, signal) }
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    }

    /// The terminating signal received since the last call, if any.
    static func takeTermination() -> Int32? {
        let signal = terminationSignal.exchange(0, ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Whether the process was continued (after a stop) since the last call.
    static func takeContinued() -> Bool {
        continuedSignal.exchange(false, ordering: .relaxed)
    }

    /// Sends a signal to this process (tests, and the loop's own suspend).
    static func raise(_ signal: Int32) {
        _ = kill(getpid(), signal)
    }

    private static func setHandler(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }
}
