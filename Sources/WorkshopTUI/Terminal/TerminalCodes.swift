/// The escape sequences a frame is written with, as the terminal's terminfo entry gives them, and the one
/// quirk that matters for drawing: whether writing the bottom-right cell scrolls the screen.
///
/// The backend reads them from terminfo once; `FrameEncoder` only copies them into its output. Padding
/// (`$<5>`) is taken out when they are read: the program writes to terminal emulators, which need no delays,
/// and would otherwise show the padding as text.
struct TerminalCodes {
    /// How the cursor is moved to a row and column.
    enum CursorAddressing {
        /// ECMA-48's CSI row ; column H, which nearly every terminal uses: formatted without terminfo.
        case ansi
        /// Any other `cup`: the bytes for a row and column (both from 0).
        case other((_ row: Int, _ column: Int) -> [UInt8])
    }

    var cursorAddressing: CursorAddressing
    /// `sgr0`: every attribute off.
    var resetStyle: [UInt8]
    var bold: [UInt8]?
    var dim: [UInt8]?
    var reverse: [UInt8]?
    var underline: [UInt8]?
    /// `op`: the terminal's own foreground and background colours.
    var resetColors: [UInt8]?
    /// `setaf` and `setab` for colour numbers 0, 1, … (black, red, … white, then grey at 8); empty when
    /// colours are off (monochrome or `NO_COLOR`).
    var foreground: [[UInt8]]
    var background: [[UInt8]]
    /// `el`: clears from the cursor to the end of the line.
    var clearToEndOfLine: [UInt8]?
    /// Whether `ech` is ECMA-48's CSI n X, which erases n characters from the cursor without moving it.
    var erasesCharacters: Bool
    /// Automatic margins without the "eat newline" glitch: a character in the bottom-right cell scrolls
    /// the whole screen up a line, so that cell is never written.
    var bottomRightScrolls: Bool

    /// Whether `resetStyle` also gives back the terminal's own colours (ECMA-48's CSI m and CSI 0 m do), so
    /// `op` need not follow it.
    var resetStyleResetsColors: Bool {
        TerminalCodes.contains(resetStyle, [0x1B, 0x5B, 0x6D]) || TerminalCodes.contains(resetStyle, [0x1B, 0x5B, 0x30, 0x6D])
    }

    /// The codes of an xterm-like terminal with eight colours and grey: what tmux and every common emulator
    /// use. The tests' terminal; the backend reads the real one from terminfo.
    static func ansi(colors: Bool = true) -> TerminalCodes {
        func csi(_ text: String) -> [UInt8] { Array(("\u{1B}[" + text).utf8) }
        return TerminalCodes(
            cursorAddressing: .ansi,
            resetStyle: csi("m"),
            bold: csi("1m"), dim: csi("2m"), reverse: csi("7m"), underline: csi("4m"),
            resetColors: csi("39;49m"),
            foreground: colors ? (0...8).map { csi("\(30 + $0 % 8 + ($0 >= 8 ? 60 : 0))m") } : [],
            background: colors ? (0...8).map { csi("\(40 + $0 % 8 + ($0 >= 8 ? 60 : 0))m") } : [],
            clearToEndOfLine: csi("K"),
            erasesCharacters: true,
            bottomRightScrolls: false)
    }

    /// Whether `cup` is ECMA-48's, which the encoder formats itself rather than through terminfo each move.
    static func isANSICursorAddress(_ cup: [UInt8]) -> Bool {
        withoutPadding(cup) == Array("\u{1B}[%i%p1%d;%p2%dH".utf8)
    }

    /// Whether `ech` is ECMA-48's, which the encoder formats itself.
    static func isANSIEraseCharacters(_ ech: [UInt8]) -> Bool {
        withoutPadding(ech) == Array("\u{1B}[%p1%dX".utf8)
    }

    /// A terminfo string without its padding: every `$<…>` (a delay in milliseconds, maybe with `*` or `/`).
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x24, i + 1 < bytes.count, bytes[i + 1] == 0x3C,
               let close = bytes[(i + 2)...].firstIndex(of: 0x3E),
               bytes[(i + 2)..<close].allSatisfy({ isPaddingByte($0) })
            {
                i = close + 1
                continue
            }
            result.append(bytes[i])
            i += 1
        }
        return result
    }

    private static func isPaddingByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x2A || byte == 0x2F
    }

    private static func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
        guard bytes.count >= part.count else { return false }
        for start in 0...(bytes.count - part.count) where bytes[start..<(start + part.count)].elementsEqual(part) {
            return true
        }
        return false
    }
}
