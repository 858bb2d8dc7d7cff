/// Turns a frame into the bytes that bring the terminal from the last frame to it: cursor moves, styles
/// from terminfo and UTF-8 text, for the changed cells only.
///
/// The backend knows exactly which cells changed, so it writes these bytes itself: handing the cells to
/// ncurses cost as much again, as ncurses stored them, compared them with its own copy of the screen and
/// worked out each colour and cursor sequence anew (`tiparm`, `vfprintf`, `wcwidth` per character).
///
/// Between frames the terminal is left in the plain style, as ncurses (which clears the screen and gives
/// the terminal back) expects it.
struct FrameEncoder {
    let codes: TerminalCodes
    /// glibc's width of a scalar, which the terminal goes by; -1 when unprintable.
    private let systemWidth: (UInt32) -> Int
    /// The scalars whose system width is remembered, by their lowest byte, and those widths.
    private var widthKeys = [UInt32](repeating: 0, count: 256)
    private var widthValues = [Int8](repeating: 0, count: 256)
    /// Styles seen so far and their bytes. Arrays searched in order rather than a dictionary: a screen uses
    /// a dozen styles, and a dictionary of a new type costs the first frame a search of every protocol
    /// conformance in the program.
    private var seenStyles: [Style] = []
    private var seenBytes: [[UInt8]] = []
    /// The style the terminal is in while a frame is written.
    private var current = Style.plain
    /// Whether `codes.resetStyle` also gives back the terminal's own colours: worked out once, not at every
    /// change of style.
    private let resetStyleResetsColors: Bool

    /// Runs of changed cells this close together are written as one, the cells between included: a cursor
    /// move takes more bytes than they do.
    private static let joinableGap = 4
    /// Plain blanks this many or more inside a run are erased (CSI n X) rather than written.
    private static let erasableBlanks = 12

    init(codes: TerminalCodes, systemWidth: @escaping (UInt32) -> Int) {
        self.codes = codes
        self.systemWidth = systemWidth
        resetStyleResetsColors = codes.resetStyleResetsColors
    }

    /// Appends to `out` what turns the screen `old` shows into `new`. With no `old` (a different size, or
    /// after a repaint was asked for) the screen is taken to be cleared: only cells that are not plain
    /// blanks are written. Ends with the cursor where `new` wants it, when it wants one.
    mutating func encode(_ new: ScreenBuffer, over old: ScreenBuffer?, into out: inout [UInt8]) {
        let previous = old.flatMap { $0.width == new.width && $0.height == new.height ? $0 : nil }
        current = .plain
        let blank = Cell.blank
        // Which columns of the row being written changed. Local, and through a pointer: the loops then pay
        // neither an exclusivity nor a uniqueness check per access.
        var changedColumns = [Bool](repeating: false, count: new.width)
        changedColumns.withUnsafeMutableBufferPointer { changed in
            for y in 0..<new.height {
                if let previous, new.rowEquals(previous, row: y) { continue }
                new.withRow(y) { row in
                    if let previous {
                        previous.withRow(y) { before in
                            for x in 0..<row.count { changed[x] = row[x] != before[x] }
                        }
                    } else {
                        for x in 0..<row.count { changed[x] = row[x] != blank }
                    }
                    encode(row: row, y: y, height: new.height, changed: changed, blank: blank, into: &out)
                }
            }
        }
        if current != .plain { switchStyle(to: .plain, into: &out) }
        if let cursor = new.cursorOnScreen {
            moveCursor(row: cursor.y, column: cursor.x, into: &out)
        }
    }

    private mutating func encode(
        row: UnsafeBufferPointer<Cell>, y: Int, height: Int, changed: UnsafeMutableBufferPointer<Bool>, blank: Cell,
        into out: inout [UInt8]
    ) {
        let width = row.count
        // A wide character is written whole: a change to either half rewrites both.
        for x in 0..<width where changed[x] {
            if row[x].isContinuation, x > 0 { changed[x - 1] = true }
            if row[x].width == 2, x + 1 < width { changed[x + 1] = true }
        }
        // Where the row's plain blanks up to its end begin: from there the row is cleared in one sequence
        // rather than written, whatever it showed.
        var blankFrom = width
        let clear = codes.clearToEndOfLine
        if clear != nil {
            while blankFrom > 0, row[blankFrom - 1] == blank { blankFrom -= 1 }
        }
        let erases = codes.erasesCharacters
        // The bottom-right cell is left alone where writing it would scroll the screen.
        let last = codes.bottomRightScrolls && y == height - 1 ? width - 1 : width
        var x = 0
        while x < width {
            guard changed[x] else {
                x += 1
                continue
            }
            var end = x
            while true {
                while end < width, changed[end] { end += 1 }
                var next = end
                while next < width, next - end <= FrameEncoder.joinableGap, !changed[next] { next += 1 }
                guard next < width, next - end <= FrameEncoder.joinableGap, changed[next] else { break }
                end = next
            }
            moveCursor(row: y, column: x, into: &out)
            var rowDone = false
            while x < end {
                if x >= blankFrom, let clear {
                    if current != .plain { switchStyle(to: .plain, into: &out) }
                    out.append(contentsOf: clear)
                    rowDone = true
                    break
                }
                let cell = row[x]
                if erases, cell == blank {
                    var blanks = x + 1
                    while blanks < end, row[blanks] == blank { blanks += 1 }
                    if blanks - x >= FrameEncoder.erasableBlanks {
                        // Erased in place, then past them: shorter than the spaces.
                        if current != .plain { switchStyle(to: .plain, into: &out) }
                        out += [0x1B, 0x5B]
                        FrameEncoder.appendDecimal(blanks - x, to: &out)
                        out.append(0x58)
                        x = blanks
                        if x < end { moveCursor(row: y, column: x, into: &out) }
                        continue
                    }
                }
                let columns = max(cell.width, 1)
                if x + columns > last { break }
                if cell.style != current { switchStyle(to: cell.style, into: &out) }
                if cell.isContinuation {
                    // The right half of a character written whole is skipped with it; one on its own (its
                    // left half cut off) is a blank, so the cursor keeps in step with the cells.
                    out.append(0x20)
                } else {
                    appendGlyphs(of: cell, to: &out)
                }
                x += columns
            }
            if rowDone { return }
            x = end
        }
    }

    // MARK: - Text

    /// The UTF-8 the terminal is given for a cell, checked against glibc's widths (which the terminal
    /// uses): a spacing character with its combining marks, as many as fit the cell's width, then spaces.
    /// An emoji ZWJ sequence shows its first emoji; an unprintable character shows as U+FFFD.
    private mutating func appendGlyphs(of cell: Cell, to out: inout [UInt8]) {
        // Most cells hold one scalar: no string is made for them.
        if let s = cell.scalar {
            if cell.width == 1, s.value >= 0x20, s.value < 0x7F {
                out.append(UInt8(s.value))
                return
            }
            if s.value >= 0xA0, width(of: s.value) == cell.width {
                FrameEncoder.appendUTF8(s.value, to: &out)
                return
            }
        }
        var used = 0
        var marks = 0
        var pendingJoiner = false
        for scalar in cell.text.unicodeScalars {
            let w = width(of: scalar.value)
            if w < 0 { break }
            if w == 0 {
                // A joiner is written only if a character follows it; marks only after a character, and
                // no more than a terminal keeps with one.
                if scalar.value == 0x200D {
                    pendingJoiner = used > 0
                } else if used > 0, marks < 4 {
                    FrameEncoder.appendUTF8(scalar.value, to: &out)
                    marks += 1
                }
                continue
            }
            if used + w > cell.width { break }
            if pendingJoiner {
                // After a joiner the next emoji is part of the first one's picture, not a column of its own.
                pendingJoiner = false
                break
            }
            FrameEncoder.appendUTF8(scalar.value, to: &out)
            used += w
            marks = 0
        }
        if used == 0, cell.width > 0 {
            FrameEncoder.appendUTF8(0xFFFD, to: &out)
            used = 1
        }
        while used < cell.width {
            out.append(0x20)
            used += 1
        }
    }

    /// The system's width of a scalar, remembered in a small table: the same box, accent and symbol
    /// characters come back in every frame.
    private mutating func width(of value: UInt32) -> Int {
        let slot = Int(value & 0xFF)
        if widthKeys[slot] == value, value != 0 { return Int(widthValues[slot]) }
        let width = systemWidth(value)
        widthKeys[slot] = value
        widthValues[slot] = Int8(clamping: width)
        return width
    }

    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | value >> 6))
            out.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | value >> 12))
            out.append(UInt8(0x80 | (value >> 6) & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | value >> 18))
            out.append(UInt8(0x80 | (value >> 12) & 0x3F))
            out.append(UInt8(0x80 | (value >> 6) & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        }
    }

    // MARK: - Cursor and styles

    private func moveCursor(row: Int, column: Int, into out: inout [UInt8]) {
        switch codes.cursorAddressing {
        case .ansi:
            out.append(0x1B)
            out.append(0x5B)
            FrameEncoder.appendDecimal(row + 1, to: &out)
            if column > 0 {
                out.append(0x3B)
                FrameEncoder.appendDecimal(column + 1, to: &out)
            }
            out.append(0x48)
        case .other(let address):
            out.append(contentsOf: address(row, column))
        }
    }

    private static func appendDecimal(_ number: Int, to out: inout [UInt8]) {
        if number >= 10 { appendDecimal(number / 10, to: &out) }
        out.append(UInt8(0x30 + number % 10))
    }

    private mutating func switchStyle(to style: Style, into out: inout [UInt8]) {
        // Back to the terminal's own colours first where the reset does not do it.
        let currentHasColor = !codes.foreground.isEmpty && (current.fg != .default || current.bg != .default)
        if currentHasColor, !resetStyleResetsColors, let resetColors = codes.resetColors {
            out.append(contentsOf: codes.resetStyle)
            out.append(contentsOf: resetColors)
        }
        out.append(contentsOf: bytes(for: style))
        current = style
    }

    /// A style's bytes: everything off, then its attributes and colours.
    private mutating func bytes(for style: Style) -> [UInt8] {
        if let index = seenStyles.firstIndex(of: style) { return seenBytes[index] }
        var bytes = codes.resetStyle
        var dim = style.dim
        let colors = !codes.foreground.isEmpty
        if colors {
            // Without a grey, grey text is the terminal's own colour, dimmed.
            if style.fg == .gray, colorIndex(.gray) == nil { dim = true }
            if let index = colorIndex(style.fg) { bytes += codes.foreground[index] }
            if let index = colorIndex(style.bg) { bytes += codes.background[index] }
        }
        if style.bold, let code = codes.bold { bytes += code }
        if dim, let code = codes.dim { bytes += code }
        if style.reverse, let code = codes.reverse { bytes += code }
        if style.underline, let code = codes.underline { bytes += code }
        bytes = FrameEncoder.combiningRenditions(bytes)
        seenStyles.append(style)
        seenBytes.append(bytes)
        return bytes
    }

    /// The sequences with every ECMA-48 SGR (CSI parameters m) among them joined into one, after the other
    /// bytes (such as the character-set shift in some `sgr0`s): `CSI m SI CSI 1 m` becomes `SI CSI 0;1 m`.
    /// Fewer bytes for the terminal to read, as many as ncurses sends.
    static func combiningRenditions(_ bytes: [UInt8]) -> [UInt8] {
        var others: [UInt8] = []
        var parameters: [[UInt8]] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x1B, i + 1 < bytes.count, bytes[i + 1] == 0x5B {
                var end = i + 2
                while end < bytes.count, (0x30...0x39).contains(bytes[end]) || bytes[end] == 0x3B { end += 1 }
                if end < bytes.count, bytes[end] == 0x6D {
                    let list = Array(bytes[(i + 2)..<end])
                    parameters.append(list.isEmpty ? [0x30] : list)
                    i = end + 1
                    continue
                }
            }
            others.append(bytes[i])
            i += 1
        }
        guard parameters.count > 1 else { return bytes }
        var result = others
        result += [0x1B, 0x5B]
        result += Array(parameters.joined(separator: [0x3B]))
        result.append(0x6D)
        return result
    }

    /// Where a colour's sequences sit in `codes.foreground` and `background`; nil for the terminal's own
    /// colour, or grey on a terminal without one.
    private func colorIndex(_ color: Color) -> Int? {
        let index: Int
        switch color {
        case .default: return nil
        case .black: index = 0
        case .red: index = 1
        case .green: index = 2
        case .yellow: index = 3
        case .blue: index = 4
        case .magenta: index = 5
        case .cyan: index = 6
        case .white: index = 7
        case .gray: index = 8
        }
        return index < codes.foreground.count && index < codes.background.count ? index : nil
    }
}
