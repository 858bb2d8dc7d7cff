import Foundation

// Small questions every screen asks of a session.
extension Session {
    /// Whether there is a recorded event that `.undo` would take back.
    public var canUndo: Bool { !undoStack.isEmpty }

    /// The action that `.undo` would take back, for the screen to name it.
    public var lastUndoable: Action? { undoStack.last?.action }

    /// The people on the roster who were not removed, in roster order.
    public var activePeople: [Participant] { people.filter { !$0.removed } }

    /// The person with this number, removed or not.
    public func person(_ id: PersonID) -> Participant? {
        people.indices.contains(id - 1) ? people[id - 1] : nil
    }

    /// The answers to a block's round, deleted ones left out (hidden ones kept, marked), in recorded order.
    public func answers(inBlock id: String) -> [Answer] {
        answers.filter { $0.block == id && !$0.deleted }
    }

    /// A poll's definition and the block it belongs to, looked up across all blocks.
    public func poll(id: String) -> (poll: Poll, block: Block)? {
        guard let (block, poll) = pollPosition(id) else { return nil }
        return (agenda.blocks[block].polls[poll], agenda.blocks[block])
    }

    /// Where a poll sits in the agenda: its block's index and its index in that block.
    func pollPosition(_ id: String) -> (block: Int, poll: Int)? {
        for block in agenda.blocks.indices {
            if let poll = agenda.blocks[block].polls.firstIndex(where: { $0.id == id }) { return (block, poll) }
        }
        return nil
    }

    /// Where a poll stands; a poll id that does not exist reads as an empty, unopened poll.
    public func pollState(id: String) -> PollState { polls[id] ?? PollState() }

    /// Whether the current block's clock runs.
    public var isRunning: Bool {
        endedAt == nil && runs.indices.contains(currentBlock) && runs[currentBlock].isRunning
    }

    /// Who has the floor now.
    public var currentSpeaker: Speaker {
        guard let last = turns.last, last.end == nil else { return .nobody }
        return last.speaker
    }

    /// The time zone the agenda's clock times are meant in; an unknown id falls back to UTC.
    public var timeZone: ZoneRules { ZoneRules.namedOrUTC(timeZoneID) }

    /// Seconds since local midnight (in `timeZoneID`) of the session's day, as a wall clock there reads;
    /// past midnight it goes on beyond 86,400, so a late evening still compares with the plan.
    ///
    /// The session's day is the local day of the first event; before any event, the day of `wall` itself.
    /// An unknown time zone id falls back to UTC.
    public func clockSeconds(_ wall: Date) -> Double {
        let zone = timeZone
        func local(_ date: Date) -> Double {
            date.timeIntervalSince1970 + Double(zone.secondsFromGMT(at: date))
        }
        let day = (local(startedAt?.wall ?? wall) / 86_400).rounded(.down)
        return local(wall) - day * 86_400
    }

    /// `now`, or the last event's instant if `now` is earlier: derived figures never run backwards.
    func clamped(_ now: Instant) -> Instant {
        guard let last = lastEventAt, now.elapsed < last.elapsed else { return now }
        return last
    }
}
