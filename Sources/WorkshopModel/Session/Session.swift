import Foundation

/// A workshop as it runs: the agenda it started from and everything recorded since.
///
/// A session changes only by `apply(_:)`-ing events, in order, and folding a list of events at once gives
/// exactly the session that applying them one by one gives. Everything a screen or the minutes show
/// (timings, drift, participation, tallies) is derived from this state and a moment `now`.
///
/// An event that is refused (`Outcome.ignored`) leaves the session exactly as it was: it does not count in
/// `eventCount`, does not move `lastEventAt` and cannot be undone.
public struct Session: Sendable, Codable, Equatable {
    /// The agenda as it was when the session started.
    public private(set) var agenda: Agenda
    /// The time zone in which the agenda's clock times are meant, e.g. "Europe/Brussels".
    public private(set) var timeZoneID: String
    /// Everyone on the roster, removed people included; a person's number is their position + 1.
    public internal(set) var people: [Participant]
    /// Index into `agenda.blocks` of the block the room is in.
    public internal(set) var currentBlock: Int
    /// One run per agenda block, same order.
    public internal(set) var runs: [BlockRun]
    /// Minutes by which the remaining plan was moved (`shiftPlan`).
    public internal(set) var planShiftMinutes: Int
    /// Set once the workshop has been ended.
    public internal(set) var endedAt: Instant?
    /// Who had the floor when, in order; only the last may still be open.
    public internal(set) var turns: [Turn]
    /// Every answer recorded, deleted ones included (marked), in order of recording.
    public internal(set) var answers: [Answer]
    /// The state of every poll that is not as it was before the session began, by poll id; `pollState(id:)`
    /// reads any poll. A poll back in its first state (not opened, no votes) is left out again, so undoing
    /// everything gives a session equal to a new one.
    ///
    /// A new session's dictionary is empty: creating its storage is the process's first search of the
    /// runtime's conformance records (`String: Hashable`), 0.3 ms, which then waits until after the first frame.
    public internal(set) var polls: [String: PollState]
    /// Actions agreed, in order of recording.
    public internal(set) var actionItems: [ActionItem]
    /// Feedback on the workshop, in order of recording.
    public internal(set) var feedback: [Note]
    /// Free notes, in order of recording.
    public internal(set) var notes: [Note]
    /// The first event's instant: anchors the monotonic clock to the wall clock and fixes the session's day.
    public internal(set) var startedAt: Instant?
    /// The last event's instant; events that come with an earlier time are treated as happening now.
    public internal(set) var lastEventAt: Instant?
    /// Events applied, undo included; refused events are not counted.
    public internal(set) var eventCount: Int
    /// The number the next answer, action, feedback or note gets; numbers are never reused, even after undo.
    var nextRecordID: RecordID
    /// How to take back each recorded event that is not undone yet, most recent last.
    var undoStack: [UndoStep]

    /// A session that has not begun: the agenda's people numbered 1…n in file order, every block pending,
    /// the first block current, every poll not opened.
    public init(agenda: Agenda, timeZoneID: String) {
        self.agenda = agenda
        self.timeZoneID = timeZoneID
        people = agenda.people.enumerated().map { index, person in
            Participant(id: index + 1, name: person.name, role: person.role, group: person.group)
        }
        currentBlock = 0
        runs = Array(repeating: BlockRun(), count: agenda.blocks.count)
        planShiftMinutes = 0
        endedAt = nil
        turns = []
        answers = []
        polls = [:]
        actionItems = []
        feedback = []
        notes = []
        startedAt = nil
        lastEventAt = nil
        eventCount = 0
        nextRecordID = 1
        undoStack = []
    }

    /// The session that results from applying `events` in order to a fresh session.
    @inlinable  // lets the caller's concrete sequence type be specialised: folding is the hot path
    public init(agenda: Agenda, timeZoneID: String, events: some Sequence<Event>) {
        self.init(agenda: agenda, timeZoneID: timeZoneID)
        for event in events {
            apply(event)
        }
    }
}
