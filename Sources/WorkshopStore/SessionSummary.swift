import Foundation
import WorkshopModel

/// One line of `workshop sessions`: what a session file holds, derived by replaying it.
public struct SessionSummary: Sendable, Equatable {
    /// Where a session stands.
    public enum State: String, Sendable, Equatable {
        /// No block has started yet.
        case notStarted
        /// Started and not ended: it can be resumed.
        case inProgress
        /// The workshop was ended.
        case ended
    }

    public var url: URL
    public var shortID: String
    public var title: String
    /// The day the session was created, `YYYY-MM-DD`.
    public var day: String
    public var created: Date
    public var state: State
    /// Whether a `workshop` process is recording it right now.
    public var isOpen: Bool
    public var blocksDone: Int
    public var blockCount: Int
    /// Answers recorded (deleted ones left out).
    public var answers: Int
    /// Votes cast, shows of hands included.
    public var votes: Int
    /// The newest event's or draft's wall-clock time; the creation time for an empty session.
    public var lastChange: Date
    public var eventCount: Int

    /// Replays the session read through `reader` into a summary.
    public init(reader: SessionReader) throws(StoreError) {
        let meta = reader.meta
        let events = try reader.events()
        let session = Session(agenda: meta.agenda, timeZoneID: meta.timeZoneID, events: events)
        let lastDraft = (try? reader.drafts().map(\.updated).max()) ?? nil
        let lastEvent = events.last?.at
        url = reader.url
        shortID = meta.shortID
        title = meta.title
        day = SessionFileName.day(of: meta.created, timeZoneID: meta.timeZoneID)
        created = meta.created
        isOpen = reader.isBeingRecorded
        let timing = session.timing(at: lastEvent ?? Instant(elapsed: 0, wall: meta.created))
        if session.endedAt != nil {
            state = .ended
        } else if timing.blocks.contains(where: { $0.state != .pending }) {
            state = .inProgress
        } else {
            state = .notStarted
        }
        blocksDone = timing.blocks.filter { $0.state == .done }.count
        blockCount = timing.blocks.count
        answers = session.answers.filter { !$0.deleted }.count
        votes = session.polls.values.reduce(0) { total, poll in
            total + poll.ballots.count + poll.hands.values.reduce(0) { $0 + max(0, $1) }
        }
        lastChange = [lastEvent?.wall, lastDraft, meta.created].compactMap { $0 }.max() ?? meta.created
        eventCount = events.count
    }
}
