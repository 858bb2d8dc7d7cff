import WorkshopModel

// The console screen's keys: the block clock, phases and who has the floor.
extension ConsoleApp {
    mutating func consoleRequest(_ request: Request, at now: Instant) -> AppReply {
        let run = session.runs.indices.contains(session.currentBlock) ? session.runs[session.currentBlock] : nil
        switch request {
        case .startPause:
            guard let run else { return reply(.startBlock, at: now) }
            if run.isRunning { return reply(.pauseBlock, at: now) }
            return reply(run.hasStarted ? .resumeBlock : .startBlock, at: now)
        case .nextBlock:
            return reply(.nextBlock, at: now)
        case .previousBlock:
            return reply(.previousBlock, at: now)
        case .nextPhase, .previousPhase:
            let phases = currentBlock?.phases.count ?? 0
            guard phases > 0 else {
                message = .warning(strings.noPhases)
                return .none
            }
            let current = session.timing(at: now).phase?.index ?? 0
            let target = request == .nextPhase ? current + 1 : current - 1
            guard (0..<phases).contains(target) else {
                message = .warning(request == .nextPhase ? strings.lastPhase : strings.firstPhase)
                return .none
            }
            return reply(.enterPhase(index: target), at: now)
        case .goToBlock:
            prompt = .goToBlock(typed: "")
            message = .warning(strings.goToBlockPrompt)
        case .shiftPlan(let minutes):
            return reply(.shiftPlan(minutes: minutes), at: now)
        case .endWorkshop:
            return reply(.endWorkshop, at: now)
        case .speakerModerator:
            return reply(.speaking(.moderator), at: now)
        case .speakerPresenter:
            return reply(.speaking(.presenter(presenterOfCurrentBlock)), at: now)
        case .speakerParticipant:
            return reply(.speaking(.participant(nil)), at: now)
        case .pickSpeaker:
            prompt = .pickSpeaker(PersonPicker(allowsAnonymous: false))
        case .speakerNobody:
            return reply(.speaking(.nobody), at: now)
        case .roomPanel:
            guard room != nil else {
                message = .warning(strings.notServing)
                break
            }
            showsRoomPanel.toggle()
        case .closeRoom:
            guard let room, room.isOpen else {
                message = .warning(room == nil ? strings.notServing : strings.roomAlreadyClosed)
                break
            }
            prompt = .confirmCloseRoom
            message = .warning(strings.confirmCloseRoom)
        default:
            break
        }
        return .none
    }

    /// The presenter leading the current block, when the roster knows them by the block's `lead`.
    var presenterOfCurrentBlock: PersonID? {
        guard let lead = currentBlock?.lead.map(PersonPicker.fold) else { return nil }
        return session.activePeople.first { $0.role == .presenter && lead.contains(PersonPicker.fold($0.name)) }?.id
    }
}
