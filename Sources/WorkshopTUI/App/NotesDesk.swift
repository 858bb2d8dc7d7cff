import WorkshopModel

/// The notes screen's own state: the answer box, the open form, the selected answer.
struct NotesDesk: Equatable, Sendable {
    /// The answer box, while an answer is being captured or edited.
    var composer: AnswerComposer?
    /// Choosing whose name or group to correct.
    var renamePicker: PersonPicker?
    /// The person whose name and group the open person form corrects (nil: the form adds someone).
    var renaming: PersonID?
    /// A person, action, feedback or note being typed.
    var form: Form?
    /// The selected answer of the current round (by record id); nil follows the newest.
    var selected: Int?
}
