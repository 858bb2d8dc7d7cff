// Poll results and the words of a round.
extension Session {
    /// The result of a poll; nil when no block has a poll with that id.
    public func tally(poll id: String) -> Tally? {
        guard let found = poll(id: id) else { return nil }
        return Tally(poll: found.poll, state: pollState(id: id))
    }

    /// The most frequent words in a round's answers (deleted and hidden answers left out, since this is
    /// what the room sees).
    public func words(inBlock id: String, limit: Int) -> [WordCount] {
        WordFrequency.top(answers(inBlock: id).filter { !$0.hidden }.map(\.text), limit: limit)
    }
}
