// The re-plan suggestion: shorten what is still to come so the evening ends on time.
extension Session {
    /// Which blocks still to come to shorten so the evening ends at its planned end; nil when not behind
    /// by a minute or more, or when the workshop has ended.
    ///
    /// Candidates are the blocks after the current one that have not run, and the current one if it has
    /// not started. Breaks give up time first, then debates, then presentations/intro/other, the close
    /// last; within one class the minutes are spread in proportion to what each block can give (its
    /// planned minus its shortest length), in whole minutes. What cannot be covered is reported.
    public func replan(at now: Instant) -> Replan? {
        let timing = timing(at: now)
        guard !timing.ended, timing.driftSeconds > 59 else { return nil }
        let behind = Int((timing.driftSeconds / 60).rounded(.up))

        let candidates = timing.blocks.indices.filter { index in
            timing.blocks[index].state == .pending && index >= timing.current
        }
        var cut = [Int: Int]()  // block index → minutes taken off
        var needed = behind
        for order in 0...3 where needed > 0 {
            let group = candidates.filter { agenda.blocks[$0].shorteningOrder == order }
            let slack = group.map { agenda.blocks[$0].plannedMinutes - agenda.blocks[$0].shortestMinutes }
            let taken = Session.spread(min(needed, slack.reduce(0, +)), over: slack)
            for (index, minutes) in zip(group, taken) where minutes > 0 { cut[index] = minutes }
            needed -= taken.reduce(0, +)
        }

        let changes = cut.keys.sorted().map { index in
            let block = agenda.blocks[index]
            return Replan.Change(blockID: block.id, title: block.title, fromMinutes: block.plannedMinutes,
                                 toMinutes: block.plannedMinutes - cut[index]!)
        }
        return Replan(behindMinutes: behind, changes: changes, uncoveredMinutes: needed)
    }

    /// Splits `total` whole minutes in proportion to `weights` (largest remainder; ties to the earlier
    /// block), never giving a block more than its weight. `total` must not exceed the sum of the weights.
    static func spread(_ total: Int, over weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard total > 0, sum > 0 else { return weights.map { _ in 0 } }
        var shares = weights.map { $0 * total / sum }
        let remainders = weights.indices.sorted { a, b in
            let ra = weights[a] * total % sum, rb = weights[b] * total % sum
            return ra != rb ? ra > rb : a < b
        }
        var left = total - shares.reduce(0, +)
        for index in remainders where left > 0 && shares[index] < weights[index] {
            shares[index] += 1
            left -= 1
        }
        return shares
    }
}
