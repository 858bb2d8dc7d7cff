/// The whole evening's timing at a moment: every block, the current phase, drift and projected end.
public struct Timing: Sendable, Codable, Equatable {
    /// One per agenda block, same order.
    public var blocks: [BlockTiming]
    /// Index of the current block (0 also when the agenda has no blocks; then `blocks` is empty).
    public var current: Int
    /// Whether the current block's clock runs.
    public var isRunning: Bool
    /// Whether the workshop was ended.
    public var ended: Bool
    /// The current block's phase, when it has phases and the workshop has not ended.
    public var phase: PhaseTiming?
    /// The planned end of the last block, moved by any plan shift.
    public var plannedEnd: ClockTime
    /// When the evening will end at this rate, in seconds since the session day's midnight; after the
    /// workshop ended, when it did end.
    public var projectedEndSeconds: Double
    /// Projected end minus planned end: positive when running late.
    public var driftSeconds: Double

    /// A timing as computed by `Session.timing(at:)`.
    public init(
        blocks: [BlockTiming], current: Int, isRunning: Bool, ended: Bool, phase: PhaseTiming?,
        plannedEnd: ClockTime, projectedEndSeconds: Double, driftSeconds: Double
    ) {
        self.blocks = blocks
        self.current = current
        self.isRunning = isRunning
        self.ended = ended
        self.phase = phase
        self.plannedEnd = plannedEnd
        self.projectedEndSeconds = projectedEndSeconds
        self.driftSeconds = driftSeconds
    }

    /// The drift in whole minutes, rounded to the nearest (half a minute rounds away from zero).
    public var driftMinutes: Int { Int((driftSeconds / 60).rounded()) }

    /// The projected end as a time of day, rounded to the nearest minute.
    public var projectedEnd: ClockTime { ClockTime(minutes: Int((projectedEndSeconds / 60).rounded())) }

    /// The current block's timing, if the agenda has blocks.
    public var currentBlock: BlockTiming? { blocks.indices.contains(current) ? blocks[current] : nil }
}
