import Foundation

/// One block's plan next to what happened, at a given moment.
public struct BlockTiming: Sendable, Codable, Equatable, Identifiable {
    /// The block's id.
    public var id: String
    /// The block's title.
    public var title: String
    /// The block's kind.
    public var kind: BlockKind
    /// Where the block stands.
    public var state: BlockState
    /// The planned start, moved by any plan shift.
    public var plannedStart: ClockTime
    /// The planned end, moved by any plan shift.
    public var plannedEnd: ClockTime
    /// The planned length.
    public var plannedMinutes: Int
    /// When the block first started (wall clock), if it did.
    public var actualStart: Date?
    /// When the block was last left or ended (wall clock); nil while it runs or before it ran.
    public var actualEnd: Date?
    /// Seconds the block's clock ran, pauses left out.
    public var runningSeconds: Double
    /// Planned seconds minus running seconds; negative when the block runs over.
    public var remainingSeconds: Double
    /// Seconds beyond the planned length; 0 while within it.
    public var overrunSeconds: Double

    /// A block's timing as computed by `Session.timing(at:)`.
    public init(
        id: String, title: String, kind: BlockKind, state: BlockState, plannedStart: ClockTime,
        plannedEnd: ClockTime, plannedMinutes: Int, actualStart: Date?, actualEnd: Date?,
        runningSeconds: Double, remainingSeconds: Double, overrunSeconds: Double
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.state = state
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
        self.plannedMinutes = plannedMinutes
        self.actualStart = actualStart
        self.actualEnd = actualEnd
        self.runningSeconds = runningSeconds
        self.remainingSeconds = remainingSeconds
        self.overrunSeconds = overrunSeconds
    }
}
