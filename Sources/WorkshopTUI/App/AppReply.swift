import WorkshopModel

/// What the console asks the loop to do after a key: events to commit and apply, and an effect.
struct AppReply: Equatable, Sendable {
    /// Events to record, in order; the loop commits each and hands it back through `ConsoleApp.record`.
    var events: [Event]
    var command: AppCommand

    /// A reply with these events and no effect.
    init(events: [Event] = [], command: AppCommand = .none) {
        self.events = events
        self.command = command
    }

    /// Nothing to record, nothing to do (the screen may still have changed).
    static let none = AppReply()
}

/// An effect only the loop can carry out.
enum AppCommand: Equatable, Sendable {
    case none
    /// Leave the program (restoring the terminal).
    case quit
    /// Suspend to the shell (Ctrl-Z); the loop repaints on `fg`.
    case suspend
    /// Close the room's web server at once: phones are cut off.
    case closeRoom
}
