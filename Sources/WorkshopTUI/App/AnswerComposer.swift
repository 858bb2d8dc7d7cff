import WorkshopModel

/// The answer box: first who said it (a few letters of the name), then what they said.
///
/// `a`, one or two letters, Enter — and the note-taker is typing the answer. `#tag` words in the text
/// become the answer's tags.
struct AnswerComposer: Equatable, Sendable {
    /// Where the box stands.
    enum Stage: Equatable, Sendable {
        case picking(PersonPicker)
        case writing
    }

    /// What a key did to the box.
    enum Outcome: Equatable, Sendable {
        case consumed
        case ignored
        case cancel
        case confirmDiscard
        /// The person was chosen: nobody matched, so this name should be added to the roster first.
        case addPerson(String)
        case submit
    }

    var stage: Stage
    /// The round (block id) the answer belongs to.
    let block: String
    /// Who said it; nil for anonymous.
    var person: PersonID?
    /// The answer being edited, if this is not a new one.
    let editing: RecordID?
    /// The text, `#tags` included.
    var editor: LineEditor
    /// A person being added from the picker, whose number is known once the roster has them.
    var awaitingPerson: String?
    private(set) var discardArmed = false

    /// A new answer for a round: starts by asking who.
    init(block: String) {
        self.block = block
        stage = .picking(PersonPicker(allowsAnonymous: true))
        editing = nil
        editor = LineEditor(allowsNewlines: true)
    }

    /// An existing answer to edit: its text and tags in the editor.
    init(editing answer: Answer) {
        block = answer.block
        person = answer.person
        editing = answer.id
        stage = .writing
        editor = LineEditor(text: Tags.join(text: answer.text, tags: answer.tags), allowsNewlines: true)
    }

    /// The text and tags to record.
    var typed: (text: String, tags: [String]) { Tags.split(editor.text) }

    /// Applies a key against the current roster.
    mutating func handle(_ key: Key, people: [Participant]) -> Outcome {
        let armed = discardArmed
        discardArmed = false
        switch stage {
        case .picking(var picker):
            let outcome = picker.handle(key, people: people)
            stage = .picking(picker)
            switch outcome {
            case .picked(.person(let id)):
                person = id
                stage = .writing
            case .picked(.anonymous):
                person = nil
                stage = .writing
            case .picked(.newPerson(let name)):
                awaitingPerson = name
                return .addPerson(name)
            case .cancelled:
                return .cancel
            case .consumed:
                return .consumed
            case .ignored:
                return .ignored
            }
            return .consumed
        case .writing:
            switch key {
            case .escape:
                if !editor.isEmpty, !armed {
                    discardArmed = true
                    return .confirmDiscard
                }
                return .cancel
            case .enter:
                return .submit
            default:
                return editor.handle(key) ? .consumed : .ignored
            }
        }
    }

    /// The roster now holds the person the picker asked to add: write their answer.
    mutating func personAdded(_ id: PersonID) {
        person = id
        awaitingPerson = nil
        stage = .writing
    }
}
