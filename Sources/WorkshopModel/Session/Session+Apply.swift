extension Session {
    /// Applies one event: the single way a session changes.
    ///
    /// A refused event changes nothing and says why. An event stamped earlier than the last one is treated
    /// as happening at the last one's instant, so the clock never runs backwards.
    @discardableResult
    public mutating func apply(_ event: Event) -> Outcome {
        let at = lastEventAt.map { event.at.elapsed < $0.elapsed ? $0 : event.at } ?? event.at
        do {
            if case .undo = event.action {
                try undoLast()
            } else {
                let inverse = try perform(event.action, at: at)
                undoStack.append(UndoStep(action: event.action, inverse: inverse))
            }
        } catch {
            return .ignored(error)
        }
        if startedAt == nil { startedAt = at }
        lastEventAt = at
        eventCount += 1
        return .applied
    }

    /// Carries out one action, or throws before changing anything.
    private mutating func perform(_ action: Action, at: Instant) throws(Rejection) -> UndoStep.Inverse {
        switch action {
        case .startBlock, .resumeBlock: return try startCurrentBlock(at: at)
        case .pauseBlock: return try pauseCurrentBlock(at: at)
        case .nextBlock: return try moveToBlock(currentBlock + 1, at: at)
        case .previousBlock: return try moveToBlock(currentBlock - 1, at: at)
        case .goToBlock(let id):
            guard let index = agenda.blockIndex(id: id) else { throw .unknownBlock }
            guard index != currentBlock else { throw .nothingChanged }
            return try moveToBlock(index, at: at)
        case .enterPhase(let index): return try enterPhase(index, at: at)
        case .shiftPlan(let minutes): return try shiftPlan(by: minutes)
        case .endWorkshop: return try endWorkshop(at: at)
        case .speaking(let speaker): return try giveFloor(to: speaker, at: at)
        case .addPerson(let name, let group, let role): return try addPerson(name: name, group: group, role: role)
        case .renamePerson(let id, let name, let group): return try renamePerson(id, name: name, group: group)
        case .removePerson(let id): return try removePerson(id)
        case .addAnswer(let block, let person, let text, let tags, let origin):
            return try addAnswer(block: block, person: person, text: text, tags: tags, origin: origin, at: at)
        case .editAnswer(let id, let text, let tags): return try editAnswer(id, text: text, tags: tags, at: at)
        case .deleteAnswer(let id): return try changeAnswer(id) { $0.deleted = true }
        case .hideAnswer(let id, let hidden): return try changeAnswer(id) { $0.hidden = hidden }
        case .openPoll(let id): return try setPollStatus(id, to: .open)
        case .closePoll(let id): return try setPollStatus(id, to: .closed)
        case .revealPoll(let id, let revealed): return try revealPoll(id, revealed: revealed)
        case .castVote(let poll, let voter, let choice): return try castVote(poll, voter: voter, choice: choice)
        case .retractVote(let poll, let voter): return try retractVote(poll, voter: voter)
        case .countHands(let poll, let value, let delta): return try countHands(poll, value: value, delta: delta)
        case .addActionItem(let what, let who, let due): return try addActionItem(what: what, who: who, due: due, at: at)
        case .addFeedback(let text): return try addNote(text, to: \.feedback, inverse: .addedFeedback, at: at)
        case .addNote(let text): return try addNote(text, to: \.notes, inverse: .addedNote, at: at)
        case .undo: throw .nothingToUndo  // handled in `apply`; undo of an undo is not supported
        }
    }

    /// Takes back the most recent recorded event that is not undone yet.
    private mutating func undoLast() throws(Rejection) {
        guard let step = undoStack.popLast() else { throw .nothingToUndo }
        switch step.inverse {
        case .clock(let backups, let block, let ended, let reopenTurn):
            for backup in backups.reversed() { backup.restore(&runs[backup.index]) }
            currentBlock = block
            endedAt = ended
            if reopenTurn { turns[turns.count - 1].end = nil }
        case .planShift(let previous):
            planShiftMinutes = previous
        case .turns(let appended, let closedPrevious):
            if appended { turns.removeLast() }
            if closedPrevious { turns[turns.count - 1].end = nil }
        case .addedPerson:
            people.removeLast()
        case .person(let previous):
            people[previous.id - 1] = previous
        case .addedAnswer:
            answers.removeLast()
        case .answer(let index, let previous):
            answers[index] = previous
        case .pollStatus(let poll, let status, let revealed):
            changePoll(poll) {
                $0.status = status
                $0.revealed = revealed
            }
        case .newBallot(let poll, let voter):
            changePoll(poll) {
                $0.ballots[voter] = nil
                $0.voterOrder.removeLast()
            }
        case .replacedBallot(let poll, let voter, let previous):
            changePoll(poll) { $0.ballots[voter] = previous }
        case .retractedBallot(let poll, let voter, let previous, let position):
            changePoll(poll) {
                $0.ballots[voter] = previous
                $0.voterOrder.insert(voter, at: position)
            }
        case .hands(let poll, let value, let previous):
            changePoll(poll) { $0.hands[value] = previous == 0 ? nil : previous }
        case .addedActionItem:
            actionItems.removeLast()
        case .addedFeedback:
            feedback.removeLast()
        case .addedNote:
            notes.removeLast()
        }
    }
}
