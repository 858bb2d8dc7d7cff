import WorkshopModel

// Routing a key: keys that work everywhere, then an open prompt, then a text being typed, then the
// screen's key map.
extension ConsoleApp {
    /// Handles one key at `now`: changes what the screens remember and answers with the events to record
    /// and what the loop should do. The session itself changes only in `record(_:)`.
    mutating func handle(_ key: Key, at now: Instant) -> AppReply {
        let reply = route(key, at: now)
        refreshReviewDigest()
        return reply
    }

    private mutating func route(_ key: Key, at now: Instant) -> AppReply {
        if key == .resize { return .none }
        let request = KeyMap.alwaysRequest(for: key)
        if request != .quit, request != .suspend { message = nil }
        if let prompt, let reply = answer(prompt, key: key, at: now) { return reply }
        if let request { return perform(request, at: now) }
        if isTyping { return typed(key, at: now) }
        guard let request = KeyMap.request(for: key, on: screen) else { return .none }
        return perform(request, at: now)
    }

    /// One event stamped `now`.
    func reply(_ actions: Action..., at now: Instant) -> AppReply {
        AppReply(events: actions.map { Event(at: now, $0) })
    }

    /// Carries out a request.
    mutating func perform(_ request: Request, at now: Instant) -> AppReply {
        switch request {
        case .show(let target): show(target)
        case .nextScreen: show(screen.next)
        case .previousScreen: show(screen.previous)
        case .help: show(screen == .help ? helpFor : .help)
        case .back: show(helpFor)
        case .undo:
            guard session.canUndo else {
                message = .warning(strings.nothingToUndo)
                return .none
            }
            // Undo takes the newest step, whoever recorded it: a participant's vote or answer from a phone
            // is never taken back without asking.
            if let last = session.lastUndoable, Self.cameFromPhone(last) {
                prompt = .confirmUndoPhone
                message = .warning(strings.confirmUndoPhone)
                return .none
            }
            return reply(.undo, at: now)
        case .quit:
            guard session.isRunning || hasOpenText else { return AppReply(command: .quit) }
            prompt = .confirmQuit
            message = .warning(session.isRunning ? strings.confirmQuit : strings.confirmQuitText)
        case .suspend:
            return AppReply(command: .suspend)
        case .newAnswer:
            screen = .notes
            return notesRequest(.newAnswer, at: now)
        default:
            switch screen {
            case .console: return consoleRequest(request, at: now)
            case .notes: return notesRequest(request, at: now)
            case .poll: return pollRequest(request, at: now)
            case .review: reviewRequest(request)
            case .help: helpRequest(request)
            }
        }
        return .none
    }

    /// Whether an action was sent from a participant's phone (the console's own anonymous votes are
    /// `console-N` devices; a phone's token is 32 hex digits).
    static func cameFromPhone(_ action: Action) -> Bool {
        switch action {
        case .castVote(_, .device(let token), _): !token.hasPrefix("console-")
        case .addAnswer(_, _, _, _, .device): true
        default: false
        }
    }

    /// Switches screens; the help screen remembers where it was opened from.
    mutating func show(_ target: ScreenKind) {
        if target == .help, screen != .help {
            helpFor = screen
            helpScroll = 0
        }
        screen = target
    }

    /// A key typed into the open box of the screen shown.
    private mutating func typed(_ key: Key, at now: Instant) -> AppReply {
        switch screen {
        case .notes: return notesTyped(key, at: now)
        case .poll: return pollTyped(key, at: now)
        default: return .none
        }
    }

    /// A key answering the open prompt; nil lets the key through (screen switches while picking a speaker).
    private mutating func answer(_ open: Prompt, key: Key, at now: Instant) -> AppReply? {
        switch open {
        case .confirmQuit:
            prompt = nil
            if key == .char("y") || key == .char("j") || key == .char("Y") || key == .char("J") || key == .ctrl("c") {
                return AppReply(command: .quit)
            }
            message = .info(strings.quitCancelled)
            return AppReply.none
        case .confirmUndoPhone:
            prompt = nil
            guard key == .char("y") || key == .char("j") || key == .char("Y") || key == .char("J") else {
                message = .info(strings.phoneKept)
                return AppReply.none
            }
            return reply(.undo, at: now)
        case .confirmCloseRoom:
            prompt = nil
            guard key == .char("y") || key == .char("j") || key == .char("Y") || key == .char("J") else {
                message = .info(strings.roomKeptOpen)
                return AppReply.none
            }
            room?.isOpen = false
            message = .info(strings.roomClosed)
            return AppReply(command: .closeRoom)
        case .goToBlock(let typed):
            return goToBlock(typed: typed, key: key, at: now)
        case .pickSpeaker(var picker):
            if KeyMap.alwaysRequest(for: key) != nil {
                prompt = nil
                return nil
            }
            let outcome = picker.handle(key, people: session.activePeople)
            prompt = .pickSpeaker(picker)
            switch outcome {
            case .picked(.person(let id)):
                prompt = nil
                return reply(.speaking(.participant(id)), at: now)
            case .picked(.newPerson(let name)):
                // Nobody by that name yet: add them, then give them the floor (their number is the next one).
                prompt = nil
                return reply(.addPerson(name: name, group: nil, role: .participant),
                             .speaking(.participant(session.people.count + 1)), at: now)
            case .picked(.anonymous), .cancelled:
                prompt = nil
            case .consumed, .ignored:
                break
            }
            return AppReply.none
        }
    }

    /// Collects the digits of a block number; one digit is enough when the agenda has at most nine blocks.
    private mutating func goToBlock(typed: String, key: Key, at now: Instant) -> AppReply {
        let count = session.agenda.blocks.count
        var digits = typed
        switch key {
        case .char(let c) where c.isASCII && c.isNumber:
            digits.append(c)
            if count > 9, digits.count < String(count).count {
                prompt = .goToBlock(typed: digits)
                message = .warning(strings.goToBlockPrompt + " " + digits)
                return .none
            }
        case .backspace:
            digits = String(digits.dropLast())
            prompt = .goToBlock(typed: digits)
            message = .warning(strings.goToBlockPrompt + " " + digits)
            return .none
        case .enter:
            break
        default:
            prompt = nil
            return .none
        }
        prompt = nil
        guard let number = Int(digits), session.agenda.blocks.indices.contains(number - 1) else {
            message = .warning(strings.noSuchBlock(digits))
            return .none
        }
        return reply(.goToBlock(id: session.agenda.blocks[number - 1].id), at: now)
    }

    /// The help screen scrolls.
    private mutating func helpRequest(_ request: Request) {
        switch request {
        case .selectPrevious: helpScroll = max(0, helpScroll - 1)
        case .selectNext: helpScroll += 1
        default: break
        }
    }
}
