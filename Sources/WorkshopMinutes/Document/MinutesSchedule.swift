import Foundation
import WorkshopModel

/// The evening as planned and as it ran.
public struct MinutesSchedule: Sendable, Codable, Equatable {
    /// Every block of the agenda, in order.
    public var blocks: [MinutesBlock]
    /// The planned start of the first block, moved by any plan shift.
    public var plannedStart: ClockTime?
    /// The planned end of the last block, moved by any plan shift.
    public var plannedEnd: ClockTime?
    /// Minutes by which the moderator moved the remaining plan during the session.
    public var planShiftMinutes: Int
    /// When the first block started.
    public var actualStart: ClockTime?
    /// When the workshop ended; nil while it runs.
    public var actualEnd: ClockTime?
    /// Actual (or, while running, projected) end minus planned end, in seconds: positive when late.
    public var driftSeconds: Double?

    /// The schedule part of the minutes.
    public init(blocks: [MinutesBlock], plannedStart: ClockTime?, plannedEnd: ClockTime?, planShiftMinutes: Int,
                actualStart: ClockTime?, actualEnd: ClockTime?, driftSeconds: Double?) {
        self.blocks = blocks
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
        self.planShiftMinutes = planShiftMinutes
        self.actualStart = actualStart
        self.actualEnd = actualEnd
        self.driftSeconds = driftSeconds
    }

    /// The planned minutes of all blocks together.
    public var plannedMinutes: Int { blocks.reduce(0) { $0 + $1.plannedMinutes } }
    /// The running seconds of all blocks together.
    public var runningSeconds: Double { blocks.reduce(0) { $0 + $1.runningSeconds } }
}
