import Glibc

/// A screen's worth of cells in memory: views draw here, the terminal backend copies what changed.
///
/// Nothing can draw outside the buffer or split a wide character: `put` clips at its area and at the
/// edge, replaces a wide character that does not fit by a space, and drops control characters.
///
/// Each row is an array of its own, so a frame made from the one before (`BodyCache`) shares the rows it
/// leaves alone: changing the bottom row copies that row, not the screen, and the backend skips shared
/// rows without reading them (`sharesRow`). A key that changes one line touches a few kilobytes, not the
/// whole frame three times over, which on a cold cache was most of its time.
struct ScreenBuffer: Equatable, Sendable {
    /// Columns.
    let width: Int
    /// Rows.
    let height: Int
    /// Where the terminal cursor should show (a line editor sets it); nil keeps it hidden.
    var cursor: Point?

    /// The cursor when it is on the screen: one outside it stays hidden.
    var cursorOnScreen: Point? {
        guard let cursor, cursor.x >= 0, cursor.x < width, cursor.y >= 0, cursor.y < height else { return nil }
        return cursor
    }
    /// The rows, top to bottom; all start as one shared blank row, copied when first written.
    private var rows: [[Cell]]

    /// A blank buffer of the given size (negative sizes become 0).
    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        rows = Array(repeating: Array(repeating: .blank, count: self.width), count: self.height)
    }

    /// The whole buffer as a rectangle.
    var bounds: Rect { Rect(width: width, height: height) }

    /// The cell at a column and row; a blank cell outside the buffer.
    subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank }
        return rows[y][x]
    }

    /// The cell at a column and row, with labels: `buffer[x: 3, y: 1]`.
    subscript(x x: Int, y y: Int) -> Cell {
        self[x, y]
    }

    /// Writes text from (`x`, `y`) rightwards, clipped at `maxWidth` columns and at the buffer's edge.
    /// Returns the columns the text advanced (up to the clip), so calls can be chained with `x += put(…)`.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        let right = maxWidth.map { min(width, x + max(0, $0)) } ?? width
        return layOut(text, x: x, y: y, style: style, left: 0, right: right)
    }

    /// Writes text on one line of a rectangle, aligned within it and clipped to it.
    /// Returns the columns the text advanced inside the rectangle.
    @discardableResult
    mutating func put(
        _ text: String, in rect: Rect, line: Int = 0, style: Style = .plain,
        align: DisplayWidth.Alignment = .left
    ) -> Int {
        guard line >= 0, line < rect.height else { return 0 }
        var x = rect.x
        if align != .left {
            let gap = max(0, rect.width - DisplayWidth.of(text))
            x += align == .center ? gap / 2 : gap
        }
        return layOut(text, x: x, y: rect.y + line, style: style, left: max(0, rect.x), right: min(width, rect.maxX))
    }

    /// Sets every cell of the rectangle (clipped to the buffer) to `char` in `style`.
    /// A character that is not exactly one column wide fills with spaces instead.
    mutating func fill(_ rect: Rect, style: Style, char: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let text = DisplayWidth.of(char) == 1 ? String(char) : " "
        let cell = Cell(text: text, width: 1, style: style)
        for y in area.y..<area.maxY {
            rows[y].withUnsafeMutableBufferPointer { row in
                for x in area.x..<area.maxX { ScreenBuffer.set(cell, at: x, in: row) }
            }
        }
    }

    /// Changes the style of every cell in the rectangle (clipped to the buffer), keeping the text.
    mutating func style(_ rect: Rect, _ transform: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { transform(&rows[y][x].style) }
        }
    }

    /// Draws a single-line box around the rectangle's edge, with an optional title in the top line.
    mutating func frame(_ rect: Rect, style: Style = .plain, title: String? = nil, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let inner = rect.width - 2
        let line = String(repeating: "─", count: inner)
        put("┌" + line + "┐", in: rect, line: 0, style: style)
        for row in 1..<(rect.height - 1) {
            put("│", x: rect.x, y: rect.y + row, style: style, maxWidth: 1)
            put("│", x: rect.maxX - 1, y: rect.y + row, style: style, maxWidth: 1)
        }
        put("└" + line + "┘", in: rect, line: rect.height - 1, style: style)
        if let title, inner > 2 {
            let shown = DisplayWidth.truncate(" " + title + " ", to: inner - 1)
            put(shown, in: Rect(x: rect.x + 2, y: rect.y, width: inner - 1, height: 1), style: titleStyle ?? style)
        }
    }

    /// Calls `body` with row `y`'s cells (empty outside the buffer): the terminal backend reads whole rows
    /// this way, without a bounds check and a copy per cell.
    func withRow<Result>(_ y: Int, _ body: (UnsafeBufferPointer<Cell>) -> Result) -> Result {
        guard y >= 0, y < height else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return rows[y].withUnsafeBufferPointer(body)
    }

    /// Whether row `y` holds the same cells as in `other` (a buffer of the same width).
    func rowEquals(_ other: ScreenBuffer, row y: Int) -> Bool {
        guard other.width == width, y >= 0, y < height, y < other.height else { return false }
        if width == 0 || sharesRow(y, with: other) { return true }
        return rows[y].withUnsafeBufferPointer { mine in
            other.rows[y].withUnsafeBufferPointer { theirs in
                // A cell has no padding and one way to hold each value, so cells are equal exactly when
                // their bytes are.
                memcmp(mine.baseAddress!, theirs.baseAddress!, width * MemoryLayout<Cell>.stride) == 0
            }
        }
    }

    /// Whether row `y` is the very same storage in both buffers: one was made from the other and neither
    /// has written that row since. Nothing needs to be read to know the row is unchanged.
    func sharesRow(_ y: Int, with other: ScreenBuffer) -> Bool {
        guard y >= 0, y < height, y < other.height, width > 0 else { return false }
        let mine = rows[y].withUnsafeBufferPointer { $0.baseAddress }
        let theirs = other.rows[y].withUnsafeBufferPointer { $0.baseAddress }
        return mine == theirs
    }

    /// The text of one row, trailing spaces trimmed; "" outside the buffer.
    func row(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var line = ""
        for cell in rows[y] { line += cell.text }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// All rows joined by "\n", trailing spaces trimmed per row: the form golden files store.
    func text() -> String {
        (0..<height).map(row).joined(separator: "\n")
    }

    /// For tests: a row per line with "#" where `marked` holds for the cell's style and "." elsewhere,
    /// trailing dots trimmed.
    func styleMask(_ marked: (Style) -> Bool) -> String {
        (0..<height).map { y in
            var line = ""
            for cell in rows[y] { line.append(marked(cell.style) ? "#" : ".") }
            while line.last == "." { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// Lays the text's clusters out on row `y` from column `x`, drawing only between `left` and `right`.
    /// Zero-width clusters (control and format characters, stray marks) are dropped.
    private mutating func layOut(_ text: String, x: Int, y: Int, style: Style, left: Int, right: Int) -> Int {
        guard y >= 0, y < height, x < right else { return 0 }
        var column = x
        var text = text
        text.withUTF8 { utf8 in
            rows[y].withUnsafeMutableBufferPointer { row in
                var clusters = TextClusters.Iterator(utf8)
                while column < right, let cluster = clusters.next() {
                    let w = cluster.width
                    if w == 0 { continue }
                    if column + w <= left {
                        column += w
                        continue
                    }
                    if column < left || column + w > right {
                        // A wide character cut by the clip: show the visible half as a space.
                        for partial in max(column, left)..<min(column + w, right) {
                            ScreenBuffer.set(Cell.blank(style), at: partial, in: row)
                        }
                        column += w
                        continue
                    }
                    let bytes = UnsafeBufferPointer(rebasing: utf8[cluster.start..<cluster.end])
                    ScreenBuffer.set(Cell(utf8: bytes, width: w, style: style), at: column, in: row)
                    if w == 2 { ScreenBuffer.set(Cell(continuationOf: style), at: column + 1, in: row) }
                    column += w
                }
            }
        }
        return max(0, min(column, right) - max(x, left))
    }

    /// Replaces one cell of a row, first turning into a space whatever half of a wide character it would
    /// orphan. Works on the row's memory directly: this is the hot path of every frame.
    private static func set(_ cell: Cell, at x: Int, in row: UnsafeMutableBufferPointer<Cell>) {
        let old = row[x]
        if old.isContinuation, !cell.isContinuation, x > 0, row[x - 1].width == 2 {
            row[x - 1] = .blank(row[x - 1].style)
        }
        if old.width == 2, x + 1 < row.count, row[x + 1].isContinuation {
            row[x + 1] = .blank(row[x + 1].style)
        }
        row[x] = cell
    }
}
