// The roster, round answers, actions, feedback and notes.
extension Session {
    mutating func addPerson(name: String, group: String?, role: Role) throws(Rejection) -> UndoStep.Inverse {
        let name = name.trimmedForRecord
        guard !name.isEmpty else { throw .emptyText }
        people.append(Participant(id: people.count + 1, name: name, role: role, group: Session.groupName(group)))
        return .addedPerson
    }

    mutating func renamePerson(_ id: PersonID, name: String, group: String?) throws(Rejection) -> UndoStep.Inverse {
        try checkPerson(id)
        let name = name.trimmedForRecord
        guard !name.isEmpty else { throw .emptyText }
        let previous = people[id - 1]
        let group = Session.groupName(group)
        guard previous.name != name || previous.group != group else { throw .nothingChanged }
        people[id - 1].name = name
        people[id - 1].group = group
        return .person(previous)
    }

    mutating func removePerson(_ id: PersonID) throws(Rejection) -> UndoStep.Inverse {
        try checkPerson(id)
        let previous = people[id - 1]
        people[id - 1].removed = true
        return .person(previous)
    }

    mutating func addAnswer(
        block: String, person: PersonID?, text: String, tags: [String], origin: Origin, at: Instant
    ) throws(Rejection) -> UndoStep.Inverse {
        guard agenda.blockIndex(id: block) != nil else { throw .unknownBlock }
        if let person { try checkPerson(person) }
        let text = text.trimmedForRecord
        guard !text.isEmpty else { throw .emptyText }
        answers.append(Answer(id: takeRecordID(), block: block, person: person, text: text,
                              tags: Session.cleanTags(tags), origin: origin, recordedAt: at))
        return .addedAnswer
    }

    mutating func editAnswer(_ id: RecordID, text: String, tags: [String], at: Instant) throws(Rejection) -> UndoStep.Inverse {
        let text = text.trimmedForRecord
        guard let index = answerIndex(id) else { throw .unknownAnswer }
        guard !text.isEmpty else { throw .emptyText }
        let tags = Session.cleanTags(tags)
        guard answers[index].text != text || answers[index].tags != tags else { throw .nothingChanged }
        let previous = answers[index]
        answers[index].text = text
        answers[index].tags = tags
        answers[index].editedAt = at
        return .answer(index: index, previous: previous)
    }

    /// Applies `change` to a live answer; refused when it changes nothing.
    mutating func changeAnswer(_ id: RecordID, _ change: (inout Answer) -> Void) throws(Rejection) -> UndoStep.Inverse {
        guard let index = answerIndex(id) else { throw .unknownAnswer }
        let previous = answers[index]
        var changed = previous
        change(&changed)
        guard changed != previous else { throw .nothingChanged }
        answers[index] = changed
        return .answer(index: index, previous: previous)
    }

    mutating func addActionItem(what: String, who: String?, due: String?, at: Instant) throws(Rejection) -> UndoStep.Inverse {
        let what = what.trimmedForRecord
        guard !what.isEmpty else { throw .emptyText }
        actionItems.append(ActionItem(id: takeRecordID(), what: what, who: Session.optionalText(who),
                                      due: Session.optionalText(due), recordedAt: at))
        return .addedActionItem
    }

    /// Appends feedback or a note, tagged with the block that is current.
    mutating func addNote(
        _ text: String, to list: WritableKeyPath<Session, [Note]>, inverse: UndoStep.Inverse, at: Instant
    ) throws(Rejection) -> UndoStep.Inverse {
        let text = text.trimmedForRecord
        guard !text.isEmpty else { throw .emptyText }
        let block = agenda.blocks.indices.contains(currentBlock) ? agenda.blocks[currentBlock].id : nil
        self[keyPath: list].append(Note(id: takeRecordID(), text: text, block: block, recordedAt: at))
        return inverse
    }

    /// The index of a live (not deleted) answer; answers are kept in increasing id order.
    func answerIndex(_ id: RecordID) -> Int? {
        var low = 0
        var high = answers.count
        while low < high {
            let mid = (low + high) / 2
            if answers[mid].id < id { low = mid + 1 } else { high = mid }
        }
        guard low < answers.count, answers[low].id == id, !answers[low].deleted else { return nil }
        return low
    }

    private mutating func takeRecordID() -> RecordID {
        defer { nextRecordID += 1 }
        return nextRecordID
    }

    private static func groupName(_ group: String?) -> String? { optionalText(group) }

    private static func optionalText(_ text: String?) -> String? {
        guard let text = text?.trimmedForRecord, !text.isEmpty else { return nil }
        return text
    }

    /// Trimmed, without empty tags or repeats, in the order given.
    private static func cleanTags(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        return tags.map(\.trimmedForRecord).filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
