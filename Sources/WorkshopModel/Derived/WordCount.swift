/// A word and how often it occurs, for a word cloud of open answers.
public struct WordCount: Sendable, Codable, Equatable, Hashable {
    public var word: String
    public var count: Int

    /// `word` occurring `count` times.
    public init(word: String, count: Int) {
        self.word = word
        self.count = count
    }
}
