/// Something that happened in the room, stamped with its time. The session changes only through events.
public struct Event: Sendable, Codable, Equatable {
    /// When it happened.
    public var at: Instant
    /// What happened.
    public var action: Action

    /// An event: `action` at the instant `at`.
    public init(at: Instant, _ action: Action) {
        self.at = at
        self.action = action
    }
}

/// Stable number of a person within a session: the agenda's people are 1…n in file order, people added
/// live continue from there. Numbers are never reused, so answers keep pointing at the right person.
public typealias PersonID = Int

/// Stable number of an answer, action, feedback or note within a session, assigned in order of recording.
public typealias RecordID = Int

/// What happened. Every case that records something can be undone with `.undo`.
public enum Action: Sendable, Codable, Equatable {
    // The clock of the current block.
    case startBlock
    case pauseBlock
    case resumeBlock
    case nextBlock
    case previousBlock
    case goToBlock(id: String)
    /// Enter phase `index` of the current block (0-based).
    case enterPhase(index: Int)
    /// Move the whole remaining plan by this many minutes (e.g. a rehearsal on another evening).
    case shiftPlan(minutes: Int)
    /// The workshop is over: the current block ends and no block runs any more.
    case endWorkshop

    // Who has the floor.
    case speaking(Speaker)

    // The roster.
    case addPerson(name: String, group: String?, role: Role)
    case renamePerson(id: PersonID, name: String, group: String?)
    case removePerson(id: PersonID)

    // Answers to a round (a block's participation question).
    case addAnswer(block: String, person: PersonID?, text: String, tags: [String], origin: Origin)
    case editAnswer(id: RecordID, text: String, tags: [String])
    case deleteAnswer(id: RecordID)
    /// The moderator keeps an answer off the screen; it stays in the session, marked hidden.
    case hideAnswer(id: RecordID, hidden: Bool)

    // Polls.
    case openPoll(id: String)
    case closePoll(id: String)
    case revealPoll(id: String, revealed: Bool)
    case castVote(poll: String, voter: Voter, choice: Choice)
    case retractVote(poll: String, voter: Voter)
    /// A show of hands: add `delta` (±) to the anonymous count of one value — a scale value, an option
    /// index, or a traffic light's 0 red, 1 amber, 2 green.
    case countHands(poll: String, value: Int, delta: Int)

    // The close.
    case addActionItem(what: String, who: String?, due: String?)
    case addFeedback(text: String)
    case addNote(text: String)

    /// Take back the most recent event that is not undone yet.
    case undo
}

/// Who has the floor.
public enum Speaker: Sendable, Codable, Equatable, Hashable {
    case nobody
    case moderator
    case presenter(PersonID?)
    case participant(PersonID?)

    /// Whether this talk time counts towards the participation target.
    public var isParticipant: Bool {
        if case .participant = self { return true }
        return false
    }

    /// The person speaking, when the note-taker said who.
    public var person: PersonID? {
        switch self {
        case .nobody, .moderator: return nil
        case .presenter(let p), .participant(let p): return p
        }
    }
}

/// Who cast a vote: someone on the roster, or a phone known only by its random token.
public enum Voter: Sendable, Codable, Equatable, Hashable {
    case person(PersonID)
    case device(String)
}

/// Where a recorded answer or vote came from.
public enum Origin: Sendable, Codable, Equatable, Hashable {
    /// Typed by the note-taker.
    case console
    /// Sent from a participant's phone, known by its device token.
    case device(String)
}

/// One participant's answer to a poll.
public enum Choice: Sendable, Codable, Equatable, Hashable {
    /// A value of a scale poll.
    case scale(Int)
    /// The index of the chosen option of a single poll.
    case option(Int)
    /// The indices of the ticked options of a multi poll.
    case options([Int])
    /// Option indices, most preferred first, of a ranking poll; unranked options get no points.
    case ranking([Int])
    case light(TrafficLight)
    /// The text of an open poll.
    case text(String)
}

/// A traffic-light vote: stop, doubt, go.
public enum TrafficLight: Int, Sendable, Codable, Equatable, Hashable, CaseIterable {
    case red = 0, amber = 1, green = 2
}
