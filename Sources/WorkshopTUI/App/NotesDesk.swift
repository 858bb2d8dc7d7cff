import WorkshopModel

/// The notes screen's own state: the answer box, the open form, the selected answer.
struct NotesDesk: Equatable, Sendable {
    /// The answer box, while an answer is being captured or edited.
    var composer: AnswerComposer?
    /// Choosing whose name or group to correct, or whom to take off the roster.
    var renamePicker: PersonPicker?
    /// True when the open picker takes someone off the roster rather than correcting them.
    var removing = false
    /// The person whose name and group the open person form corrects (nil: the form adds someone).
    var renaming: PersonID?
    /// A person, action, feedback or note being typed.
    var form: Form?
    /// The selected answer of the current round (by record id); nil follows the newest.
    var selected: Int?
}
