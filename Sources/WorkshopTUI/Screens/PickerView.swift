import Foundation
import WorkshopModel

/// The typed part of a name and the people it matches, numbered for a one-digit pick; the line Enter
/// would take is highlighted.
enum PickerView {
    static func render(_ picker: PersonPicker, app: ConsoleApp, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height > 0 else { return }
        let s = app.strings
        let people = app.session.activePeople
        let found = picker.matches(in: people)
        let highlighted = picker.highlighted(in: people)
        let label = "\(s.who): "
        let labelWidth = DisplayWidth.of(label)
        buffer.put(label, in: rect, style: Palette.title)
        Draw.field(picker.query, in: Rect(x: rect.x + labelWidth, y: rect.y, width: max(1, rect.width - labelWidth), height: 1),
                   focused: true, into: &buffer)
        var line = 1
        if picker.allowsAnonymous, line < rect.height {
            let style = highlighted == nil && picker.query.isEmpty ? Palette.selected : Palette.dim
            buffer.put(DisplayWidth.pad("0 \(s.anonymous)", to: rect.width), in: rect, line: line, style: style)
            line += 1
        }
        if found.isEmpty, line < rect.height {
            let typed = picker.query.text.trimmingCharacters(in: .whitespaces)
            let text = typed.isEmpty ? s.addPeopleHint : s.enterAdds(typed)
            buffer.put(DisplayWidth.truncate(text, to: rect.width), in: rect, line: line, style: Palette.dim)
            return
        }
        for (i, person) in found.enumerated() where line < rect.height {
            if line == rect.height - 1, i < found.count - 1, i >= 9 {
                buffer.put(s.more(found.count - i), in: rect, line: line, style: Palette.dim)
                break
            }
            let number = i < 9 ? "\(i + 1) " : "  "
            var text = number + person.name
            if let group = person.group { text += " · \(group)" }
            if person.role != .participant { text += " · \(s.role(person.role))" }
            let style = i == highlighted ? Palette.selected : Palette.plain
            buffer.put(DisplayWidth.pad(text, to: rect.width), in: rect, line: line, style: style)
            line += 1
        }
    }
}
