import WorkshopModel

/// The close's records: how many actions, feedback and notes, and the most recent ones.
enum RecordsView {
    static func render(_ app: ConsoleApp, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height > 0 else { return }
        let s = app.strings
        let session = app.session
        let heading = "\(s.actions) (\(session.actionItems.count)) · \(s.feedback) (\(session.feedback.count)) · "
            + "\(s.notes) (\(session.notes.count))"
        Draw.heading(heading, in: rect, into: &buffer)
        var entries: [(id: RecordID, text: String)] = []
        for item in session.actionItems {
            let parts = [item.what.replacingNewlines(), item.who, item.due].compactMap { $0 }
            entries.append((item.id, "\(s.action): " + parts.joined(separator: " — ")))
        }
        for note in session.feedback { entries.append((note.id, "\(s.feedback): " + note.text.replacingNewlines())) }
        for note in session.notes { entries.append((note.id, "\(s.note): " + note.text.replacingNewlines())) }
        let list = rect.take(top: 1).rest
        guard !list.isEmpty else { return }
        if entries.isEmpty {
            buffer.put(s.recordsHint, in: list, style: Palette.dim)
            return
        }
        // Newest last, as in the answers list.
        let shown = entries.sorted { $0.id < $1.id }.suffix(list.height)
        for (i, entry) in shown.enumerated() {
            buffer.put(DisplayWidth.truncate(entry.text, to: list.width), in: list, line: i)
        }
    }
}
