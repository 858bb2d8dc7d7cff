/// What became of an event handed to `Session.apply(_:)`.
public enum Outcome: Sendable, Equatable {
    /// The event changed the session (and, unless it was an undo, can be undone).
    case applied
    /// The event was refused and changed nothing at all; the reason is for the screen to explain.
    case ignored(Rejection)
}
