import Testing
@testable import WorkshopTUI

@Suite("Frame encoder: the bytes that update the terminal")
struct TerminalFrameEncoderTests {
    /// A terminal's widths without glibc: marks and format characters 0, wide characters 2.
    static func width(_ value: UInt32) -> Int {
        DisplayWidth.ofScalar(value)
    }

    static func encoder(_ codes: TerminalCodes = .ansi()) -> FrameEncoder {
        FrameEncoder(codes: codes, systemWidth: width)
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The bytes a new encoder writes to bring the screen from `old` to `new`.
    static func encoded(_ new: ScreenBuffer, over old: ScreenBuffer?, codes: TerminalCodes = .ansi()) -> [UInt8] {
        var encoder = Self.encoder(codes)
        var out: [UInt8] = []
        encoder.encode(new, over: old, into: &out)
        return out
    }

    @Test("A frame like the last one writes nothing")
    func unchangedWritesNothing() {
        var b = ScreenBuffer(width: 20, height: 4)
        b.put("Geïntegreerde aanpak", x: 0, y: 1, style: Style(fg: .red, bold: true))
        let out = Self.encoded(b, over: b)
        #expect(out.isEmpty)
    }

    @Test("One changed cell costs one cursor move and the character")
    func oneCell() {
        var before = ScreenBuffer(width: 20, height: 4)
        before.put("stemmen: 3", x: 0, y: 2)
        var after = before
        after.put("4", x: 9, y: 2)
        let out = Self.encoded(after, over: before)
        #expect(out == Self.bytes("\u{1B}[3;10H4"))
    }

    @Test("Changes a few cells apart are written in one run, far apart with a move each")
    func runsJoinAcrossSmallGaps() {
        let before = ScreenBuffer(width: 30, height: 1)
        var near = before
        near.put("a", x: 2, y: 0)
        near.put("b", x: 6, y: 0)
        // One encoder for both frames: what it keeps between frames must not change the bytes.
        var encoder = Self.encoder()
        var out: [UInt8] = []
        encoder.encode(near, over: before, into: &out)
        #expect(out == Self.bytes("\u{1B}[1;3Ha   b"))

        var far = before
        far.put("a", x: 2, y: 0)
        far.put("b", x: 20, y: 0)
        out = []
        encoder.encode(far, over: before, into: &out)
        #expect(out == Self.bytes("\u{1B}[1;3Ha\u{1B}[1;21Hb"))
    }

    @Test("Blanks to the end of a row are cleared with one sequence, not written")
    func trailingBlanksCleared() {
        var before = ScreenBuffer(width: 60, height: 2)
        before.put(String(repeating: "x", count: 60), x: 0, y: 0)
        var after = ScreenBuffer(width: 60, height: 2)
        after.put("kort", x: 0, y: 0)
        let out = Self.encoded(after, over: before)
        #expect(out == Self.bytes("\u{1B}[1Hkort\u{1B}[K"))
    }

    @Test("A row that turns blank is cleared from its first change; a long gap of blanks is erased in place")
    func blanksErased() {
        var before = ScreenBuffer(width: 60, height: 2)
        before.put(String(repeating: "x", count: 50), x: 5, y: 0)
        before.put(String(repeating: "y", count: 50), x: 5, y: 1)
        var after = ScreenBuffer(width: 60, height: 2)
        after.put("a", x: 5, y: 1)
        after.put("b", x: 54, y: 1)
        let out = Self.encoded(after, over: before)
        #expect(out == Self.bytes("\u{1B}[1;6H\u{1B}[K\u{1B}[2;6Ha\u{1B}[48X\u{1B}[2;55Hb"))
    }

    @Test("Styles switch only where they change, and the frame ends in the plain style")
    func stylesAndPlainEnd() {
        var b = ScreenBuffer(width: 20, height: 1)
        b.put("rood", x: 0, y: 0, style: Style(fg: .red, bold: true))
        b.put("gewoon", x: 5, y: 0)
        let out = Self.encoded(b, over: nil)
        #expect(out == Self.bytes("\u{1B}[1H\u{1B}[0;31;1mrood\u{1B}[m gewoon"))
    }

    @Test("A style's SGR sequences go out as one, other bytes of the reset kept")
    func renditionsCombined() {
        #expect(FrameEncoder.combiningRenditions(Self.bytes("\u{1B}[m\u{0F}\u{1B}[1m\u{1B}[7m"))
            == Self.bytes("\u{0F}\u{1B}[0;1;7m"))
        #expect(FrameEncoder.combiningRenditions(Self.bytes("\u{1B}(B\u{1B}[m\u{1B}[38;5;1m"))
            == Self.bytes("\u{1B}(B\u{1B}[0;38;5;1m"))
        #expect(FrameEncoder.combiningRenditions(Self.bytes("\u{1B}[m")) == Self.bytes("\u{1B}[m"))
        #expect(FrameEncoder.combiningRenditions(Self.bytes("\u{1B}[0m\u{1B}[?5h")) == Self.bytes("\u{1B}[0m\u{1B}[?5h"))
    }

    @Test("Without colours (monochrome, NO_COLOR) only attributes are sent; grey without a grey is dim")
    func monochromeAndGrey() {
        var b = ScreenBuffer(width: 10, height: 1)
        b.put("a", x: 0, y: 0, style: Style(fg: .red, bg: .blue, reverse: true))
        var mono = Self.encoder(.ansi(colors: false))
        var out: [UInt8] = []
        mono.encode(b, over: nil, into: &out)
        #expect(out == Self.bytes("\u{1B}[1H\u{1B}[0;7ma\u{1B}[m"))

        var eight = TerminalCodes.ansi()
        eight.foreground.removeLast()
        eight.background.removeLast()
        var g = ScreenBuffer(width: 10, height: 1)
        g.put("g", x: 0, y: 0, style: Style(fg: .gray))
        var encoder = Self.encoder(eight)
        out = []
        encoder.encode(g, over: nil, into: &out)
        #expect(out == Self.bytes("\u{1B}[1H\u{1B}[0;2mg\u{1B}[m"))
    }

    @Test("The cursor ends where the line editor wants it")
    func cursorPlaced() {
        var b = ScreenBuffer(width: 10, height: 3)
        b.cursor = Point(x: 4, y: 2)
        let out = Self.encoded(b, over: nil)
        #expect(out == Self.bytes("\u{1B}[3;5H"))
    }

    @Test("A terminal whose bottom-right cell scrolls never has it written")
    func bottomRightLeftAlone() {
        var b = ScreenBuffer(width: 8, height: 2)
        b.put("abcdefgh", x: 0, y: 0)
        b.put("ijklmnop", x: 0, y: 1)
        var codes = TerminalCodes.ansi()
        codes.bottomRightScrolls = true
        let out = Self.encoded(b, over: nil, codes: codes)
        var terminal = TinyTerminal(width: 8, height: 2, scrollsAtBottomRight: true)
        terminal.apply(out)
        #expect(!terminal.scrolled)
        #expect(terminal.text(row: 1) == "ijklmno ")
        #expect(terminal.text(row: 0) == "abcdefgh")
    }

    @Test("An emoji ZWJ sequence shows its first emoji in its two columns; what follows stays in place")
    func zwjSequence() {
        var b = ScreenBuffer(width: 10, height: 1)
        b.put("👨‍👩‍👧x", x: 0, y: 0)
        let out = Self.encoded(b, over: nil)
        #expect(out == Self.bytes("\u{1B}[1H👨x"))
        var terminal = TinyTerminal(width: 10, height: 1)
        terminal.apply(out)
        #expect(terminal.text(row: 0) == "👨x" + String(repeating: " ", count: 7))
    }

    @Test("A character the system cannot print shows as U+FFFD, never raw")
    func unprintable() {
        var b = ScreenBuffer(width: 4, height: 1)
        b.put("☃", x: 1, y: 0)
        var encoder = FrameEncoder(codes: .ansi()) { $0 == 0x2603 ? -1 : Self.width($0) }
        var out: [UInt8] = []
        encoder.encode(b, over: nil, into: &out)
        #expect(out == Self.bytes("\u{1B}[1;2H\u{FFFD}"))
    }

    @Test("Random frames, one after another, leave the terminal showing exactly the last one")
    func randomFramesMatch() {
        var random = SplitMix(seed: 2023_11_08)
        let pieces = ["Mechelaar", "Geïntegreerde", "aanpak – ", "warmte", "日本語", "e\u{301}", "🙂", "·", "█▌", "x", "  ", "ü"]
        let styles = [
            Style.plain, Style(bold: true), Style(fg: .red), Style(fg: .yellow, bold: true), Style(fg: .gray),
            Style(bg: .blue), Style(reverse: true), Style(dim: true, underline: true), Style(fg: .green, bg: .black),
        ]
        var bare = TerminalCodes.ansi()
        bare.clearToEndOfLine = nil
        bare.erasesCharacters = false
        for codes in [TerminalCodes.ansi(), .ansi(colors: false), bare] {
            var encoder = Self.encoder(codes)
            var terminal = TinyTerminal(width: 37, height: 9)
            var shown: ScreenBuffer?
            var frame = ScreenBuffer(width: 37, height: 9)
            for _ in 0..<300 {
                // Most frames change a little, like a key; some start again, like a new screen.
                if random.below(10) == 0 { frame = ScreenBuffer(width: 37, height: 9) }
                for _ in 0..<(1 + random.below(6)) {
                    let text = (0..<(1 + random.below(4))).map { _ in pieces[random.below(pieces.count)] }.joined()
                    frame.put(text, x: random.below(40) - 2, y: random.below(9),
                              style: styles[random.below(styles.count)])
                }
                if random.below(6) == 0 {
                    // Restyling an area may take the right half of a wide character and not its left.
                    frame.style(Rect(x: random.below(37), y: random.below(9), width: 1 + random.below(5), height: 2)) {
                        $0.underline.toggle()
                    }
                }
                if random.below(4) == 0 {
                    frame.fill(Rect(x: random.below(37), y: random.below(9), width: random.below(30), height: 2),
                               style: styles[random.below(styles.count)])
                }
                var out: [UInt8] = []
                encoder.encode(frame, over: shown, into: &out)
                terminal.apply(out)
                shown = frame
                let differences = terminal.differences(from: frame, colors: !codes.foreground.isEmpty)
                #expect(differences.isEmpty, "\(differences.prefix(3))")
                #expect(terminal.style == .plain)
                #expect(!terminal.scrolled)
                if !differences.isEmpty { return }
            }
        }
    }

    @Test("Padding is taken out of terminfo strings; a cup like ECMA-48's is recognised")
    func padding() {
        #expect(TerminalCodes.withoutPadding(Self.bytes("\u{1B}[%i%p1%d;%p2%dH$<5>")) == Self.bytes("\u{1B}[%i%p1%d;%p2%dH"))
        #expect(TerminalCodes.withoutPadding(Self.bytes("a$<2.5*/>b$<x>")) == Self.bytes("ab$<x>"))
        #expect(TerminalCodes.isANSICursorAddress(Self.bytes("\u{1B}[%i%p1%d;%p2%dH$<5>")))
        #expect(!TerminalCodes.isANSICursorAddress(Self.bytes("\u{1B}=%p1%' '%+%c%p2%' '%+%c")))
    }

    @Test("Another cup goes through the terminal's own formatting")
    func otherCursorAddressing() {
        var codes = TerminalCodes.ansi()
        codes.cursorAddressing = .other { row, column in Self.bytes("<\(row),\(column)>") }
        var b = ScreenBuffer(width: 10, height: 3)
        b.put("z", x: 3, y: 1)
        let out = Self.encoded(b, over: nil, codes: codes)
        #expect(out == Self.bytes("<1,3>z"))
    }
}

/// A seeded generator, so a failing random frame can be found again.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Just enough of a terminal to check the encoder's output: ECMA-48 cursor moves, erasing to the end of
/// the line and erasing characters, SGR, and UTF-8 text with the test widths, wrapping as xterm does (or
/// scrolling at the bottom-right cell, like a terminal without the "eat newline" glitch).
struct TinyTerminal {
    struct Place: Equatable {
        var text = " "
        var width = 1
        var style = Style.plain
    }

    let width: Int
    let height: Int
    let scrollsAtBottomRight: Bool
    var cells: [[Place]]
    var row = 0
    var column = 0
    var style = Style.plain
    var scrolled = false

    init(width: Int, height: Int, scrollsAtBottomRight: Bool = false) {
        self.width = width
        self.height = height
        self.scrollsAtBottomRight = scrollsAtBottomRight
        cells = Array(repeating: Array(repeating: Place(), count: width), count: height)
    }

    mutating func apply(_ bytes: [UInt8]) {
        var i = 0
        var text: [UInt8] = []
        func flushText(_ terminal: inout TinyTerminal) {
            for scalar in String(decoding: text, as: UTF8.self).unicodeScalars { terminal.put(scalar) }
            text = []
        }
        while i < bytes.count {
            if bytes[i] == 0x1B, i + 1 < bytes.count, bytes[i + 1] == 0x5B {
                flushText(&self)
                var j = i + 2
                while j < bytes.count, !(0x40...0x7E).contains(bytes[j]) { j += 1 }
                let parameters = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
                control(parameters, final: bytes[j])
                i = j + 1
            } else {
                text.append(bytes[i])
                i += 1
            }
        }
        flushText(&self)
    }

    private mutating func control(_ parameters: String, final: UInt8) {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        switch final {
        case 0x48:  // H
            row = max(1, numbers.first ?? 1) - 1
            column = max(1, numbers.count > 1 ? numbers[1] : 1) - 1
        case 0x4B:  // K
            for x in min(column, width)..<width { cells[row][x] = Place(style: style) }
        case 0x58:  // X
            for x in min(column, width)..<min(width, column + max(1, numbers.first ?? 1)) {
                cells[row][x] = Place(style: style)
            }
        case 0x6D:  // m
            for n in numbers.isEmpty ? [0] : numbers {
                switch n {
                case 0: style = .plain
                case 1: style.bold = true
                case 2: style.dim = true
                case 4: style.underline = true
                case 7: style.reverse = true
                case 30...37: style.fg = TinyTerminal.colors[n - 30]
                case 39: style.fg = .default
                case 40...47: style.bg = TinyTerminal.colors[n - 40]
                case 49: style.bg = .default
                case 90: style.fg = .gray
                case 100: style.bg = .gray
                default: break
                }
            }
        default:
            break
        }
    }

    private static let colors: [Color] = [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white]

    private mutating func put(_ scalar: Unicode.Scalar) {
        let w = TerminalFrameEncoderTests.width(scalar.value)
        if w == 0 {
            // A mark joins the character before the cursor.
            let x = column - 1
            if x >= 0, x < width {
                var lead = x
                while lead > 0, cells[row][lead].width == 0 { lead -= 1 }
                cells[row][lead].text.unicodeScalars.append(scalar)
            }
            return
        }
        if column + w > width {
            // Pending wrap: the character goes to the start of the next line.
            column = 0
            row += 1
            if row == height {
                scrolled = true
                row = height - 1
            }
        }
        cells[row][column] = Place(text: String(Character(scalar)), width: w, style: style)
        if w == 2 { cells[row][column + 1] = Place(text: "", width: 0, style: style) }
        column += w
        if scrollsAtBottomRight, row == height - 1, column == width { scrolled = true }
    }

    func text(row y: Int) -> String { cells[y].map(\.text).joined() }

    /// The cells that do not show what the buffer holds (colours only when the terminal was given them).
    func differences(from buffer: ScreenBuffer, colors: Bool) -> [String] {
        var found: [String] = []
        for y in 0..<height {
            for x in 0..<width {
                let cell = buffer[x, y]
                var expected = cell.style
                if !colors {
                    expected.fg = .default
                    expected.bg = .default
                }
                let place = cells[y][x]
                // A terminal shows a wide character in its left half's style.
                if cell.isContinuation, x > 0 { expected = cells[y][x - 1].style }
                if place.text != cell.text || place.width != cell.width || place.style != expected {
                    found.append("(\(x),\(y)) shows \(place.text.debugDescription) \(place.width) \(place.style) for "
                        + "\(cell.text.debugDescription) \(cell.width) \(expected)")
                }
            }
        }
        return found
    }
}
