import Foundation

/// A workshop as it runs: the agenda it started from and everything recorded since.
///
/// A session changes only by `apply(_:)`-ing events, in order. Everything a screen or the minutes show
/// (timings, drift, participation, tallies) is derived from this state and a moment `now`.
public struct Session: Sendable, Codable, Equatable {
    /// The agenda as it was when the session started.
    public private(set) var agenda: Agenda
    /// The time zone in which the agenda's clock times are meant, e.g. "Europe/Brussels".
    public private(set) var timeZoneID: String
    public internal(set) var people: [Participant]
    /// Index into `agenda.blocks` of the block the room is in.
    public internal(set) var currentBlock: Int
    /// One run per agenda block, same order.
    public internal(set) var runs: [BlockRun]
    /// Minutes by which the remaining plan was moved (`shiftPlan`).
    public internal(set) var planShiftMinutes: Int
    /// Set once the workshop has been ended.
    public internal(set) var endedAt: Instant?
    public internal(set) var turns: [Turn]
    public internal(set) var answers: [Answer]
    public internal(set) var polls: [String: PollState]
    public internal(set) var actionItems: [ActionItem]
    public internal(set) var feedback: [Note]
    public internal(set) var notes: [Note]
    /// The first event's instant: anchors the monotonic clock to the wall clock.
    public internal(set) var startedAt: Instant?
    /// The last event's instant; events that come with an earlier time are treated as happening now.
    public internal(set) var lastEventAt: Instant?
    /// Events applied, undo included.
    public internal(set) var eventCount: Int
    var nextRecordID: RecordID
    var undoStack: [UndoStep]
}
