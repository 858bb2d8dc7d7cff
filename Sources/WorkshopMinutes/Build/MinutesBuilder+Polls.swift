import WorkshopModel

// Section 4: every poll with its result and its votes.
extension MinutesBuilder {
    func polls() -> [MinutesPoll] {
        var seen = Set<String>()
        var found: [MinutesPoll] = []
        for block in session.agenda.blocks {
            for poll in block.polls where seen.insert(poll.id).inserted {
                found.append(minutesPoll(poll, block: block))
            }
        }
        return found
    }

    private func minutesPoll(_ poll: Poll, block: Block) -> MinutesPoll {
        let state = session.pollState(id: poll.id)
        // An open poll's words are counted from the cleaned (and in anonymous minutes masked) texts below,
        // so the tally, which would count them from the raw texts, is not needed for it.
        let tally = poll.kind == .open ? nil : Tally(poll: poll, state: state)
        let options = poll.options.map(line)
        let rows = (tally?.rows ?? []).map { row in
            MinutesPollRow(label: rowLabel(poll, value: row.value, options: options), value: row.value,
                           count: row.count, percent: MinutesBuilder.rounded(row.percent, places: 10_000),
                           points: row.points)
        }
        var ballots = state.voterOrder.compactMap { voter -> MinutesBallot? in
            guard let choice = state.ballots[voter] else { return nil }
            let who = self.voter(voter)
            let (text, values) = describe(choice, poll: poll, options: options)
            return MinutesBallot(voter: who.name, person: who.person, group: who.group, choice: text,
                                 values: values, count: 1)
        }
        for (value, count) in state.hands.sorted(by: { $0.key < $1.key }) where count > 0 {
            ballots.append(MinutesBallot(voter: strings.handsRaised, person: nil, group: nil,
                                         choice: rowLabel(poll, value: value, options: options), values: [value],
                                         count: count))
        }
        let texts = poll.kind == .open ? ballots.map(\.choice) : []
        return MinutesPoll(
            id: poll.id, blockID: block.id, blockTitle: line(block.title), question: paragraph(poll.question),
            kind: poll.kind, options: options, scaleMin: poll.kind == .scale ? poll.min : nil,
            scaleMax: poll.kind == .scale ? poll.scaleValues.upperBound : nil,
            maxChoices: poll.kind == .multi ? poll.maxChoices : nil, status: state.status,
            voters: tally?.voters ?? texts.count, hands: state.hands.values.filter { $0 > 0 }.reduce(0, +), rows: rows,
            mean: tally?.mean.map { MinutesBuilder.rounded($0, places: 10_000) }, median: tally?.median,
            words: poll.kind == .open ? WordFrequency.top(texts, limit: Tally.wordLimit) : [], ballots: ballots
        )
    }

    /// The words for one value of a poll: the option, the scale value with its word, or the colour.
    private func rowLabel(_ poll: Poll, value: Int, options: [String]) -> String {
        switch poll.kind {
        case .scale:
            guard let word = poll.labels[value] else { return String(value) }
            return "\(value) – \(line(word))"
        case .single, .multi, .ranking:
            return options.indices.contains(value) ? options[value] : String(value)
        case .trafficLight:
            return TrafficLight(rawValue: value).map(strings.light) ?? String(value)
        case .open:
            return String(value)
        }
    }

    /// A choice in words and as numbers.
    private func describe(_ choice: Choice, poll: Poll, options: [String]) -> (String, [Int]) {
        func option(_ index: Int) -> String { options.indices.contains(index) ? options[index] : "#\(index)" }
        switch choice {
        case .scale(let value): return (String(value), [value])
        case .option(let index): return (option(index), [index])
        case .options(let indices): return (indices.map(option).joined(separator: "; "), indices)
        case .ranking(let indices): return (indices.map(option).joined(separator: " > "), indices)
        case .light(let light): return (strings.light(light), [light.rawValue])
        case .text(let text): return (paragraph(text), [])
        }
    }
}
