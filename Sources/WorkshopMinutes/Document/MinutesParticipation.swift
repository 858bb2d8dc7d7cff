/// Who did the talking, against the participation target.
public struct MinutesParticipation: Sendable, Codable, Equatable {
    /// The participants' share the agenda aims for (0–1).
    public var target: Double
    /// One per block that had recorded talk, agenda order.
    public var perBlock: [MinutesTalk]
    /// The whole evening.
    public var overall: MinutesTalk
    /// Talk per group, most first.
    public var perGroup: [MinutesSpeaker]
    /// Talk per named speaker, most first; in anonymous minutes people with the same label are added up.
    public var perPerson: [MinutesSpeaker]

    /// The participation part of the minutes.
    public init(target: Double, perBlock: [MinutesTalk], overall: MinutesTalk, perGroup: [MinutesSpeaker],
                perPerson: [MinutesSpeaker]) {
        self.target = target
        self.perBlock = perBlock
        self.overall = overall
        self.perGroup = perGroup
        self.perPerson = perPerson
    }

    /// Whether any talk was recorded at all.
    public var recorded: Bool { overall.totalSeconds > 0 }
}
