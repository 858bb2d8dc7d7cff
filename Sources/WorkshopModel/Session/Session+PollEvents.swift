// Opening, closing and revealing polls; votes and shows of hands.
extension Session {
    /// The poll definition, or `.unknownPoll`.
    private func pollDefinition(_ id: String) throws(Rejection) -> Poll {
        guard let position = pollPosition(id) else { throw .unknownPoll }
        return agenda.blocks[position.block].polls[position.poll]
    }

    /// The poll definition of an open poll, or why votes cannot be taken.
    private func openPollDefinition(_ id: String) throws(Rejection) -> Poll {
        let poll = try pollDefinition(id)
        guard pollState(id: id).status == .open else { throw .pollNotOpen }
        return poll
    }

    mutating func setPollStatus(_ id: String, to status: PollState.Status) throws(Rejection) -> UndoStep.Inverse {
        _ = try pollDefinition(id)
        let state = pollState(id: id)
        if status == .closed, state.status != .open { throw .pollNotOpen }
        guard state.status != status else { throw .nothingChanged }
        changePoll(id) { $0.status = status }
        return .pollStatus(poll: id, status: state.status, revealed: state.revealed)
    }

    mutating func revealPoll(_ id: String, revealed: Bool) throws(Rejection) -> UndoStep.Inverse {
        _ = try pollDefinition(id)
        let state = pollState(id: id)
        guard state.revealed != revealed else { throw .nothingChanged }
        changePoll(id) { $0.revealed = revealed }
        return .pollStatus(poll: id, status: state.status, revealed: state.revealed)
    }

    /// Records a vote; a second vote by the same voter replaces the first and keeps its place in the order.
    mutating func castVote(_ id: String, voter: Voter, choice: Choice) throws(Rejection) -> UndoStep.Inverse {
        let poll = try openPollDefinition(id)
        if case .person(let person) = voter { try checkPerson(person) }
        var choice = choice
        if case .text(let text) = choice {
            let trimmed = text.trimmedForRecord
            guard !trimmed.isEmpty else { throw .emptyText }
            choice = .text(trimmed)
        }
        guard choice.fits(poll) else { throw .choiceDoesNotFitPoll }
        switch pollState(id: id).ballots[voter] {
        case .some(let previous):
            guard previous != choice else { throw .nothingChanged }
            changePoll(id) { $0.ballots[voter] = choice }
            return .replacedBallot(poll: id, voter: voter, previous: previous)
        case .none:
            changePoll(id) {
                $0.ballots[voter] = choice
                $0.voterOrder.append(voter)
            }
            return .newBallot(poll: id, voter: voter)
        }
    }

    mutating func retractVote(_ id: String, voter: Voter) throws(Rejection) -> UndoStep.Inverse {
        _ = try openPollDefinition(id)
        let state = pollState(id: id)
        guard let previous = state.ballots[voter], let position = state.voterOrder.firstIndex(of: voter)
        else { throw .nothingChanged }
        changePoll(id) {
            $0.ballots[voter] = nil
            $0.voterOrder.remove(at: position)
        }
        return .retractedBallot(poll: id, voter: voter, previous: previous, position: position)
    }

    /// Adds `delta` raised hands to one value of a scale, single, multi or traffic-light poll.
    mutating func countHands(_ id: String, value: Int, delta: Int) throws(Rejection) -> UndoStep.Inverse {
        let poll = try openPollDefinition(id)
        let valid: Bool
        switch poll.kind {
        case .scale: valid = poll.min <= value && value <= poll.max
        case .single, .multi: valid = poll.options.indices.contains(value)
        case .trafficLight: valid = TrafficLight(rawValue: value) != nil
        case .ranking, .open: valid = false
        }
        guard valid else { throw .choiceDoesNotFitPoll }
        guard delta != 0 else { throw .nothingChanged }
        let previous = pollState(id: id).hands[value] ?? 0
        let (count, overflow) = previous.addingReportingOverflow(delta)
        guard !overflow else { throw .choiceDoesNotFitPoll }
        guard count >= 0 else { throw .countBelowZero }
        changePoll(id) { $0.hands[value] = count == 0 ? nil : count }
        return .hands(poll: id, value: value, previous: previous)
    }

    /// Changes a poll's state in place, then leaves it out of `polls` if it is back to that of a poll never
    /// opened (see `polls`).
    mutating func changePoll(_ id: String, _ change: (inout PollState) -> Void) {
        change(&polls[id, default: PollState()])
        if polls[id] == PollState() { polls[id] = nil }
    }
}
