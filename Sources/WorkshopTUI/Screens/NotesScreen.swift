import WorkshopModel

/// The note-taker's screen: the roster, the current round's answers with the answer box, and the
/// close's actions, feedback and notes.
enum NotesScreen {
    static func render(_ app: ConsoleApp, area: Rect, into buffer: inout ScreenBuffer, at now: Instant) {
        var main = area
        // The roster beside the answers when there is room; the picker shows names anyway.
        if area.width >= 76 {
            let rosterWidth = area.width >= 110 ? 30 : 24
            let columns = area.columns([rosterWidth, nil], spacing: 2)
            RosterView.render(app, at: now, in: columns[0], into: &buffer)
            main = columns[1]
        }
        // The close's records below, when the rows allow it.
        let recordsHeight = area.height >= 30 ? 9 : (area.height >= 20 ? 4 : 0)
        let (recordsArea, upper) = main.take(bottom: recordsHeight)
        if recordsHeight > 0 {
            RecordsView.render(app, in: recordsArea.take(top: 1).rest, into: &buffer)
        }
        var answersArea = upper
        if let picker = app.notes.renamePicker {
            let found = picker.matches(in: app.session.activePeople).count
            let (box, below) = upper.take(top: min(upper.height, 3 + min(9, max(1, found))))
            if box.height >= 3 {
                buffer.frame(box, style: Palette.title, title: app.notes.removing ? app.strings.removeWho : app.strings.renameWho, titleStyle: Palette.title)
                PickerView.render(picker, app: app, in: box.inset(by: 1), into: &buffer)
            }
            answersArea = below
        } else if let composer = app.notes.composer {
            let boxHeight = ComposerView.height(composer, app: app, width: upper.width, available: upper.height)
            let (box, below) = upper.take(top: boxHeight)
            ComposerView.render(composer, app: app, in: box, into: &buffer)
            answersArea = below
        } else if let form = app.notes.form {
            let boxHeight = min(upper.height, FormView.height(form))
            let (box, below) = upper.take(top: boxHeight)
            FormView.render(form, strings: app.strings, renaming: app.notes.renaming != nil, in: box, into: &buffer)
            answersArea = below
        }
        AnswerListView.render(app, in: answersArea, into: &buffer)
    }
}
