/// Answers of a round that belong together: under one of the block's prompts, one tag, or one group.
public struct MinutesAnswerGroup: Sendable, Codable, Equatable {
    /// What holds the group together.
    public enum Basis: String, Sendable, Codable, Equatable {
        /// A prompt of the block, matched by a tag of its answers.
        case prompt
        case tag
        /// The group (party, organisation) of the person who answered.
        case group
        /// Answers without a prompt, tag or group; alone in a round, the heading is left out.
        case rest
    }

    /// Whether a prompt, a tag or a group holds the answers together.
    public var basis: Basis
    /// The prompt, tag or group; nil for the rest.
    public var title: String?
    /// Indices into the round's `answers`, in the order recorded.
    public var answers: [Int]

    /// A group of answers.
    public init(basis: Basis, title: String?, answers: [Int]) {
        self.basis = basis
        self.title = title
        self.answers = answers
    }
}
