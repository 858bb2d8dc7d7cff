import WorkshopModel

/// Every key of the screen the help was opened from, then the keys that work everywhere, then the keys
/// of a text being typed: written from the same tables that handle the keys.
enum HelpScreen {
    static func render(_ app: ConsoleApp, area: Rect, into buffer: inout ScreenBuffer, at now: Instant) {
        let all = lines(app)
        // Two columns on a wide screen: the screen's own keys left, the rest right.
        if area.width >= 110, let split = all.firstIndex(of: .blank) {
            let columns = area.columns([nil, nil], spacing: 4)
            let left = rows(Array(all[..<split]), width: columns[0].width)
            let right = rows(Array(all[(split + 1)...]), width: columns[1].width)
            let scroll = min(app.helpScroll, max(0, max(left.count, right.count) - area.height))
            draw(left, from: scroll, in: columns[0], into: &buffer)
            draw(right, from: scroll, in: columns[1], into: &buffer)
            return
        }
        let laidOut = rows(all, width: area.width)
        let scroll = min(app.helpScroll, max(0, laidOut.count - area.height))
        draw(laidOut, from: scroll, in: area, into: &buffer)
    }

    /// One drawn row: the keys (if any) and a piece of text.
    private struct Row {
        var keys: String
        var text: String
        var style: Style
        var isHeading = false
    }

    /// The lines laid out for a column: descriptions wrapped beside the keys, each section with a key
    /// column as wide as its longest keys.
    private static func rows(_ lines: [Line], width: Int) -> [Row] {
        var rows: [Row] = []
        var keyWidth = 0
        for (index, line) in lines.enumerated() {
            if index == 0 || line == .blank || { if case .heading = line { return true } else { return false } }() {
                let section = lines[(index + 1)...].prefix { $0 != .blank }
                let longest = section.compactMap { line -> Int? in
                    if case .key(let keys, _) = line { return DisplayWidth.of(keys) }
                    return nil
                }.max() ?? 0
                keyWidth = min(longest + 2, max(6, width * 2 / 5))
            }
            switch line {
            case .heading(let text):
                rows.append(Row(keys: "", text: text, style: Palette.heading, isHeading: true))
            case .key(let keys, let what):
                let wrapped = DisplayWidth.wrap(what, to: max(1, width - keyWidth - 1))
                for (n, piece) in wrapped.enumerated() {
                    rows.append(Row(keys: n == 0 ? DisplayWidth.pad(keys, to: keyWidth) : String(repeating: " ", count: keyWidth),
                                    text: piece, style: Palette.plain))
                }
            case .text(let text):
                for piece in DisplayWidth.wrap(text, to: max(1, width - 1)) {
                    rows.append(Row(keys: "", text: piece, style: Palette.dim))
                }
            case .blank:
                rows.append(Row(keys: "", text: "", style: Palette.plain))
            }
        }
        return rows
    }

    /// Draws rows from `first` on; a last row of "…" says there is more below (↓ scrolls).
    private static func draw(_ rows: [Row], from first: Int, in rect: Rect, into buffer: inout ScreenBuffer) {
        let visible = Array(rows.dropFirst(first).prefix(rect.height))
        let more = first + rect.height < rows.count
        for (i, row) in visible.enumerated() {
            let line = rect.row(i)
            if more, i == rect.height - 1 {
                buffer.put("↓ …", in: line, style: Palette.dim)
                break
            }
            if row.isHeading {
                Draw.heading(row.text, in: line, into: &buffer)
                continue
            }
            let used = row.keys.isEmpty ? 0 : buffer.put(row.keys, in: line, style: Palette.title) + 1
            buffer.put(row.text, x: line.x + used, y: line.y, style: row.style, maxWidth: max(0, line.width - used))
        }
    }

    /// One line of the help.
    enum Line: Equatable {
        case heading(String)
        case key(String, String)
        case text(String)
        case blank
    }

    /// The whole help for the screen it was opened from.
    static func lines(_ app: ConsoleApp) -> [Line] {
        let s = app.strings
        var lines: [Line] = [.heading("\(s.keys) — \(s.heading(app.helpFor))")]
        for binding in KeyMap.bindings(app.helpFor) {
            lines.append(.key(s.keys(binding), s.describe(binding.request)))
        }
        if app.helpFor == .console { lines.append(.text(s.blockMarks)) }
        lines += [.blank, .heading(s.everywhere)]
        for binding in KeyMap.global + KeyMap.always {
            lines.append(.key(s.keys(binding), s.describe(binding.request)))
        }
        lines += [.blank, .heading(s.whileTyping)]
        for (keys, what) in s.typingKeys { lines.append(.key(keys, what)) }
        return lines
    }
}
