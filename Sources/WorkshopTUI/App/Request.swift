/// What a key asks for, before any screen acts on it (keys are mapped to requests per screen by `KeyMap`).
enum Request: Equatable, Sendable {
    // Everywhere.
    case show(ScreenKind)
    case nextScreen
    case previousScreen
    case help
    case undo
    case quit
    case suspend
    case back

    // Console: the clock.
    case startPause
    case nextBlock
    case previousBlock
    case nextPhase
    case previousPhase
    case goToBlock
    case shiftPlan(minutes: Int)
    case endWorkshop
    // Console: who has the floor.
    case speakerModerator
    case speakerPresenter
    case speakerParticipant
    case pickSpeaker
    case speakerNobody
    // Console: the room's web server.
    case roomPanel
    case closeRoom

    // Notes.
    case newAnswer
    case addPerson
    case renamePerson
    case removePerson
    case newAction
    case newFeedback
    case newNote
    case selectPrevious
    case selectNext
    case selectFirst
    case selectLast
    case pageUp
    case pageDown
    case edit
    case delete
    case toggleHidden

    // Poll.
    case previousPoll
    case nextPoll
    case toggleOpen
    case toggleReveal
    case toggleHands
    case handUp
    case handDown
    case retract
    case confirm
    /// A digit: a scale value or a traffic light.
    case digit(Int)
    /// The option with this index (its letter is `KeyMap.optionLetters[index]`).
    case option(Int)

    // Review.
    case previousRound
    case nextRound
    case toggleGrouping
}
