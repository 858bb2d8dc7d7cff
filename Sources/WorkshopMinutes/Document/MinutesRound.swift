import WorkshopModel

/// A block's round of answers: a debate's question, or the prompts of the introduction or the close.
public struct MinutesRound: Sendable, Codable, Equatable {
    /// The block's id.
    public var blockID: String
    /// The block's title.
    public var blockTitle: String
    /// The kind of block.
    public var kind: BlockKind
    /// The participation question put to the room.
    public var question: String?
    /// The open prompts the moderator put to the room.
    public var prompts: [String]
    /// Every answer, deleted ones left out and hidden ones marked, in the order recorded.
    public var answers: [MinutesAnswer]
    /// The answers grouped by prompt or tag, or else by the answerer's group.
    public var groups: [MinutesAnswerGroup]
    /// The most frequent words of the answers that were shown to the room.
    public var words: [WordCount]

    /// A round as reported in the minutes.
    public init(blockID: String, blockTitle: String, kind: BlockKind, question: String?, prompts: [String],
                answers: [MinutesAnswer], groups: [MinutesAnswerGroup], words: [WordCount]) {
        self.blockID = blockID
        self.blockTitle = blockTitle
        self.kind = kind
        self.question = question
        self.prompts = prompts
        self.answers = answers
        self.groups = groups
        self.words = words
    }
}
