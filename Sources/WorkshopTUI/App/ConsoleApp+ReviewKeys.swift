import WorkshopModel

// The review screen's keys: which round, grouped how, scrolled where.
extension ConsoleApp {
    /// The blocks that are rounds: those with a question, or with answers recorded.
    var rounds: [Block] {
        session.agenda.blocks.filter { block in
            block.question != nil || session.answers.contains { $0.block == block.id && !$0.deleted }
        }
    }

    /// The round on the review screen: the one chosen, else the current block if it is a round, else the
    /// last round that has answers, else the first round.
    var reviewRound: Block? {
        let all = rounds
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
}
