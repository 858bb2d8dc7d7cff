import WorkshopModel

/// A poll: the question, its result and every vote.
public struct MinutesPoll: Sendable, Codable, Equatable {
    /// The poll's id in the agenda.
    public var id: String
    /// The block the poll belongs to.
    public var blockID: String
    /// The title of the block the poll belongs to.
    public var blockTitle: String
    /// The question put to the room.
    public var question: String
    /// How the poll is answered.
    public var kind: PollKind
    /// The choices, in the order shown.
    public var options: [String]
    /// The range of a scale poll; nil for other kinds.
    public var scaleMin: Int?
    /// The highest value of a scale poll.
    public var scaleMax: Int?
    /// How many options a multi poll allowed; nil means any number.
    public var maxChoices: Int?
    /// Never opened, still open, or closed.
    public var status: PollState.Status
    /// How many voted: ballots plus raised hands.
    public var voters: Int
    /// Raised hands counted in the result.
    public var hands: Int
    /// The result: every value of a scale in order, every option, every colour; a ranking by points.
    public var rows: [MinutesPollRow]
    /// Mean and median of a scale poll.
    public var mean: Double?
    /// The median of a scale poll.
    public var median: Double?
    /// The most frequent words of an open poll's answers (the answers themselves are the ballots).
    public var words: [WordCount]
    /// Every vote in the order voters first voted, then the raised hands per value.
    public var ballots: [MinutesBallot]

    /// A poll as reported in the minutes.
    public init(
        id: String, blockID: String, blockTitle: String, question: String, kind: PollKind, options: [String],
        scaleMin: Int?, scaleMax: Int?, maxChoices: Int?, status: PollState.Status, voters: Int, hands: Int,
        rows: [MinutesPollRow], mean: Double?, median: Double?, words: [WordCount], ballots: [MinutesBallot]
    ) {
        self.id = id
        self.blockID = blockID
        self.blockTitle = blockTitle
        self.question = question
        self.kind = kind
        self.options = options
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
        self.maxChoices = maxChoices
        self.status = status
        self.voters = voters
        self.hands = hands
        self.rows = rows
        self.mean = mean
        self.median = median
        self.words = words
        self.ballots = ballots
    }

    /// Whether the poll was never opened and holds no votes.
    public var notHeld: Bool { status == .notOpened && voters == 0 }
}
