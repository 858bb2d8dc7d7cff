import Synchronization
import WorkshopModel

/// Every key of the screen the help was opened from, then the keys that work everywhere, then the keys
/// of a text being typed: written from the same tables that handle the keys.
enum HelpScreen {
    static func render(_ app: ConsoleApp, area: Rect, into buffer: inout ScreenBuffer, at now: Instant) {
        // Two columns on a wide screen: the screen's own keys left, the rest right.
        let areas = area.width >= 110 ? area.columns([nil, nil], spacing: 4) : [area]
        let columns = laidOut(app, widths: areas.map(\.width))
        let longest = columns.map(\.count).max() ?? 0
        let scroll = min(app.helpScroll, max(0, longest - area.height))
        for (rows, column) in zip(columns, areas) {
            draw(rows, from: scroll, in: column, into: &buffer)
        }
    }

    /// What the laid-out columns follow from.
    private struct Layout: Equatable {
        var helpFor: ScreenKind
        var language: Language
        var widths: [Int]
    }

    /// The columns laid out last time: the help is the same text each time it opens, and wrapping it anew
    /// took a fifth of the time of the `?` key.
    private static let lastLayout = Mutex<(layout: Layout, columns: [[Row]])?>(nil)

    /// The help's rows in one column per width given: all of it, or with two, the screen's own keys left
    /// and the rest right.
    private static func laidOut(_ app: ConsoleApp, widths: [Int]) -> [[Row]] {
        let layout = Layout(helpFor: app.helpFor, language: app.language, widths: widths)
        if let kept = lastLayout.withLock({ $0?.layout == layout ? $0?.columns : nil }) { return kept }
        let all = lines(app)
        let columns: [[Row]]
        if widths.count == 2, let split = all.firstIndex(of: .blank) {
            columns = [rows(Array(all[..<split]), width: widths[0]), rows(Array(all[(split + 1)...]), width: widths[1])]
        } else {
            columns = [rows(all, width: widths[0])]
        }
        lastLayout.withLock { $0 = (layout, columns) }
        return columns
    }

    /// One drawn row: the keys (if any) and a piece of text.
    private struct Row: Sendable {
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
