/// The phase of the current block the room is in, with its own countdown.
///
/// Phases follow each other by themselves from the last phase entered (or from the block's start); the
/// last phase takes any overrun.
public struct PhaseTiming: Sendable, Codable, Equatable {
    /// The phase's index in the block's phases (0-based).
    public var index: Int
    /// The phase's name.
    public var name: String
    /// The phase's planned minutes.
    public var minutes: Int
    /// Seconds spent in this phase so far (running time of the block).
    public var elapsedSeconds: Double
    /// Seconds left in this phase; negative when the last phase runs over.
    public var remainingSeconds: Double

    /// A phase's timing as computed by `Session.timing(at:)`.
    public init(index: Int, name: String, minutes: Int, elapsedSeconds: Double, remainingSeconds: Double) {
        self.index = index
        self.name = name
        self.minutes = minutes
        self.elapsedSeconds = elapsedSeconds
        self.remainingSeconds = remainingSeconds
    }
}
