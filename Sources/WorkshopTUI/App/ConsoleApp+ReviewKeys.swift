import WorkshopModel

// The review screen's keys: which round, grouped how, scrolled where.
extension ConsoleApp {
    /// The blocks that are rounds: those with a question, or with answers recorded.
    var rounds: [Block] {
        let answered = Set(session.answers.lazy.filter { !$0.deleted }.map(\.block))
        return session.agenda.blocks.filter { $0.question != nil || answered.contains($0.id) }
    }

    /// The round on the review screen: the one chosen, else the current block if it is a round, else the
    /// last round that has answers, else the first round.
    var reviewRound: Block? { reviewRound(in: rounds) }

    /// The round on the review screen among `all` rounds (see `reviewRound`).
    func reviewRound(in all: [Block]) -> Block? {
        if let id = review.block, let chosen = all.first(where: { $0.id == id }) { return chosen }
        if let current = currentBlock, all.contains(where: { $0.id == current.id }) { return current }
        return all.last { !session.answers(inBlock: $0.id).isEmpty } ?? all.first
    }

    mutating func reviewRequest(_ request: Request) {
        switch request {
        case .previousRound, .nextRound:
            let all = rounds
            guard let shown = reviewRound, let index = all.firstIndex(where: { $0.id == shown.id }) else { return }
            let target = index + (request == .nextRound ? 1 : -1)
            guard all.indices.contains(target) else { return }
            review.block = all[target].id
            review.scroll = 0
        case .toggleGrouping:
            review.byGroup.toggle()
            review.scroll = 0
        case .selectPrevious: review.scroll = max(0, review.scroll - 1)
        case .selectNext: review.scroll += 1
        case .pageUp: review.scroll = max(0, review.scroll - 10)
        case .pageDown: review.scroll += 10
        default: break
        }
    }

    /// The review round grouped and counted: the kept digest while it is current, else a fresh one.
    func reviewDigest(for round: Block) -> ReviewDigest {
        if let digest = review.digest, digest.matches(round, byGroup: review.byGroup, session: session) { return digest }
        return ReviewDigest(session: session, round: round, byGroup: review.byGroup, strings: strings)
    }

    /// Works out the review round's digest ahead of drawing, while the review screen shows.
    mutating func refreshReviewDigest() {
        guard screen == .review, let round = reviewRound else { return }
        review.digest = reviewDigest(for: round)
    }
}
