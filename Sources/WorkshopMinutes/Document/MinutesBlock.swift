import Foundation
import WorkshopModel

/// One agenda block: what was planned and how it ran.
public struct MinutesBlock: Sendable, Codable, Equatable {
    /// The block's position on the agenda, from 1.
    public var number: Int
    /// The block's id in the agenda.
    public var id: String
    /// What kind of block it is.
    public var kind: BlockKind
    /// The block's title.
    public var title: String
    /// Who leads the block, as the agenda names them.
    public var lead: String?
    /// The participation question put to the room.
    public var question: String?
    /// The open prompts the moderator puts to the room.
    public var prompts: [String]
    /// The agenda's notes for the block.
    public var notes: String?
    /// The block's timed phases.
    public var phases: [Phase]
    /// Where the block stands: done, skipped, running …
    public var state: BlockState
    /// The planned start, moved by any plan shift.
    public var plannedStart: ClockTime
    /// The planned end, moved by any plan shift.
    public var plannedEnd: ClockTime
    /// The planned length.
    public var plannedMinutes: Int
    /// When the block first started, if it ran.
    public var actualStartedAt: Date?
    /// When the block was last left or ended.
    public var actualEndedAt: Date?
    /// The first start on the session day's clock (truncated to the minute, as a clock reads).
    public var actualStart: ClockTime?
    /// The last leaving on the session day's clock.
    public var actualEnd: ClockTime?
    /// Seconds the block's clock ran, pauses left out.
    public var runningSeconds: Double
    /// Running minus planned seconds: positive when the block ran over.
    public var overSeconds: Double

    /// A block row of the minutes.
    public init(
        number: Int, id: String, kind: BlockKind, title: String, lead: String?, question: String?,
        prompts: [String], notes: String?, phases: [Phase], state: BlockState, plannedStart: ClockTime,
        plannedEnd: ClockTime, plannedMinutes: Int, actualStartedAt: Date?, actualEndedAt: Date?,
        actualStart: ClockTime?, actualEnd: ClockTime?, runningSeconds: Double, overSeconds: Double
    ) {
        self.number = number
        self.id = id
        self.kind = kind
        self.title = title
        self.lead = lead
        self.question = question
        self.prompts = prompts
        self.notes = notes
        self.phases = phases
        self.state = state
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
        self.plannedMinutes = plannedMinutes
        self.actualStartedAt = actualStartedAt
        self.actualEndedAt = actualEndedAt
        self.actualStart = actualStart
        self.actualEnd = actualEnd
        self.runningSeconds = runningSeconds
        self.overSeconds = overSeconds
    }

    /// Whether the block ran at all.
    public var ran: Bool { actualStartedAt != nil }
}
