import WorkshopModel

/// The re-plan suggestion: how far behind, which blocks to shorten to what, and what cannot be won back.
enum ReplanView {
    static func render(_ replan: Replan, strings s: Strings, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        var line = 0
        buffer.put("! " + s.behind(replan.behindMinutes), in: rect, line: line, style: Palette.amber)
        line += 1
        let changes = replan.changes.map { s.shorten(shortTitle($0.title), from: $0.fromMinutes, to: $0.toMinutes) }
        let uncovered = replan.uncoveredMinutes > 0 ? 1 : 0
        if !changes.isEmpty, line < rect.height {
            // One change per line when they fit, else all on wrapped lines.
            if rect.height - line - uncovered >= changes.count + 1 {
                buffer.put(s.suggestion + ":", in: rect, line: line)
                line += 1
                for change in changes {
                    buffer.put(DisplayWidth.truncate("  " + change, to: rect.width), in: rect, line: line)
                    line += 1
                }
            } else {
                line += Draw.wrapped("\(s.suggestion): " + changes.joined(separator: " · "), in: rect, line: line,
                                     maxLines: max(1, rect.height - line - uncovered), into: &buffer)
            }
        }
        if uncovered > 0, line < rect.height {
            buffer.put(DisplayWidth.truncate(s.uncovered(replan.uncoveredMinutes), to: rect.width), in: rect, line: line,
                       style: Palette.over)
        }
    }

    /// A block's title up to its dash, "Debat 2 – Opvolging…" → "Debat 2", so a suggestion fits a line.
    static func shortTitle(_ title: String) -> String {
        for dash in [" – ", " — ", " - ", ": "] {
            if let range = title.range(of: dash), title.distance(from: title.startIndex, to: range.lowerBound) >= 3 {
                return String(title[..<range.lowerBound])
            }
        }
        return DisplayWidth.truncate(title, to: 24)
    }
}
