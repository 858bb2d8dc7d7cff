import WorkshopModel

// The notes screen's keys: the answer box, the roster and the close's actions, feedback and notes.
extension ConsoleApp {
    /// The round the notes screen captures answers for: the current block.
    var noteRound: Block? { currentBlock }

    /// The current round's answers, in recorded order.
    var roundAnswers: [Answer] {
        guard let block = noteRound else { return [] }
        return session.answers(inBlock: block.id)
    }

    /// The index of the selected answer in `roundAnswers` (the newest unless one was chosen).
    var selectedAnswerIndex: Int? {
        let answers = roundAnswers
        guard !answers.isEmpty else { return nil }
        if let id = notes.selected, let index = answers.firstIndex(where: { $0.id == id }) { return index }
        return answers.count - 1
    }

    mutating func notesRequest(_ request: Request, at now: Instant) -> AppReply {
        let answers = roundAnswers
        let index = selectedAnswerIndex
        func select(_ i: Int) {
            guard !answers.isEmpty else { return }
            notes.selected = answers[min(max(0, i), answers.count - 1)].id
        }
        switch request {
        case .newAnswer:
            guard notes.form == nil else { break }
            guard let block = noteRound else {
                message = .warning(strings.noRound)
                break
            }
            // A half-typed answer stays: `a` brings it back rather than starting over.
            if notes.composer == nil { notes.composer = AnswerComposer(block: block.id) }
        case .addPerson:
            if notes.form == nil, notes.composer == nil {
                notes.form = Form(.person)
                notes.renaming = nil
            }
        case .renamePerson, .removePerson:
            if notes.form == nil, notes.composer == nil {
                notes.renamePicker = PersonPicker(allowsAnonymous: false)
                notes.removing = request == .removePerson
            }
        case .newAction:
            if notes.form == nil, notes.composer == nil { notes.form = Form(.action) }
        case .newFeedback:
            if notes.form == nil, notes.composer == nil { notes.form = Form(.feedback) }
        case .newNote:
            if notes.form == nil, notes.composer == nil { notes.form = Form(.note) }
        case .selectPrevious: select((index ?? 0) - 1)
        case .selectNext: select((index ?? 0) + 1)
        case .selectFirst: select(0)
        case .selectLast: select(answers.count - 1)
        case .pageUp: select((index ?? 0) - 5)
        case .pageDown: select((index ?? 0) + 5)
        case .edit:
            guard let index else { break }
            notes.composer = AnswerComposer(editing: answers[index])
        case .delete:
            guard let index else { break }
            return reply(.deleteAnswer(id: answers[index].id), at: now)
        case .toggleHidden:
            guard let index else { break }
            return reply(.hideAnswer(id: answers[index].id, hidden: !answers[index].hidden), at: now)
        default:
            break
        }
        return .none
    }

    /// A key typed into the answer box or the open form.
    mutating func notesTyped(_ key: Key, at now: Instant) -> AppReply {
        if var picker = notes.renamePicker {
            let outcome = picker.handle(key, people: session.activePeople)
            notes.renamePicker = picker
            switch outcome {
            case .picked(.person(let id)):
                notes.renamePicker = nil
                // Undoable with u, like every record, so no extra question first.
                if notes.removing { return reply(.removePerson(id: id), at: now) }
                if let person = session.person(id) {
                    notes.form = Form(correcting: person)
                    notes.renaming = id
                }
            case .cancelled:
                notes.renamePicker = nil
            case .picked, .consumed, .ignored:
                break
            }
            return .none
        }
        if var composer = notes.composer {
            let outcome = composer.handle(key, people: session.activePeople)
            notes.composer = composer
            switch outcome {
            case .submit:
                let (text, tags) = composer.typed
                guard !text.isEmpty else {
                    message = .warning(strings.emptyText)
                    break
                }
                if let id = composer.editing {
                    return reply(.editAnswer(id: id, text: text, tags: tags), at: now)
                }
                return reply(.addAnswer(block: composer.block, person: composer.person, text: text, tags: tags,
                                        origin: .console), at: now)
            case .addPerson(let name):
                return reply(.addPerson(name: name, group: nil, role: .participant), at: now)
            case .cancel:
                if !composer.editor.isEmpty { message = .info(strings.draftDiscarded) }
                notes.composer = nil
            case .confirmDiscard:
                message = .warning(strings.escAgainToDiscard)
            case .consumed, .ignored:
                break
            }
            return .none
        }
        guard var form = notes.form else { return .none }
        let outcome = form.handle(key)
        notes.form = form
        switch outcome {
        case .submit:
            return submit(form, at: now)
        case .cancel:
            if form.hasText, notes.renaming == nil { message = .info(strings.draftDiscarded) }
            notes.form = nil
            notes.renaming = nil
        case .confirmDiscard:
            message = .warning(strings.escAgainToDiscard)
        case .consumed, .ignored:
            break
        }
        return .none
    }

    /// The event a filled-in form records; nothing (and a message) when a required field is empty.
    private mutating func submit(_ form: Form, at now: Instant) -> AppReply {
        switch form.kind {
        case .person:
            guard let name = form.value(0) else {
                message = .warning(strings.nameRequired)
                return .none
            }
            if let id = notes.renaming, form.kind == .person {
                return reply(.renamePerson(id: id, name: name, group: form.value(1)), at: now)
            }
            return reply(.addPerson(name: name, group: form.value(1), role: .participant), at: now)
        case .action:
            guard let what = form.value(0) else {
                message = .warning(strings.emptyText)
                return .none
            }
            return reply(.addActionItem(what: what, who: form.value(1), due: form.value(2)), at: now)
        case .feedback, .note, .openVote:
            guard let text = form.value(0) else {
                message = .warning(strings.emptyText)
                return .none
            }
            switch form.kind {
            case .feedback: return reply(.addFeedback(text: text), at: now)
            case .openVote(let pollID, let voter):
                return reply(.castVote(poll: pollID, voter: voter, choice: .text(text)), at: now)
            default: return reply(.addNote(text: text), at: now)
            }
        }
    }

    /// Shared with the poll screen: the event an open-poll text form records.
    mutating func submitForm(_ form: Form, at now: Instant) -> AppReply { submit(form, at: now) }
}
