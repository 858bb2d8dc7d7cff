// Opening, closing and revealing polls; votes and shows of hands.
extension Session {
    /// The poll definition, or `.unknownPoll`.
    private func pollDefinition(_ id: String) throws(Rejection) -> Poll {
        guard let position = pollPosition(id), polls[id] != nil else { throw .unknownPoll }
        return agenda.blocks[position.block].polls[position.poll]
    }

    /// The poll definition of an open poll, or why votes cannot be taken.
    private func openPollDefinition(_ id: String) throws(Rejection) -> Poll {
        let poll = try pollDefinition(id)
        guard polls[id]?.status == .open else { throw .pollNotOpen }
        return poll
    }

    mutating func setPollStatus(_ id: String, to status: PollState.Status) throws(Rejection) -> UndoStep.Inverse {
        _ = try pollDefinition(id)
        guard let state = polls[id] else { throw .unknownPoll }
        if status == .closed, state.status != .open { throw .pollNotOpen }
        guard state.status != status else { throw .nothingChanged }
        polls[id]?.status = status
        return .pollStatus(poll: id, status: state.status, revealed: state.revealed)
    }

    mutating func revealPoll(_ id: String, revealed: Bool) throws(Rejection) -> UndoStep.Inverse {
        _ = try pollDefinition(id)
        guard let state = polls[id] else { throw .unknownPoll }
        guard state.revealed != revealed else { throw .nothingChanged }
        polls[id]?.revealed = revealed
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
        switch polls[id]?.ballots[voter] {
        case .some(let previous):
            guard previous != choice else { throw .nothingChanged }
            polls[id]?.ballots[voter] = choice
            return .replacedBallot(poll: id, voter: voter, previous: previous)
        case .none:
            polls[id]?.ballots[voter] = choice
            polls[id]?.voterOrder.append(voter)
            return .newBallot(poll: id, voter: voter)
        }
    }

    mutating func retractVote(_ id: String, voter: Voter) throws(Rejection) -> UndoStep.Inverse {
        _ = try openPollDefinition(id)
        guard let previous = polls[id]?.ballots[voter],
              let position = polls[id]?.voterOrder.firstIndex(of: voter)
        else { throw .nothingChanged }
        polls[id]?.ballots[voter] = nil
        polls[id]?.voterOrder.remove(at: position)
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
        let previous = polls[id]?.hands[value] ?? 0
        let (count, overflow) = previous.addingReportingOverflow(delta)
        guard !overflow else { throw .choiceDoesNotFitPoll }
        guard count >= 0 else { throw .countBelowZero }
        polls[id]?.hands[value] = count == 0 ? nil : count
        return .hands(poll: id, value: value, previous: previous)
    }
}
