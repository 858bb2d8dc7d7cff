import WorkshopModel

// Sections 5 and 6: the answers of every round, grouped.
extension MinutesBuilder {
    /// How many words a round's word list holds at most.
    static let roundWordLimit = 15

    func rounds() -> [MinutesRound] {
        session.agenda.blocks.compactMap { block in
            let recorded = session.answers(inBlock: block.id)
            guard !recorded.isEmpty || block.kind == .debate else { return nil }
            let answers = recorded.map(minutesAnswer)
            let prompts = block.prompts.map(line)
            return MinutesRound(
                blockID: block.id, blockTitle: line(block.title), kind: block.kind,
                question: block.question.map(paragraph), prompts: prompts, answers: answers,
                groups: MinutesBuilder.groups(answers, prompts: prompts),
                words: WordFrequency.top(answers.filter { !$0.hidden }.map(\.text), limit: MinutesBuilder.roundWordLimit)
            )
        }
    }

    private func minutesAnswer(_ answer: Answer) -> MinutesAnswer {
        let person = who(answer.person)
        var origin: String?
        if case .device(let token) = answer.origin { origin = devices[token] ?? strings.phone }
        return MinutesAnswer(
            id: answer.id, blockID: answer.block, person: person.name, personNumber: answer.person,
            group: person.group, text: paragraph(answer.text), tags: answer.tags.map(line), hidden: answer.hidden,
            origin: origin, recordedAt: answer.recordedAt.wall, editedAt: answer.editedAt?.wall
        )
    }

    /// Groups by the prompt a tag names, else by first tag; when no answer has either, by the answerer's
    /// group. Prompts keep their order, tags the order they first appear, groups go alphabetically; answers
    /// without any of these come last.
    static func groups(_ answers: [MinutesAnswer], prompts: [String]) -> [MinutesAnswerGroup] {
        let promptWords = prompts.map { WordFrequency.words(in: $0) }
        let keys = answers.map { answer -> (MinutesAnswerGroup.Basis, String)? in
            for (index, words) in promptWords.enumerated() where answer.tags.contains(where: { names($0, words) }) {
                return (.prompt, prompts[index])
            }
            return answer.tags.first.map { (.tag, $0) }
        }
        var groups: [MinutesAnswerGroup] = []
        var rest: [Int] = []
        if keys.contains(where: { $0 != nil }) {
            for prompt in prompts {
                let members = keys.indices.filter { keys[$0]?.0 == .prompt && keys[$0]?.1 == prompt }
                if !members.isEmpty { groups.append(MinutesAnswerGroup(basis: .prompt, title: prompt, answers: members)) }
            }
            for (index, key) in keys.enumerated() {
                guard let key else {
                    rest.append(index)
                    continue
                }
                guard key.0 == .tag else { continue }
                if let existing = groups.firstIndex(where: { $0.basis == .tag && $0.title == key.1 }) {
                    groups[existing].answers.append(index)
                } else {
                    groups.append(MinutesAnswerGroup(basis: .tag, title: key.1, answers: [index]))
                }
            }
        } else {
            var byGroup: [String: [Int]] = [:]
            for (index, answer) in answers.enumerated() {
                if let group = answer.group { byGroup[group, default: []].append(index) } else { rest.append(index) }
            }
            groups = byGroup.keys.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }.map {
                MinutesAnswerGroup(basis: .group, title: $0, answers: byGroup[$0]!)
            }
        }
        if !rest.isEmpty { groups.append(MinutesAnswerGroup(basis: .rest, title: nil, answers: rest)) }
        return groups
    }

    /// Whether `tag` names one of a prompt's words: they share their first five letters (all of the
    /// shorter one if it has four), so "#afspraak" finds "Afspraken & acties?" and "#kleven" "Wat blijft
    /// kleven?".
    private static func names(_ tag: String, _ words: [String]) -> Bool {
        guard let tagWord = WordFrequency.words(in: tag).first else { return false }
        return words.contains { word in
            let shorter = min(tagWord.count, word.count)
            guard shorter >= 4 else { return false }
            let common = zip(tagWord, word).prefix { $0 == $1 }.count
            return common >= min(5, shorter)
        }
    }
}
