import WorkshopModel

/// A round's answers as the review screen shows them: grouped by tag or by group, counted, and their most
/// frequent words. Worked out when the round, the grouping or the answers change, not on every frame.
struct ReviewDigest: Equatable, Sendable {
    /// A line of the grouped answers: a group's heading with its count, or one of its answers.
    enum Entry: Equatable, Sendable {
        case group(String, Int)
        /// An index into `answers`.
        case answer(Int)
    }

    /// How many words are counted at most.
    static let wordLimit = 60

    /// The round (block id), the grouping and the session's event count this digest was made for.
    let block: String
    let byGroup: Bool
    let events: Int
    /// The round's answers the room may see (hidden ones left out), in recorded order.
    let answers: [Answer]
    /// The groups, biggest first (the catch-all group last), each followed by its answers.
    let entries: [Entry]
    let words: [WordCount]

    /// Groups `round`'s answers in `session`.
    init(session: Session, round: Block, byGroup: Bool, strings s: Strings) {
        block = round.id
        self.byGroup = byGroup
        events = session.eventCount
        answers = session.answers(inBlock: round.id).filter { !$0.hidden }
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        func add(_ key: String, _ index: Int) {
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        for (index, answer) in answers.enumerated() {
            if byGroup {
                add(answer.person.flatMap { session.person($0)?.group } ?? s.noGroup, index)
            } else if answer.tags.isEmpty {
                add(s.untagged, index)
            } else {
                // Tags differing only in case are one group.
                for tag in answer.tags { add("#" + tag.lowercased(), index) }
            }
        }
        let fallback = byGroup ? s.noGroup : s.untagged
        let sorted = order.enumerated().sorted { a, b in
            if (a.element == fallback) != (b.element == fallback) { return b.element == fallback }
            let (ca, cb) = (groups[a.element]?.count ?? 0, groups[b.element]?.count ?? 0)
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
        entries = sorted.flatMap { key in
            let members = groups[key] ?? []
            return [Entry.group(key, members.count)] + members.map(Entry.answer)
        }
        words = session.words(inBlock: round.id, limit: ReviewDigest.wordLimit)
    }

    /// Whether this digest still shows `round` as it stands in `session`, grouped this way.
    func matches(_ round: Block, byGroup: Bool, session: Session) -> Bool {
        block == round.id && self.byGroup == byGroup && events == session.eventCount
    }
}
