import WorkshopModel

// The poll screen's keys: one key per vote, per participant or as a show of hands.
extension ConsoleApp {
    /// Every poll of the agenda with its block, in agenda order.
    var allPolls: [(poll: Poll, block: Block)] {
        session.agenda.blocks.flatMap { block in block.polls.map { (poll: $0, block: block) } }
    }

    /// The poll on the poll screen.
    var shownPoll: (poll: Poll, block: Block)? {
        guard let id = poll.pollID else { return nil }
        return session.poll(id: id)
    }

    /// The people whose votes are taken one by one: the participants on the roster.
    var voters: [Participant] { session.activePeople.filter { $0.role == .participant } }

    /// Whether votes are counted as anonymous hands (chosen with h, or because nobody is on the roster).
    var countsHands: Bool { poll.hands || voters.isEmpty }

    /// The values a show of hands counts for a poll: scale values, option indices or lights.
    func handValues(_ poll: Poll) -> [Int] {
        switch poll.kind {
        case .scale: Array(poll.scaleValues)
        case .single, .multi: Array(poll.options.indices)
        case .trafficLight: TrafficLight.allCases.map(\.rawValue)
        case .ranking, .open: []
        }
    }

    mutating func pollRequest(_ request: Request, at now: Instant) -> AppReply {
        guard let (shown, _) = shownPoll else {
            message = .warning(strings.noPolls)
            return .none
        }
        switch request {
        case .digit(let digit):
            switch shown.kind {
            case .scale:
                var value = digit
                if value == 0, !shown.scaleValues.contains(0), shown.scaleValues.contains(10) { value = 10 }
                guard shown.scaleValues.contains(value) else {
                    message = .warning(strings.outOfScale(shown.min, shown.max))
                    return .none
                }
                return vote(.scale(value), value: value, at: now)
            case .trafficLight:
                guard let light = TrafficLight(rawValue: digit - 1) else {
                    message = .warning(strings.lightKeys)
                    return .none
                }
                return vote(.light(light), value: light.rawValue, at: now)
            default:
                message = .warning(strings.useLetters)
            }
        case .option(let index):
            guard shown.kind.hasOptions, shown.options.indices.contains(index) else {
                message = .warning(shown.kind.hasOptions ? strings.noSuchOption : strings.useDigits(shown.kind))
                return .none
            }
            switch shown.kind {
            case .single:
                return vote(.option(index), value: index, at: now)
            case .multi:
                if countsHands { return vote(.option(index), value: index, at: now) }
                if let at = poll.pending.firstIndex(of: index) {
                    poll.pending.remove(at: at)
                } else if shown.maxChoices.map({ poll.pending.count < $0 }) ?? true {
                    poll.pending.append(index)
                }
            default:
                guard !countsHands else {
                    message = .warning(strings.rankingNeedsVoter)
                    return .none
                }
                if let at = poll.pending.firstIndex(of: index) {
                    poll.pending.remove(at: at)
                } else {
                    poll.pending.append(index)
                }
            }
        case .confirm:
            switch shown.kind {
            case .multi where !poll.pending.isEmpty:
                return vote(.options(poll.pending), value: nil, at: now)
            case .ranking where !poll.pending.isEmpty:
                return vote(.ranking(poll.pending), value: nil, at: now)
            case .open:
                guard let voter = currentVoter(for: shown) else { return .none }
                poll.form = Form(.openVote(poll: shown.id, voter: voter))
            default:
                break
            }
        case .selectPrevious, .selectNext, .selectFirst:
            if countsHands {
                let values = handValues(shown)
                guard !values.isEmpty else { break }
                let current = poll.handValue.flatMap { values.firstIndex(of: $0) } ?? 0
                let target = request == .selectFirst ? 0 : current + (request == .selectNext ? 1 : -1)
                poll.handValue = values[min(max(0, target), values.count - 1)]
            } else {
                let target = request == .selectFirst ? 0 : poll.voter + (request == .selectNext ? 1 : -1)
                poll.voter = min(max(0, target), max(0, voters.count - 1))
                poll.pending = []
            }
        case .retract:
            if countsHands {
                guard let value = poll.handValue ?? handValues(shown).first else { break }
                return reply(.countHands(poll: shown.id, value: value, delta: -1), at: now)
            }
            guard voters.indices.contains(poll.voter) else { break }
            poll.pending = []
            return reply(.retractVote(poll: shown.id, voter: .person(voters[poll.voter].id)), at: now)
        case .toggleHands:
            guard !voters.isEmpty else {
                message = .warning(strings.noParticipants)
                break
            }
            poll.hands.toggle()
            poll.pending = []
        case .handUp, .handDown:
            guard countsHands else {
                message = .warning(strings.handsOnly)
                break
            }
            guard let value = poll.handValue ?? handValues(shown).first else { break }
            poll.handValue = value
            let delta = request == .handUp ? 1 : -1
            return withOpening(shown, reply(.countHands(poll: shown.id, value: value, delta: delta), at: now), at: now)
        case .previousPoll, .nextPoll:
            let polls = allPolls
            guard let index = polls.firstIndex(where: { $0.poll.id == shown.id }) else { break }
            let target = index + (request == .nextPoll ? 1 : -1)
            guard polls.indices.contains(target) else { break }
            poll.pollID = polls[target].poll.id
            poll.voter = 0
            poll.pending = []
            poll.handValue = nil
        case .toggleOpen:
            let open = session.pollState(id: shown.id).status == .open
            return reply(open ? .closePoll(id: shown.id) : .openPoll(id: shown.id), at: now)
        case .toggleReveal:
            return reply(.revealPoll(id: shown.id, revealed: !session.pollState(id: shown.id).revealed), at: now)
        default:
            break
        }
        return .none
    }

    /// A key typed into the open-poll answer box.
    mutating func pollTyped(_ key: Key, at now: Instant) -> AppReply {
        guard var form = poll.form else { return .none }
        let outcome = form.handle(key)
        poll.form = form
        switch outcome {
        case .submit:
            guard case .openVote(let pollID, _) = form.kind, let shown = session.poll(id: pollID)?.poll else {
                return .none
            }
            return withOpening(shown, submitForm(form, at: now), at: now)
        case .cancel:
            if form.hasText { message = .info(strings.draftDiscarded) }
            poll.form = nil
        case .confirmDiscard:
            message = .warning(strings.escAgainToDiscard)
        case .consumed, .ignored:
            break
        }
        return .none
    }

    /// Records a choice for the selected participant, or a raised hand for `value` when counting hands.
    private mutating func vote(_ choice: Choice, value: Int?, at now: Instant) -> AppReply {
        guard let (shown, _) = shownPoll else { return .none }
        if countsHands {
            guard let value else { return .none }
            poll.handValue = value
            return withOpening(shown, reply(.countHands(poll: shown.id, value: value, delta: 1), at: now), at: now)
        }
        guard voters.indices.contains(poll.voter) else { return .none }
        let cast = reply(.castVote(poll: shown.id, voter: .person(voters[poll.voter].id), choice: choice), at: now)
        return withOpening(shown, cast, at: now)
    }

    /// Votes open a poll that was never opened, so the first vote needs no extra key; a poll the moderator
    /// closed stays closed.
    private mutating func withOpening(_ shown: Poll, _ votes: AppReply, at now: Instant) -> AppReply {
        switch session.pollState(id: shown.id).status {
        case .notOpened:
            return AppReply(events: [Event(at: now, .openPoll(id: shown.id))] + votes.events)
        case .closed:
            message = .warning(strings.pollIsClosed)
            return .none
        case .open:
            return votes
        }
    }

    /// Who an open-poll answer is from: the selected participant, or a new anonymous hand.
    private func currentVoter(for shown: Poll) -> Voter? {
        if !countsHands {
            return voters.indices.contains(poll.voter) ? .person(voters[poll.voter].id) : nil
        }
        let taken = Set(session.pollState(id: shown.id).voterOrder)
        var n = taken.count + 1
        while taken.contains(.device("console-\(n)")) { n += 1 }
        return .device("console-\(n)")
    }

    /// After a vote: the next participant who has not voted yet (the same one when everyone has).
    mutating func advanceVoter() {
        guard let id = poll.pollID, !voters.isEmpty else { return }
        let ballots = session.pollState(id: id).ballots
        for step in 1...voters.count {
            let candidate = (poll.voter + step) % voters.count
            if ballots[.person(voters[candidate].id)] == nil {
                poll.voter = candidate
                return
            }
        }
        message = .info(strings.everyoneVoted)
    }
}
