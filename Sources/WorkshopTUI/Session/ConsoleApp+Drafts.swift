import Foundation
import WorkshopModel
import WorkshopStore

/// Text typed but not yet recorded, as drafts the session file keeps: the notes screen's answer box or
/// form under the key "notes", the poll screen's open-answer form under "poll".
extension ConsoleApp {
    /// What an open box holds, enough to open it again as it was.
    struct DraftSlot: Codable, Equatable {
        enum Kind: String, Codable {
            case answer, person, action, feedback, note, openVote
        }

        var kind: Kind
        var block: String?
        var person: PersonID?
        var editing: RecordID?
        var poll: String?
        var voter: Voter?
        var fields: [String]
        var focus: Int
    }

    /// The draft texts the console holds now, by key (a box with nothing typed has none).
    var draftTexts: [String: String] {
        var result: [String: String] = [:]
        if let composer = notes.composer, composer.stage == .writing, !composer.editor.isEmpty {
            result["notes"] = Self.encode(DraftSlot(
                kind: .answer, block: composer.block, person: composer.person, editing: composer.editing,
                fields: [composer.editor.text], focus: 0))
        } else if let form = notes.form, form.hasText, let kind = Self.slotKind(form.kind) {
            result["notes"] = Self.encode(DraftSlot(kind: kind, fields: form.fields.map(\.text), focus: form.focus))
        }
        if let room, room.isOpen { result[RoomBoard.draftKey] = room.encoded }
        if let form = poll.form, form.hasText, case .openVote(let pollID, let voter) = form.kind {
            result["poll"] = Self.encode(DraftSlot(kind: .openVote, poll: pollID, voter: voter,
                                                   fields: form.fields.map(\.text), focus: form.focus))
        }
        return result
    }

    /// Opens the boxes the drafts describe again, with their text, and says so; returns how many.
    @discardableResult
    mutating func restore(drafts: [Draft]) -> Int {
        var restored: [String] = []
        for draft in drafts {
            guard let slot = try? JSONDecoder().decode(DraftSlot.self, from: Data(draft.text.utf8)),
                  let first = slot.fields.first
            else { continue }
            switch (draft.key, slot.kind) {
            case ("notes", .answer):
                guard let block = slot.block, session.agenda.block(id: block) != nil else { continue }
                var composer: AnswerComposer
                if let id = slot.editing {
                    guard let answer = session.answers.first(where: { $0.id == id && !$0.deleted }) else { continue }
                    composer = AnswerComposer(editing: answer)
                } else {
                    composer = AnswerComposer(block: block)
                    composer.stage = .writing
                    composer.person = slot.person
                }
                composer.editor = LineEditor(text: first, allowsNewlines: true)
                notes.form = nil
                notes.composer = composer
                screen = .notes
                restored.append(first)
            case ("notes", let kind):
                guard let formKind = Self.formKind(kind) else { continue }
                var form = Form(formKind)
                for (index, text) in slot.fields.enumerated() where form.fields.indices.contains(index) {
                    form.fields[index].text = text
                }
                form.focus = min(max(0, slot.focus), form.fields.count - 1)
                notes.composer = nil
                notes.form = form
                screen = .notes
                restored.append(slot.fields.first { !$0.isEmpty } ?? first)
            case ("poll", .openVote):
                guard let pollID = slot.poll, let voter = slot.voter, session.poll(id: pollID) != nil else { continue }
                var form = Form(.openVote(poll: pollID, voter: voter))
                form.fields[0].text = first
                poll.form = form
                poll.pollID = pollID
                if restored.isEmpty { screen = .poll }
                restored.append(first)
            default:
                continue
            }
        }
        if let text = restored.first {
            let preview = DisplayWidth.truncate(text.replacingOccurrences(of: "\n", with: " "), to: 40)
            message = .info(strings.t("Niet-bewaarde tekst teruggezet: “\(preview)” — Enter bewaart, Esc twee keer gooit weg.",
                                      "Unsaved text brought back: “\(preview)” — Enter saves it, Esc twice discards it."))
        }
        return restored.count
    }

    private static func slotKind(_ kind: Form.Kind) -> DraftSlot.Kind? {
        switch kind {
        case .person: .person
        case .action: .action
        case .feedback: .feedback
        case .note: .note
        case .openVote: nil
        }
    }

    private static func formKind(_ kind: DraftSlot.Kind) -> Form.Kind? {
        switch kind {
        case .person: .person
        case .action: .action
        case .feedback: .feedback
        case .note: .note
        case .answer, .openVote: nil
        }
    }

    private static func encode(_ slot: DraftSlot) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(slot)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
