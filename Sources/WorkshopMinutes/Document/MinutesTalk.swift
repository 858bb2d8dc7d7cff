/// Talk time by kind of speaker, for one block or the whole evening.
public struct MinutesTalk: Sendable, Codable, Equatable {
    /// The block's id; nil for the whole evening.
    public var blockID: String?
    /// The block's title; nil for the whole evening.
    public var title: String?
    /// Seconds the participants talked.
    public var participantSeconds: Double
    /// Seconds the moderator talked.
    public var moderatorSeconds: Double
    /// Seconds the presenters talked.
    public var presenterSeconds: Double

    /// Talk time of a block or of the evening.
    public init(blockID: String?, title: String?, participantSeconds: Double, moderatorSeconds: Double,
                presenterSeconds: Double) {
        self.blockID = blockID
        self.title = title
        self.participantSeconds = participantSeconds
        self.moderatorSeconds = moderatorSeconds
        self.presenterSeconds = presenterSeconds
    }

    /// All recorded talk.
    public var totalSeconds: Double { participantSeconds + moderatorSeconds + presenterSeconds }

    /// The participants' share of the talk (0–1); nil when no talk was recorded.
    public var share: Double? { totalSeconds > 0 ? participantSeconds / totalSeconds : nil }
}
