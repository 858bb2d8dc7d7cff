import WorkshopModel

/// A small form in a box: one labelled field per row (a multi-line field gets three rows).
enum FormView {
    /// Rows the form takes, frame included.
    static func height(_ form: Form) -> Int {
        2 + form.fields.reduce(0) { $0 + ($1.allowsNewlines ? 3 : 1) }
    }

    /// The title and field labels of a form.
    static func labels(_ form: Form, strings s: Strings) -> (title: String, fields: [String]) {
        switch form.kind {
        case .person: (s.newPerson, [s.name, s.group])
        case .action: (s.newAction, [s.what, s.who, s.byWhen])
        case .feedback: (s.newFeedback, [s.newFeedback])
        case .note: (s.newNote, [s.newNote])
        case .openVote: (s.openAnswer, [s.answer])
        }
    }

    static func render(_ form: Form, strings s: Strings, voterName: String? = nil, renaming: Bool = false, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height >= 3, rect.width >= 8 else { return }
        var (title, fields) = labels(form, strings: s)
        if renaming { title = s.renamePerson }
        if let voterName { fields = [voterName] }
        buffer.frame(rect, style: Palette.title, title: title, titleStyle: Palette.title)
        let inner = rect.inset(by: 1)
        let labelWidth = min(fields.map(DisplayWidth.of).max() ?? 0, inner.width / 3) + 2
        var y = inner.y
        for (i, editor) in form.fields.enumerated() where y < inner.maxY {
            let rows = min(editor.allowsNewlines ? 3 : 1, inner.maxY - y)
            buffer.put(DisplayWidth.truncate(fields[i] + ":", to: labelWidth - 1), x: inner.x, y: y,
                       style: i == form.focus ? Palette.title : Palette.dim, maxWidth: labelWidth - 1)
            let field = Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: rows)
            Draw.field(editor, in: field, focused: i == form.focus, into: &buffer)
            y += rows
        }
    }
}
