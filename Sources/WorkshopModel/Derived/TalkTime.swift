/// Talk time by kind of speaker, for one block or the whole evening.
public struct TalkTime: Sendable, Codable, Equatable {
    /// The block this covers; nil for the whole evening.
    public var blockID: String?
    /// Seconds participants talked.
    public var participantSeconds: Double
    /// Seconds the moderator talked.
    public var moderatorSeconds: Double
    /// Seconds presenters talked.
    public var presenterSeconds: Double

    /// Talk time of one block (or, with `blockID` nil, the evening).
    public init(blockID: String?, participantSeconds: Double = 0, moderatorSeconds: Double = 0,
                presenterSeconds: Double = 0) {
        self.blockID = blockID
        self.participantSeconds = participantSeconds
        self.moderatorSeconds = moderatorSeconds
        self.presenterSeconds = presenterSeconds
    }

    /// All recorded talk.
    public var totalSeconds: Double { participantSeconds + moderatorSeconds + presenterSeconds }

    /// The participants' share of the talk (0–1); nil when nobody talked yet.
    public var share: Double? {
        let total = totalSeconds
        return total > 0 ? participantSeconds / total : nil
    }

    /// Whether the participants' share reaches `target` (0–1); false while nobody talked.
    public func meetsTarget(_ target: Double) -> Bool {
        guard let share else { return false }
        return share >= target
    }

    /// Adds `seconds` of `speaker`'s talk.
    mutating func add(_ seconds: Double, by speaker: Speaker) {
        switch speaker {
        case .participant: participantSeconds += seconds
        case .moderator: moderatorSeconds += seconds
        case .presenter: presenterSeconds += seconds
        case .nobody: break
        }
    }
}
