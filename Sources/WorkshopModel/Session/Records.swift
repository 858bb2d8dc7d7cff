/// Someone on the session's roster: from the agenda, or added during the workshop.
public struct Participant: Sendable, Codable, Equatable, Identifiable {
    /// The stable number (position + 1 on the roster).
    public var id: PersonID
    /// The name as shown and written in the minutes.
    public var name: String
    /// What the person does in the workshop.
    public var role: Role
    /// Party, organisation or table, if any.
    public var group: String?
    /// Removed people stay on file so their earlier answers and votes keep a name.
    public var removed: Bool

    /// A person on the roster.
    public init(id: PersonID, name: String, role: Role, group: String?, removed: Bool = false) {
        self.id = id
        self.name = name
        self.role = role
        self.group = group
        self.removed = removed
    }
}

/// What someone said in a round, as the note-taker captured it (or as sent from a phone).
public struct Answer: Sendable, Codable, Equatable, Identifiable {
    /// The stable record number.
    public var id: RecordID
    /// The block (round) this answers.
    public var block: String
    /// Who said it; nil for an anonymous answer.
    public var person: PersonID?
    /// The text, trimmed.
    public var text: String
    /// Short labels for grouping answers, trimmed, without repeats.
    public var tags: [String]
    /// Typed at the console or sent from a phone.
    public var origin: Origin
    /// When it was recorded.
    public var recordedAt: Instant
    /// When it was last edited, if ever.
    public var editedAt: Instant?
    /// Deleted answers stay on file so that undo can bring them back; they are left out everywhere else.
    public var deleted: Bool
    /// Kept off the screen by the moderator, still in the session and the minutes (marked).
    public var hidden: Bool

    /// A recorded answer.
    public init(
        id: RecordID, block: String, person: PersonID?, text: String, tags: [String], origin: Origin,
        recordedAt: Instant, editedAt: Instant? = nil, deleted: Bool = false, hidden: Bool = false
    ) {
        self.id = id
        self.block = block
        self.person = person
        self.text = text
        self.tags = tags
        self.origin = origin
        self.recordedAt = recordedAt
        self.editedAt = editedAt
        self.deleted = deleted
        self.hidden = hidden
    }
}

/// An action agreed at the close: what, who, by when.
public struct ActionItem: Sendable, Codable, Equatable, Identifiable {
    /// The stable record number.
    public var id: RecordID
    /// What is to be done.
    public var what: String
    /// Who does it, as said in the room.
    public var who: String?
    /// By when, as said in the room (free text: "voor de zomer").
    public var due: String?
    /// When it was recorded.
    public var recordedAt: Instant

    /// A recorded action.
    public init(id: RecordID, what: String, who: String?, due: String?, recordedAt: Instant) {
        self.id = id
        self.what = what
        self.who = who
        self.due = due
        self.recordedAt = recordedAt
    }
}

/// A line of feedback on the workshop, or a free note; `block` is the block that was current.
public struct Note: Sendable, Codable, Equatable, Identifiable {
    /// The stable record number.
    public var id: RecordID
    /// The text, trimmed.
    public var text: String
    /// The block that was current when it was recorded.
    public var block: String?
    /// When it was recorded.
    public var recordedAt: Instant

    /// A recorded note or line of feedback.
    public init(id: RecordID, text: String, block: String?, recordedAt: Instant) {
        self.id = id
        self.text = text
        self.block = block
        self.recordedAt = recordedAt
    }
}

/// A stretch of time in which one speaker had the floor; `end` is nil while it goes on.
public struct Turn: Sendable, Codable, Equatable {
    /// Who had the floor.
    public var speaker: Speaker
    /// Start on the monotonic clock.
    public var start: Double
    /// End on the monotonic clock; nil while open.
    public var end: Double?

    /// A turn from `start` (to `end`).
    public init(speaker: Speaker, start: Double, end: Double? = nil) {
        self.speaker = speaker
        self.start = start
        self.end = end
    }
}

/// Where a poll stands and the votes it holds.
public struct PollState: Sendable, Codable, Equatable {
    /// Whether votes are taken.
    public enum Status: String, Sendable, Codable, Equatable {
        case notOpened, open, closed
    }

    /// Not opened yet, open, or closed.
    public var status: Status
    /// Whether the results may be shown to the room.
    public var revealed: Bool
    /// One choice per voter; a later vote replaces an earlier one.
    public var ballots: [Voter: Choice]
    /// The order in which voters first voted, so listings are stable.
    public var voterOrder: [Voter]
    /// Show-of-hands counts per value (scale value, option index, or traffic light raw value).
    public var hands: [Int: Int]

    /// A poll state; a new poll is not opened and holds no votes.
    public init(status: Status = .notOpened, revealed: Bool = false, ballots: [Voter: Choice] = [:],
                voterOrder: [Voter] = [], hands: [Int: Int] = [:]) {
        self.status = status
        self.revealed = revealed
        self.ballots = ballots
        self.voterOrder = voterOrder
        self.hands = hands
    }
}

/// The clock of one block: when it first started, the stretches it ran, when it ended.
public struct BlockRun: Sendable, Codable, Equatable {
    /// Running stretches on the monotonic clock; the last has no end while the block runs.
    public var segments: [Span]
    /// When the block first started; kept when it is reopened.
    public var firstStart: Instant?
    /// When the block was last left or ended; nil while it runs or before it ran.
    public var end: Instant?
    /// The phase entered last and the block's running seconds at that moment.
    public var phase: PhaseMark?

    /// A block run; a new one has not started.
    public init(segments: [Span] = [], firstStart: Instant? = nil, end: Instant? = nil, phase: PhaseMark? = nil) {
        self.segments = segments
        self.firstStart = firstStart
        self.end = end
        self.phase = phase
    }
}

/// Which phase was entered, and how many running seconds the block had then.
public struct PhaseMark: Sendable, Codable, Equatable {
    /// The phase entered (0-based).
    public var index: Int
    /// The block's running seconds when it was entered.
    public var atRunningSeconds: Double

    /// A mark for phase `index` entered at `atRunningSeconds`.
    public init(index: Int, atRunningSeconds: Double) {
        self.index = index
        self.atRunningSeconds = atRunningSeconds
    }
}

/// A stretch on the monotonic clock; `end` is nil while it is open.
public struct Span: Sendable, Codable, Equatable {
    /// Start on the monotonic clock.
    public var start: Double
    /// End on the monotonic clock; nil while open.
    public var end: Double?

    /// A span from `start` (to `end`).
    public init(start: Double, end: Double? = nil) {
        self.start = start
        self.end = end
    }

    /// Its length up to `now` if it is still open.
    public func seconds(upTo now: Double) -> Double { max(0, (end ?? max(now, start)) - start) }
}
