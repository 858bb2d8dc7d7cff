import Foundation
import WorkshopModel

/// A small form typed on the notes or poll screen: a new person, an action, feedback, a note, or the
/// text of an open-poll answer. Tab moves between fields, Enter saves, Esc cancels (twice if text would
/// be lost).
struct Form: Equatable, Sendable {
    /// What the form records.
    enum Kind: Equatable, Sendable {
        case person
        case action
        case feedback
        case note
        case openVote(poll: String, voter: Voter)
    }

    /// What a key did to the form.
    enum Outcome: Equatable, Sendable {
        case submit
        case cancel
        /// Esc with text in the form: a second Esc discards it.
        case confirmDiscard
        case consumed
        case ignored
    }

    let kind: Kind
    /// The fields, in the order Tab visits them.
    var fields: [LineEditor]
    /// The field being typed in.
    var focus = 0
    /// Set by a first Esc while text would be lost.
    private(set) var discardArmed = false

    /// An empty form of this kind.
    init(_ kind: Kind) {
        self.kind = kind
        switch kind {
        case .person: fields = [LineEditor(allowsNewlines: false), LineEditor(allowsNewlines: false)]
        case .action: fields = [LineEditor(allowsNewlines: true), LineEditor(allowsNewlines: false),
                                LineEditor(allowsNewlines: false)]
        case .feedback, .note, .openVote: fields = [LineEditor(allowsNewlines: true)]
        }
    }

    /// A person form holding someone's name and group as they stand, to correct them.
    init(correcting person: Participant) {
        self.init(.person)
        fields[0].text = person.name
        fields[1].text = person.group ?? ""
    }

    /// Whether anything has been typed in any field.
    var hasText: Bool { fields.contains { !$0.isEmpty } }

    /// A field's text, trimmed; nil when empty.
    func value(_ index: Int) -> String? {
        guard fields.indices.contains(index) else { return nil }
        let text = fields[index].text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// Applies a key.
    mutating func handle(_ key: Key) -> Outcome {
        let armed = discardArmed
        discardArmed = false
        switch key {
        case .escape:
            if hasText, !armed {
                discardArmed = true
                return .confirmDiscard
            }
            return .cancel
        case .enter:
            return .submit
        case .tab:
            focus = (focus + 1) % fields.count
            return .consumed
        case .backTab:
            focus = (focus + fields.count - 1) % fields.count
            return .consumed
        default:
            return fields[focus].handle(key) ? .consumed : .ignored
        }
    }
}
