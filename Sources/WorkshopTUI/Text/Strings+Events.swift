import WorkshopModel

// Naming what was recorded (for the status line and undo) and why an event was refused.
extension Strings {
    /// A person's name, or "anoniem"/"anonymous".
    func name(_ id: PersonID?, in session: Session) -> String {
        guard let id, let person = session.person(id) else { return anonymous }
        return person.name
    }

    /// A voter's name: a person's name, or "anoniem" for a phone or a typed anonymous answer.
    func name(_ voter: Voter, in session: Session) -> String {
        if case .person(let id) = voter { return name(id, in: session) }
        return anonymous
    }

    /// A speaker as words: "deelnemer (Els)".
    func speaker(_ speaker: Speaker, in session: Session) -> String {
        switch speaker {
        case .nobody: return nobody
        case .moderator: return moderator
        case .presenter(let id): return id.map { "\(presenter) (\(name($0, in: session)))" } ?? presenter
        case .participant(let id): return id.map { "\(participant) (\(name($0, in: session)))" } ?? participant
        }
    }

    /// A vote's choice as words, for the status line.
    func choice(_ choice: Choice, poll: Poll?) -> String {
        func option(_ i: Int) -> String {
            guard let poll, poll.options.indices.contains(i) else { return "\(i + 1)" }
            return poll.options[i]
        }
        switch choice {
        case .scale(let v): return "\(v)"
        case .option(let i): return option(i)
        case .options(let list), .ranking(let list): return list.map(option).joined(separator: ", ")
        case .light(let light): return self.light(light)
        case .text(let text): return "“\(text)”"
        }
    }

    /// Short words for a recorded action: what `u` would take back.
    func describe(_ action: Action, in session: Session) -> String {
        func blockTitle(_ id: String) -> String { session.agenda.block(id: id)?.title ?? id }
        func answerOwner(_ id: RecordID) -> String {
            let answer = session.answers.first { $0.id == id }
            return name(answer?.person, in: session)
        }
        switch action {
        case .startBlock: return t("blok gestart", "block started")
        case .pauseBlock: return t("blok gepauzeerd", "block paused")
        case .resumeBlock: return t("blok hervat", "block resumed")
        case .nextBlock: return t("naar het volgende blok", "to the next block")
        case .previousBlock: return t("naar het vorige blok", "to the previous block")
        case .goToBlock(let id): return t("naar \(blockTitle(id))", "to \(blockTitle(id))")
        case .enterPhase(let index): return t("fase \(index + 1)", "phase \(index + 1)")
        case .shiftPlan(let minutes):
            return t("plan \(minutes > 0 ? "+" : "")\(minutes) min", "plan \(minutes > 0 ? "+" : "")\(minutes) min")
        case .endWorkshop: return t("einde van de workshop", "end of the workshop")
        case .speaking(let who): return t("aan het woord: \(speaker(who, in: session))", "speaking: \(speaker(who, in: session))")
        case .addPerson(let name, _, _): return t("\(name) toegevoegd", "\(name) added")
        case .renamePerson(let id, let name, _): return t("\(self.name(id, in: session)) → \(name)", "\(self.name(id, in: session)) → \(name)")
        case .removePerson(let id): return t("\(name(id, in: session)) verwijderd", "\(name(id, in: session)) removed")
        case .addAnswer(_, let person, _, _, _): return t("antwoord van \(name(person, in: session))", "answer by \(name(person, in: session))")
        case .editAnswer(let id, _, _): return t("bewerking van het antwoord van \(answerOwner(id))", "edit of the answer by \(answerOwner(id))")
        case .deleteAnswer(let id): return t("antwoord van \(answerOwner(id)) gewist", "answer by \(answerOwner(id)) deleted")
        case .hideAnswer(let id, let hidden):
            return hidden ? t("antwoord van \(answerOwner(id)) verborgen", "answer by \(answerOwner(id)) hidden")
                : t("antwoord van \(answerOwner(id)) weer getoond", "answer by \(answerOwner(id)) shown again")
        case .openPoll: return t("stemming geopend", "poll opened")
        case .closePoll: return t("stemming gesloten", "poll closed")
        case .revealPoll(_, let revealed):
            return revealed ? t("resultaat getoond", "results shown") : t("resultaat verborgen", "results hidden")
        case .castVote(let pollID, let voter, let choice):
            let shown = self.choice(choice, poll: session.poll(id: pollID)?.poll)
            return t("stem van \(name(voter, in: session)): \(shown)", "vote by \(name(voter, in: session)): \(shown)")
        case .retractVote(_, let voter): return t("stem van \(name(voter, in: session)) ingetrokken", "vote by \(name(voter, in: session)) withdrawn")
        case .countHands(let pollID, let value, let delta):
            let label = handLabel(value, poll: session.poll(id: pollID)?.poll)
            return t("\(delta > 0 ? "+" : "−")\(abs(delta)) hand voor \(label)", "\(delta > 0 ? "+" : "−")\(abs(delta)) hand for \(label)")
        case .addActionItem: return t("actie", "action")
        case .addFeedback: return t("feedback", "feedback")
        case .addNote: return t("notitie", "note")
        case .undo: return t("ongedaan maken", "undo")
        }
    }

    /// The status line after an event was recorded.
    func recorded(_ action: Action, in session: Session) -> String {
        let what = describe(action, in: session)
        return t("✓ \(what)", "✓ \(what)")
    }

    /// The value a raised hand was counted for, as words.
    func handLabel(_ value: Int, poll: Poll?) -> String {
        guard let poll else { return "\(value)" }
        switch poll.kind {
        case .single, .multi, .ranking: return poll.options.indices.contains(value) ? poll.options[value] : "\(value)"
        case .trafficLight: return TrafficLight(rawValue: value).map(light) ?? "\(value)"
        case .scale, .open: return "\(value)"
        }
    }

    /// Why an event was refused, and what to do instead.
    func rejection(_ rejection: Rejection) -> String {
        switch rejection {
        case .unknownBlock: return t("Dat blok bestaat niet.", "That block does not exist.")
        case .unknownPoll: return t("Die stemming bestaat niet.", "That poll does not exist.")
        case .unknownPerson: return t("Die persoon staat niet op de lijst.", "That person is not on the roster.")
        case .personRemoved: return t("Die persoon werd van de lijst gehaald.", "That person was removed from the roster.")
        case .unknownAnswer: return t("Dat antwoord bestaat niet (meer).", "That answer no longer exists.")
        case .noSuchPhase: return t("Dit blok heeft die fase niet.", "This block has no such phase.")
        case .noMoreBlocks: return t("Er is geen blok meer in die richting.", "There is no block further that way.")
        case .pollNotOpen: return t("De stemming is niet open: o opent ze.", "The poll is not open: o opens it.")
        case .choiceDoesNotFitPoll: return t("Die keuze past niet bij deze stemming.", "That choice does not fit this poll.")
        case .countBelowZero: return t("Er staan geen handen meer om af te trekken.", "There are no hands left to take away.")
        case .nothingToUndo: return nothingToUndo
        case .workshopEnded: return t("De workshop is afgelopen (u maakt dat ongedaan).", "The workshop has ended (u undoes that).")
        case .notRunning: return t("Het blok loopt niet.", "The block is not running.")
        case .alreadyRunning: return t("Het blok loopt al.", "The block is already running.")
        case .emptyText: return emptyText
        case .nothingChanged: return t("Niets veranderd.", "Nothing changed.")
        }
    }
}
