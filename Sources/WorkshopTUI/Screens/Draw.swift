/// Small drawing pieces the screens share: gauges, wrapped text, headings, text fields.
enum Draw {
    /// A horizontal bar `width` columns wide, `fraction` (0–1) filled, with an optional marker column at
    /// `marker` (0–1). Filled cells are "█", empty ones "░", the marker "│" — readable without colour.
    static func gauge(
        _ buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, fraction: Double, marker: Double? = nil,
        style: Style = Palette.bar
    ) {
        guard width > 0 else { return }
        let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded())
        let markAt = marker.map { min(width - 1, max(0, Int(($0 * Double(width)).rounded()))) }
        for i in 0..<width {
            if i == markAt {
                buffer.put(i < filled ? "┃" : "│", x: x + i, y: y, style: Palette.marker, maxWidth: 1)
            } else if i < filled {
                buffer.put("█", x: x + i, y: y, style: style, maxWidth: 1)
            } else {
                buffer.put("░", x: x + i, y: y, style: Palette.dim, maxWidth: 1)
            }
        }
    }

    /// Writes `text` wrapped to the rectangle's width from row `line`, at most `maxLines` rows (the last
    /// one ending in "…" when cut). Returns the rows used.
    @discardableResult
    static func wrapped(
        _ text: String, in rect: Rect, line: Int = 0, maxLines: Int? = nil, style: Style = .plain,
        into buffer: inout ScreenBuffer
    ) -> Int {
        let room = min(rect.height - line, maxLines ?? Int.max)
        guard room > 0, rect.width > 0 else { return 0 }
        var lines = DisplayWidth.wrap(text, to: rect.width)
        if lines.count > room {
            lines = Array(lines.prefix(room))
            let last = lines[room - 1]
            lines[room - 1] = DisplayWidth.truncate(last, to: rect.width - 1, ellipsis: false) + "…"
        }
        for (i, text) in lines.enumerated() {
            buffer.put(text, in: rect, line: line + i, style: style)
        }
        return lines.count
    }

    /// A section heading on one row: bold text, then a thin rule to the right edge.
    static func heading(_ text: String, in rect: Rect, line: Int = 0, into buffer: inout ScreenBuffer) {
        guard line < rect.height else { return }
        let used = buffer.put(text, in: rect, line: line, style: Palette.heading)
        let rule = rect.width - used - 1
        if rule > 0 {
            buffer.put(String(repeating: "─", count: rule), x: rect.x + used + 1, y: rect.y + line,
                       style: Palette.dim, maxWidth: rule)
        }
    }

    /// A text field: the editor's text wrapped into the rectangle (scrolled to keep the cursor in view),
    /// underlined when focused, with the cursor drawn and the terminal cursor placed on it.
    static func field(_ editor: LineEditor, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let shown = editor.render(width: rect.width, height: rect.height)
        let style = focused ? Palette.field : Palette.plain
        if focused { buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: min(rect.height, max(1, shown.lines.count))), style: style) }
        for (i, line) in shown.lines.enumerated() where i < rect.height {
            buffer.put(line, in: rect, line: i, style: style)
        }
        guard focused else { return }
        let cx = rect.x + min(shown.cursorColumn, rect.width - 1), cy = rect.y + shown.cursorRow
        guard cy < rect.maxY else { return }
        let under = buffer[x: cx, y: cy]
        buffer.put(under.width == 0 || under.text.isEmpty ? " " : under.text, x: cx, y: cy, style: Palette.cursor,
                   maxWidth: max(1, under.width))
        buffer.cursor = Point(x: cx, y: cy)
    }

    /// The countdown in big characters, `scale` times as wide and as high (2 for a large window read from
    /// across the room).
    static func big(_ text: String, scale: Int) -> [String] {
        let rows = BigDigits.render(text)
        guard scale > 1 else { return rows }
        // Scalar by scalar (the glyphs are blocks and spaces): Character arrays made this the costliest
        // part of a console frame.
        return rows.flatMap { row in
            var wide = String.UnicodeScalarView()
            for scalar in row.unicodeScalars {
                for _ in 0..<scale { wide.append(scalar) }
            }
            return Array(repeating: String(wide), count: scale)
        }
    }
}
