/// Which key asks for what, per screen, when nothing is being typed.
///
/// The same tables drive the key handling and the help screen, so the help can never drift from what the
/// keys really do. Keys that type text are only bound where no text is being typed.
enum KeyMap {
    /// Letters that choose a poll's options, in order. Letters the poll screen uses for itself (h, o, r)
    /// and the global q and u are left out, so no option can ever shadow a command.
    static let optionLetters: [Character] = Array("abcdefgijklmnpstvwxyz")

    /// Keys that work on every screen, even while typing: screen switching, quit and suspend.
    static let always: [KeyBinding] = [
        KeyBinding([.function(1), .alt("1")], .show(.console)),
        KeyBinding([.function(2), .alt("2")], .show(.notes)),
        KeyBinding([.function(3), .alt("3")], .show(.poll)),
        KeyBinding([.function(4), .alt("4")], .show(.review)),
        KeyBinding([.function(5), .alt("5")], .show(.help)),
        KeyBinding([.ctrl("c")], .quit),
        KeyBinding([.ctrl("z")], .suspend),
    ]

    /// Keys that work on every screen while nothing is being typed.
    static let global: [KeyBinding] = [
        KeyBinding([.tab], .nextScreen),
        KeyBinding([.backTab], .previousScreen),
        KeyBinding([.char("?")], .help),
        KeyBinding([.char("u")], .undo),
        KeyBinding([.char("q")], .quit),
    ]

    /// The keys of one screen.
    static func bindings(_ screen: ScreenKind) -> [KeyBinding] {
        switch screen {
        case .console: console
        case .notes: notes
        case .poll: poll
        case .review: review
        case .help: help
        }
    }

    static let console: [KeyBinding] = [
        KeyBinding([.char(" ")], .startPause),
        KeyBinding([.char("n"), .char("]")], .nextBlock),
        KeyBinding([.char("p"), .char("[")], .previousBlock),
        KeyBinding([.char("f")], .nextPhase),
        KeyBinding([.char("F")], .previousPhase),
        KeyBinding([.char("g")], .goToBlock),
        KeyBinding([.char("m")], .speakerModerator),
        KeyBinding([.char("s")], .speakerPresenter),
        KeyBinding([.char("d")], .speakerParticipant),
        KeyBinding([.char("D")], .pickSpeaker),
        KeyBinding([.char("x")], .speakerNobody),
        KeyBinding([.char("a")], .newAnswer),
        KeyBinding([.char(">")], .shiftPlan(minutes: 5)),
        KeyBinding([.char("<")], .shiftPlan(minutes: -5)),
        KeyBinding([.char("E")], .endWorkshop),
        KeyBinding([.char("w")], .roomPanel),
        KeyBinding([.char("W")], .closeRoom),
    ]

    static let notes: [KeyBinding] = [
        KeyBinding([.char("a")], .newAnswer),
        KeyBinding([.char("+")], .addPerson),
        KeyBinding([.char("r")], .renamePerson),
        KeyBinding([.char("-")], .removePerson),
        KeyBinding([.char("t")], .newAction),
        KeyBinding([.char("f")], .newFeedback),
        KeyBinding([.char("n")], .newNote),
        KeyBinding([.up], .selectPrevious),
        KeyBinding([.down], .selectNext),
        KeyBinding([.home], .selectFirst),
        KeyBinding([.end], .selectLast),
        KeyBinding([.pageUp], .pageUp),
        KeyBinding([.pageDown], .pageDown),
        KeyBinding([.enter, .char("e")], .edit),
        KeyBinding([.delete, .char("x")], .delete),
        KeyBinding([.char("h")], .toggleHidden),
    ]

    static let poll: [KeyBinding] = [
        KeyBinding(label: "0–9", .digit(0)),
        KeyBinding(label: "a b c …", .option(0)),
        KeyBinding([.enter], .confirm),
        KeyBinding([.up], .selectPrevious),
        KeyBinding([.down], .selectNext),
        KeyBinding([.home], .selectFirst),
        KeyBinding([.backspace, .delete], .retract),
        KeyBinding([.char("h")], .toggleHands),
        KeyBinding([.char("+")], .handUp),
        KeyBinding([.char("-")], .handDown),
        KeyBinding([.left], .previousPoll),
        KeyBinding([.right], .nextPoll),
        KeyBinding([.char("o")], .toggleOpen),
        KeyBinding([.char("r")], .toggleReveal),
    ]

    static let review: [KeyBinding] = [
        KeyBinding([.left, .char("[")], .previousRound),
        KeyBinding([.right, .char("]")], .nextRound),
        KeyBinding([.char("g")], .toggleGrouping),
        KeyBinding([.up], .selectPrevious),
        KeyBinding([.down], .selectNext),
        KeyBinding([.pageUp], .pageUp),
        KeyBinding([.pageDown], .pageDown),
        KeyBinding([.char("a")], .newAnswer),
    ]

    static let help: [KeyBinding] = [
        KeyBinding([.escape], .back),
        KeyBinding([.up], .selectPrevious),
        KeyBinding([.down], .selectNext),
    ]

    /// The request for a key that works even while typing.
    static func alwaysRequest(for key: Key) -> Request? {
        always.first { $0.keys.contains(key) }?.request
    }

    /// The request for `key` on `screen` when nothing is being typed; nil when the key means nothing there.
    static func request(for key: Key, on screen: ScreenKind) -> Request? {
        if let request = alwaysRequest(for: key) { return request }
        // A screen's own keys come first: Enter on the notes screen edits, on the help screen `?` goes back.
        if let binding = bindings(screen).first(where: { $0.keys.contains(key) }) { return binding.request }
        if screen == .help, key == .char("?") { return .back }
        if let binding = global.first(where: { $0.keys.contains(key) }) { return binding.request }
        guard screen == .poll, case .char(let c) = key else { return nil }
        if let digit = c.wholeNumberValue, c.isASCII { return .digit(digit) }
        if let index = optionLetters.firstIndex(of: c) { return .option(index) }
        return nil
    }
}
