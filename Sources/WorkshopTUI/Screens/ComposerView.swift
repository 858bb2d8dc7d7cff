import WorkshopModel

/// The answer box: first the roster filtered by what was typed, then the editor for the answer.
enum ComposerView {
    /// Rows the box wants: the picker's list, or the editor's text (3 to 8 rows), plus the frame.
    static func height(_ composer: AnswerComposer, app: ConsoleApp, width: Int, available: Int) -> Int {
        let wanted: Int
        switch composer.stage {
        case .picking(let picker):
            let found = picker.matches(in: app.session.activePeople).count
            wanted = 2 + 1 + min(9, max(1, found)) + (picker.allowsAnonymous ? 1 : 0)
        case .writing:
            let lines = composer.editor.render(width: max(1, width - 2)).lines.count
            wanted = 2 + min(8, max(3, lines))
        }
        // Leave the answers list at least a few rows when the screen is small.
        return min(wanted, max(3, available - 3), available)
    }

    static func render(_ composer: AnswerComposer, app: ConsoleApp, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height >= 3, rect.width >= 8 else { return }
        let s = app.strings
        let inner = rect.inset(by: 1)
        switch composer.stage {
        case .picking(let picker):
            buffer.frame(rect, style: Palette.title, title: s.answer + " — " + s.whoQuestion, titleStyle: Palette.title)
            PickerView.render(picker, app: app, in: inner, into: &buffer)
        case .writing:
            var who = s.name(composer.person, in: app.session)
            if let id = composer.person, let group = app.session.person(id)?.group { who += " (\(group))" }
            let title = composer.editing == nil ? "\(s.answer) · \(who)" : "\(s.editAnswer) · \(who)"
            buffer.frame(rect, style: Palette.title, title: title, titleStyle: Palette.title)
            Draw.field(composer.editor, in: inner, focused: true, into: &buffer)
        }
    }
}
