/// Who did the talking: participants against moderator and presenters, per block, per person, per group.
///
/// Only talk while a block's clock ran counts: talk in a pause or between blocks is left out everywhere.
public struct Participation: Sendable, Codable, Equatable {
    /// The participants' share the agenda aims for (0–1).
    public var target: Double
    /// One per agenda block, same order.
    public var perBlock: [TalkTime]
    /// The whole evening (`blockID` nil).
    public var overall: TalkTime
    /// Talk per named speaker (participants and presenters with a person), most talk first, ties by number.
    public var perPerson: [PersonTalk]
    /// Talk per group of the named speakers who have one, most talk first, ties by name. People without a
    /// group are not lumped together here; they appear in `perPerson` only.
    public var perGroup: [GroupTalk]
    /// Who has the floor now.
    public var nowSpeaking: Speaker

    /// Participation as computed by `Session.participation(at:)`.
    public init(target: Double, perBlock: [TalkTime], overall: TalkTime, perPerson: [PersonTalk],
                perGroup: [GroupTalk], nowSpeaking: Speaker) {
        self.target = target
        self.perBlock = perBlock
        self.overall = overall
        self.perPerson = perPerson
        self.perGroup = perGroup
        self.nowSpeaking = nowSpeaking
    }

    /// Whether the whole evening so far reaches the target.
    public var meetsTarget: Bool { overall.meetsTarget(target) }
}
