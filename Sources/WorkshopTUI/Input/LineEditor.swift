/// The text being typed into a field: a small multi-line editor with the keys of a shell prompt.
///
/// The cursor counts grapheme clusters, so "é", "👍🏽" and "🇧🇪" each move as one. Enter and Tab are left
/// to the screen (submit, next field); Alt-Enter or Ctrl-J insert a line break when `allowsNewlines`.
struct LineEditor: Equatable, Sendable {
    /// Whether line breaks may be typed or pasted (names and tags are one line).
    var allowsNewlines: Bool
    /// When set (> 0), Up and Down move by wrapped rows of this width instead of by lines of text.
    var wrapWidth: Int = 0
    private var characters: [Character]
    /// Where the cursor stands: the number of grapheme clusters before it.
    private(set) var cursor: Int
    /// The text last cut with Ctrl-K, Ctrl-U or Ctrl-W, put back by Ctrl-Y.
    private var killed: [Character] = []
    /// The column Up and Down aim for, kept across short rows until another key moves the cursor.
    private var goalColumn: Int?

    /// An editor holding `text` (cleaned), the cursor at its end.
    init(text: String = "", allowsNewlines: Bool = true) {
        self.allowsNewlines = allowsNewlines
        characters = Array(TypedText.clean(text, keepNewlines: allowsNewlines))
        cursor = characters.count
    }

    /// The text; setting it cleans it and puts the cursor at the end.
    var text: String {
        get { String(characters) }
        set {
            characters = Array(TypedText.clean(newValue, keepNewlines: allowsNewlines))
            cursor = characters.count
        }
    }

    /// Whether nothing has been typed.
    var isEmpty: Bool { characters.isEmpty }

    /// Empties the editor.
    mutating func clear() {
        characters = []
        cursor = 0
    }

    /// Moves the cursor to a grapheme offset (clamped to the text).
    mutating func moveCursor(to offset: Int) {
        cursor = min(max(0, offset), characters.count)
    }

    /// Inserts text at the cursor, cleaned of control characters and escape sequences. A combining mark,
    /// a joiner or the second half of a flag typed on its own joins the character before the cursor.
    mutating func insert(_ text: String) {
        let clean = TypedText.clean(text, keepNewlines: allowsNewlines)
        guard !clean.isEmpty else { return }
        let before = String(characters[..<cursor]) + clean
        let merged = Array(before)
        characters.replaceSubrange(..<cursor, with: merged)
        cursor = merged.count
    }

    /// Applies an editing key. Returns false for keys it leaves to the screen (Enter, Tab, Esc, function
    /// keys…) and for moves that cannot go further (Up on the first row, Down on the last).
    mutating func handle(_ key: Key) -> Bool {
        if key != .up && key != .down { goalColumn = nil }
        switch key {
        case .char(let c):
            let text = String(c)
            guard !TypedText.clean(text, keepNewlines: false).isEmpty else { return false }
            insert(text)
        case .paste(let s):
            insert(s)
        case .ctrl("j"), .alt("\n"), .alt("\r"):
            guard allowsNewlines else { return false }
            insert("\n")
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left, .ctrl("b"):
            cursor = max(0, cursor - 1)
        case .right, .ctrl("f"):
            cursor = min(characters.count, cursor + 1)
        case .ctrlLeft, .alt("b"):
            cursor = wordStart(before: cursor)
        case .ctrlRight, .alt("f"):
            cursor = wordEnd(after: cursor)
        case .home, .ctrl("a"):
            cursor = lineStart(of: cursor)
        case .end, .ctrl("e"):
            cursor = lineEnd(of: cursor)
        case .up:
            return moveVertically(by: -1)
        case .down:
            return moveVertically(by: 1)
        case .ctrl("k"):
            let end = lineEnd(of: cursor)
            // At the end of a line, Ctrl-K joins the next line, as in Emacs.
            cut(cursor..<(end == cursor && end < characters.count ? end + 1 : end))
        case .ctrl("u"):
            cut(lineStart(of: cursor)..<cursor)
        case .ctrl("w"), .alt("\u{7F}"), .alt("\u{8}"):
            cut(wordStart(before: cursor)..<cursor)
        case .alt("d"):
            cut(cursor..<wordEnd(after: cursor))
        case .ctrl("y"):
            characters.insert(contentsOf: killed, at: cursor)
            cursor += killed.count
        default:
            return false
        }
        return true
    }

    /// The text wrapped to `width` columns (at spaces where possible), with the cursor's row and column.
    /// A cursor right after a full row stands at the start of the next (possibly empty) row.
    func render(width: Int) -> (lines: [String], cursorRow: Int, cursorColumn: Int) {
        guard width > 0 else { return ([""], 0, 0) }
        let rows = layout(width: width)
        var lines = rows.map { String(characters[$0.start..<$0.end]) }
        var (row, column) = position(of: cursor, in: rows)
        if column >= width {
            // Give the cursor a row of its own rather than standing on the next line's first character.
            row += 1
            column = 0
            lines.insert("", at: row)
        }
        return (lines, row, column)
    }

    /// Like `render(width:)`, showing at most `height` rows: the window scrolls to keep the cursor in view.
    func render(width: Int, height: Int) -> (lines: [String], cursorRow: Int, cursorColumn: Int) {
        let full = render(width: width)
        guard height > 0 else { return ([], 0, full.cursorColumn) }
        guard full.lines.count > height else { return full }
        let first = min(max(0, full.cursorRow - height + 1), full.lines.count - height)
        return (Array(full.lines[first..<(first + height)]), full.cursorRow - first, full.cursorColumn)
    }

    // MARK: - Movement

    private func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_"
    }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, !isWordCharacter(characters[i - 1]) { i -= 1 }
        while i > 0, isWordCharacter(characters[i - 1]) { i -= 1 }
        return i
    }

    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count, !isWordCharacter(characters[i]) { i += 1 }
        while i < characters.count, isWordCharacter(characters[i]) { i += 1 }
        return i
    }

    private func lineStart(of index: Int) -> Int {
        var i = index
        while i > 0, characters[i - 1] != "\n" { i -= 1 }
        return i
    }

    private func lineEnd(of index: Int) -> Int {
        var i = index
        while i < characters.count, characters[i] != "\n" { i += 1 }
        return i
    }

    private mutating func cut(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        killed = Array(characters[range])
        characters.removeSubrange(range)
        cursor = range.lowerBound
    }

    /// Up or down one row, keeping the display column as far as the target row allows.
    private mutating func moveVertically(by delta: Int) -> Bool {
        let rows = layout(width: wrapWidth > 0 ? wrapWidth : Int.max)
        let (row, current) = position(of: cursor, in: rows)
        let target = row + delta
        guard target >= 0, target < rows.count else { return false }
        let column = goalColumn ?? current
        goalColumn = column
        let r = rows[target]
        var i = r.start, used = 0
        while i < r.end {
            let w = DisplayWidth.of(characters[i])
            if used + w > column { break }
            used += w
            i += 1
        }
        cursor = i
        return true
    }

    // MARK: - Layout

    /// One row on screen: characters `start..<end`; `continues` when the next row is the same line of text.
    private struct Row {
        var start: Int
        var end: Int
        var continues: Bool
    }

    private func layout(width: Int) -> [Row] {
        var rows: [Row] = []
        var lineStart = 0
        while true {
            let lineEnd = self.lineEnd(of: lineStart)
            var start = lineStart, i = lineStart, used = 0
            var breakAfterSpace: Int?
            while i < lineEnd {
                let w = DisplayWidth.of(characters[i])
                if used + w > width, i > start {
                    let end = breakAfterSpace.map { $0 > start ? $0 : i } ?? i
                    rows.append(Row(start: start, end: end, continues: true))
                    start = end
                    used = characters[start..<i].reduce(0) { $0 + DisplayWidth.of($1) }
                    breakAfterSpace = nil
                    continue
                }
                used += w
                if characters[i] == " " { breakAfterSpace = i + 1 }
                i += 1
            }
            rows.append(Row(start: start, end: lineEnd, continues: false))
            guard lineEnd < characters.count else { return rows }
            lineStart = lineEnd + 1
        }
    }

    private func position(of index: Int, in rows: [Row]) -> (row: Int, column: Int) {
        for (n, r) in rows.enumerated() {
            let inside = index >= r.start && (index < r.end || (index == r.end && !r.continues))
            if inside {
                let column = characters[r.start..<index].reduce(0) { $0 + DisplayWidth.of($1) }
                return (n, column)
            }
        }
        return (max(0, rows.count - 1), 0)
    }
}
