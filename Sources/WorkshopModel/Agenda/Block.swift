/// One timed part of the agenda: an introduction, a presentation, a debate, a break, the close.
public struct Block: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var kind: BlockKind
    public var title: String
    /// The planned start, resolved from `start`, or from the end of the block before.
    public var plannedStart: ClockTime
    /// The planned length in minutes, resolved from `end - start` or `minutes`.
    public var plannedMinutes: Int
    /// The name of the person who leads the block (moderator or presenter), as written in the agenda.
    public var lead: String?
    public var notes: String?
    /// The participation question put to the room (for a debate: the round's question).
    public var question: String?
    /// Sub-timers within the block, e.g. 5 minutes of reflection then 20 of debate.
    public var phases: [Phase]
    public var polls: [Poll]
    /// Open prompts the moderator puts to the room, e.g. "Afspraken & acties?" at the close.
    public var prompts: [String]
    /// The shortest this block may become when the evening runs late; nil means the default for its kind.
    public var minimumMinutes: Int?

    public init(
        id: String, kind: BlockKind, title: String, plannedStart: ClockTime, plannedMinutes: Int,
        lead: String? = nil, notes: String? = nil, question: String? = nil, phases: [Phase] = [],
        polls: [Poll] = [], prompts: [String] = [], minimumMinutes: Int? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.plannedStart = plannedStart
        self.plannedMinutes = plannedMinutes
        self.lead = lead
        self.notes = notes
        self.question = question
        self.phases = phases
        self.polls = polls
        self.prompts = prompts
        self.minimumMinutes = minimumMinutes
    }

    public var plannedEnd: ClockTime { plannedStart + plannedMinutes }
}

/// What kind of block this is; it decides the default minimum length and the order in which blocks shrink.
public enum BlockKind: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    case intro, presentation, debate, `break`, close, other
}

/// A named stretch inside a block with its own countdown.
public struct Phase: Sendable, Codable, Equatable, Hashable {
    public var name: String
    public var minutes: Int

    public init(name: String, minutes: Int) {
        self.name = name
        self.minutes = minutes
    }
}
