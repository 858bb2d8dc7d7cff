import WorkshopModel

/// The review screen's own state: which round, how answers are grouped, how far it is scrolled.
struct ReviewDesk: Equatable, Sendable {
    /// The round shown (a block id); nil follows the current block.
    var block: String?
    /// Group by participant group (party) instead of by tag.
    var byGroup = false
    /// Entries (group headings and answers) scrolled past.
    var scroll = 0
    /// The round's most frequent words, counted when the round or its answers change rather than every frame.
    var words: [WordCount] = []
    /// The round and the session's event count the words were counted for.
    var wordsCountedFor: (block: String, events: Int)?

    static func == (a: ReviewDesk, b: ReviewDesk) -> Bool {
        a.block == b.block && a.byGroup == b.byGroup && a.scroll == b.scroll && a.words == b.words
            && a.wordsCountedFor?.block == b.wordsCountedFor?.block && a.wordsCountedFor?.events == b.wordsCountedFor?.events
    }
}
