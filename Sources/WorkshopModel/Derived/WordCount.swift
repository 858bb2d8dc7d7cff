/// A word and how often it occurs, for a word cloud of open answers.
public struct WordCount: Sendable, Codable, Equatable, Hashable {
    /// The word, lower-cased.
    public var word: String
    /// How often it occurs.
    public var count: Int

    /// `word` occurring `count` times.
    public init(word: String, count: Int) {
        self.word = word
        self.count = count
    }
}
