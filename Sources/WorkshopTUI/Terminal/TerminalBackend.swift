import CNcurses
import Glibc

/// The terminal, through ncurses: the one file that talks to it.
///
/// It copies only the cells that changed since the last frame, drops colours on a monochrome terminal or
/// when `NO_COLOR` is set (bold, reverse and underline stay), and turns the terminal's bytes into `Key`s,
/// dropping escape sequences it does not know and anything unprintable rather than letting it through.
final class TerminalBackend: TerminalScreen {
    /// Why the terminal could not be set up.
    enum OpenError: Error, CustomStringConvertible {
        case unknownTerminal(String?)

        var description: String {
            switch self {
            case .unknownTerminal(let name?):
                return "cannot use the terminal type TERM=\(name); try TERM=xterm-256color"
            case .unknownTerminal(nil):
                return "TERM is not set; set it to your terminal's type, e.g. TERM=xterm-256color"
            }
        }
    }

    /// One read from the terminal: a Unicode scalar value, a key code, or bytes that are not UTF-8.
    private enum Input: Equatable {
        case character(UInt32)
        case code(Int32)
        case invalid
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colorsEnabled: Bool
    private let grayColor: Int16
    /// ncurses's numbers for keys with modifiers, which come from the terminfo entry, and their keys.
    private let extendedCodes: [Int32]
    private let extendedKeys: [Key]
    /// Colour pairs made so far, by foreground and background: pair `n` is `pairColors[n - 1]`.
    private var pairColors: [Int32] = []
    /// Styles seen so far and what ncurses was given for them. Arrays searched in order rather than
    /// dictionaries: a screen uses a dozen styles, and a dictionary of a new type costs the first frame a
    /// search of every protocol conformance in the program.
    private var seenStyles: [Style] = []
    private var seenAttributes: [(attr_t, Int16)] = []
    private var previous: ScreenBuffer?
    private var cursorShown = false
    private var pending: [Key] = []
    private var lookahead: Input?
    /// The scalars whose glibc width is remembered, by their lowest byte, and those widths.
    private var widthKeys = [UInt32](repeating: 0, count: 256)
    private var widthValues = [Int8](repeating: 0, count: 256)
    /// The last style given to ncurses and what it became: runs mostly repeat the one before.
    private var lastAttributes: (style: Style, attributes: attr_t, pair: Int16)?
    private var isOpen = true
    private var hungUp = false
    /// A descriptor waited on beside the keyboard (the room's inbox); readable means `.wake`.
    private var watched: Int32?

    /// How long the rest of an escape sequence may take to arrive once it has started.
    private let sequenceWait: Int32 = 20
    /// A paste ends when nothing arrives for this long, even without its end marker.
    private let pasteWait: Int32 = 250
    /// Pastes are cut at this many characters.
    private let pasteLimit = 4_000_000

    private static let bracketedPasteOn = "\u{1B}[?2004h"
    private static let bracketedPasteOff = "\u{1B}[?2004l"

    /// Takes over the terminal on standard input and output: UTF-8 locale, raw keys, no echo, the
    /// alternate screen, colours unless monochrome or `NO_COLOR`, bracketed paste, crash handlers.
    init() throws {
        TerminalBackend.chooseUTF8Locale()
        // Before the terminal changes mode, so even a crash during set-up gives it back.
        TerminalBackend.installCrashHandlers()
        guard let screen = newterm(nil, shim_stdout(), shim_stdin()) else {
            throw OpenError.unknownTerminal(getenv("TERM").map { String(cString: $0) })
        }
        set_term(screen)
        self.screen = screen
        window = shim_stdscr()
        raw()
        noecho()
        // Enter arrives as CR and Ctrl-J as LF, so the two stay apart.
        nonl()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(25)
        // No check for typed keys between lines of an update (each check also flushed the output): the loop
        // reads the keys already waiting before it draws.
        typeahead(-1)
        curs_set(0)
        leaveok(window, true)

        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        if has_colors() && !noColor {
            start_color()
            colorsEnabled = use_default_colors() == OK
        } else {
            colorsEnabled = false
        }
        grayColor = shim_colors() >= 16 ? 8 : -1
        (extendedCodes, extendedKeys) = TerminalBackend.extendedKeyCodes()
        // ncurses 6.4 flushes its output at every cursor move until the screen has once been suspended and
        // resumed: a frame went out in one write per line. Suspended now, before anything is shown, the
        // first frame resumes it (nothing flashes) and every frame after leaves in one or two writes. The
        // keyboard goes back to raw mode at once, so nothing typed meanwhile is echoed.
        endwin()
        reset_prog_mode()
        TerminalBackend.writeRaw(TerminalBackend.bracketedPasteOn)
    }

    deinit {
        close()
    }

    /// Gives the terminal back: leaves the alternate screen and restores the shell's modes.
    func close() {
        guard isOpen else { return }
        isOpen = false
        TerminalBackend.writeRaw(TerminalBackend.bracketedPasteOff)
        // endwin leaves the cursor as the program last set it: show it again for the shell.
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    /// What the crash handler prints on the original standard error after restoring the terminal.
    static func setCrashNotice(_ text: String, to descriptor: Int32) {
        crashNotice = Array((text + "\n").utf8)
        crashNoticeDescriptor = descriptor
    }

    // MARK: - Size and drawing

    var size: (width: Int, height: Int) {
        (Int(shim_cols()), Int(shim_lines()))
    }

    /// The size of the terminal on standard output as the kernel has it, before ncurses is set up; nil when
    /// it cannot be read.
    static func windowSize() -> (width: Int, height: Int)? {
        var rows: Int32 = 0, columns: Int32 = 0
        guard shim_window_size(1, &rows, &columns) != 0, rows > 0, columns > 0 else { return nil }
        return (Int(columns), Int(rows))
    }

    func invalidate() {
        previous = nil
    }

    func draw(_ buffer: ScreenBuffer) {
        let old: ScreenBuffer?
        if let previous, previous.width == buffer.width, previous.height == buffer.height {
            old = previous
        } else {
            old = nil
            clearok(shim_curscr(), true)
            werase(window)
        }
        // Local, not properties of this class: the loops then pay no runtime exclusivity check per access.
        // Which columns of the row being drawn changed.
        var changed = [Bool](repeating: false, count: buffer.width)
        // The characters of a run of cells for ncurses, reused run after run.
        var glyphs: [wchar_t] = []
        glyphs.reserveCapacity(buffer.width)
        for y in 0..<buffer.height {
            if let old, buffer.rowEquals(old, row: y) { continue }
            buffer.withRow(y) { row in
                if let old {
                    old.withRow(y) { before in
                        for x in 0..<row.count { changed[x] = row[x] != before[x] }
                    }
                } else {
                    // A fresh screen: werase left every cell a plain blank, so only the others are written
                    // (most of a screen is blank).
                    for x in 0..<row.count { changed[x] = row[x] != .blank }
                }
                // A wide character is written whole: a change to either half rewrites both.
                for x in 0..<row.count where changed[x] {
                    if row[x].isContinuation, x > 0 { changed[x - 1] = true }
                    if row[x].width == 2, x + 1 < row.count { changed[x + 1] = true }
                }
                // Where the row's plain blanks up to its end begin.
                var blankFrom = row.count
                while blankFrom > 0, row[blankFrom - 1] == .blank { blankFrom -= 1 }
                var x = 0
                while x < row.count {
                    guard changed[x] else {
                        x += 1
                        continue
                    }
                    var end = x
                    while end < row.count, changed[end] { end += 1 }
                    writeRun(row, y: y, from: x, to: end, blankFrom: end == row.count ? blankFrom : row.count,
                             glyphs: &glyphs)
                    x = end
                }
            }
        }
        placeCursor(buffer.cursor, in: buffer)
        wnoutrefresh(window)
        doupdate()
        previous = buffer
    }

    /// Writes cells `start..<end` of row `y`, a style at a time; from `blankFrom` on, where only plain
    /// blanks follow up to the end of the row, it clears the rest of the row in one call instead.
    private func writeRun(
        _ row: UnsafeBufferPointer<Cell>, y: Int, from start: Int, to end: Int, blankFrom: Int, glyphs: inout [wchar_t]
    ) {
        wmove(window, Int32(y), Int32(start))
        var x = start
        while x < end {
            if x >= blankFrom {
                wclrtoeol(window)
                return
            }
            let style = row[x].style
            glyphs.removeAll(keepingCapacity: true)
            while x < end, x < blankFrom, row[x].style == style || row[x].isContinuation {
                if !row[x].isContinuation { appendGlyphs(of: row[x], to: &glyphs) }
                x += 1
            }
            let (attributes, pair) = attributes(for: style)
            shim_set_attributes(window, attributes, pair)
            glyphs.withUnsafeBufferPointer { text in
                _ = shim_add_wide(window, text.baseAddress, Int32(text.count))
            }
        }
    }

    /// The characters ncurses is given for a cell, checked against glibc's widths (which ncurses and the
    /// terminal use): a spacing character with its combining marks, as many as fit the cell's width, then
    /// spaces. An emoji ZWJ sequence shows its first emoji; an unprintable character shows as U+FFFD.
    private func appendGlyphs(of cell: Cell, to glyphs: inout [wchar_t]) {
        // Most cells hold one scalar: no string is made for them.
        if let s = cell.scalar {
            if cell.width == 1, s.value >= 0x20, s.value < 0x7F {
                glyphs.append(wchar_t(s.value))
                return
            }
            if s.value >= 0xA0, glibcWidth(s.value) == cell.width {
                glyphs.append(wchar_t(s.value))
                return
            }
        }
        let scalars = cell.text.unicodeScalars
        let start = glyphs.count
        var used = 0
        var marks = 0
        for scalar in scalars {
            let w = glibcWidth(scalar.value)
            if w < 0 { break }
            if w == 0 {
                // ncurses keeps at most four marks with a character.
                if used > 0, marks < 4 {
                    glyphs.append(wchar_t(scalar.value))
                    marks += 1
                }
                continue
            }
            if used + w > cell.width { break }
            glyphs.append(wchar_t(scalar.value))
            used += w
            marks = 0
        }
        while glyphs.count > start, glyphs[glyphs.count - 1] == 0x200D { glyphs.removeLast() }
        if used == 0, cell.width > 0 {
            glyphs.removeSubrange(start...)
            glyphs.append(0xFFFD)
            used = 1
        }
        while used < cell.width {
            glyphs.append(0x20)
            used += 1
        }
    }

    /// glibc's width of a scalar (what ncurses and the terminal go by), remembered in a small table: the
    /// same box, accent and symbol characters come back in every frame.
    private func glibcWidth(_ value: UInt32) -> Int {
        let slot = Int(value & 0xFF)
        if widthKeys[slot] == value { return Int(widthValues[slot]) }
        let width = Int(shim_wcwidth(Int32(bitPattern: value)))
        widthKeys[slot] = value
        widthValues[slot] = Int8(clamping: width)
        return width
    }

    private func placeCursor(_ cursor: Point?, in buffer: ScreenBuffer) {
        if let cursor, cursor.x >= 0, cursor.x < buffer.width, cursor.y >= 0, cursor.y < buffer.height {
            if !cursorShown {
                curs_set(1)
                leaveok(window, false)
                cursorShown = true
            }
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if cursorShown {
            curs_set(0)
            leaveok(window, true)
            cursorShown = false
        }
    }

    /// ncurses attributes and colour pair for a style; colours only when the terminal has them.
    private func attributes(for style: Style) -> (attr_t, Int16) {
        if let last = lastAttributes, last.style == style { return (last.attributes, last.pair) }
        let found = lookUpAttributes(for: style)
        lastAttributes = (style, found.0, found.1)
        return found
    }

    private func lookUpAttributes(for style: Style) -> (attr_t, Int16) {
        if let index = seenStyles.firstIndex(of: style) { return seenAttributes[index] }
        var attributes = shim_a_normal()
        if style.bold { attributes |= shim_a_bold() }
        if style.dim { attributes |= shim_a_dim() }
        if style.reverse { attributes |= shim_a_reverse() }
        if style.underline { attributes |= shim_a_underline() }
        var pair: Int16 = 0
        if colorsEnabled {
            var foreground = colorNumber(style.fg)
            let background = colorNumber(style.bg)
            // Without a grey, grey text is the default colour, dimmed.
            if style.fg == .gray, foreground < 0 {
                attributes |= shim_a_dim()
                foreground = -1
            }
            pair = colorPair(foreground: foreground, background: background)
        }
        seenStyles.append(style)
        seenAttributes.append((attributes, pair))
        return (attributes, pair)
    }

    private func colorNumber(_ color: Color) -> Int16 {
        switch color {
        case .default: return -1
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        case .gray: return grayColor
        }
    }

    /// The pair for these colours, made on first use; pair 0 (the terminal's own) when they run out.
    private func colorPair(foreground: Int16, background: Int16) -> Int16 {
        if foreground == -1, background == -1 { return 0 }
        let key = Int32(foreground + 1) << 8 | Int32(background + 1)
        if let index = pairColors.firstIndex(of: key) { return Int16(index + 1) }
        let number = Int16(pairColors.count + 1)
        guard Int32(number) < shim_color_pairs(), init_pair(number, foreground, background) == OK else { return 0 }
        pairColors.append(key)
        return number
    }

    // MARK: - Keys

    func watch(_ descriptor: Int32?) {
        watched = descriptor
    }

    func readKey(timeout milliseconds: Int) -> Key? {
        if !pending.isEmpty { return pending.removeFirst() }
        let input: Input
        if milliseconds != 0, lookahead == nil, let watched {
            // ncurses may hold bytes it already read, which poll() cannot see: take those first.
            if let ready = next(timeout: 0) {
                input = ready
            } else {
                switch wait(watching: watched, timeout: Int32(clamping: milliseconds)) {
                case .wake:
                    return .wake
                case .quiet:
                    return nil
                case .keyboard:
                    // Input is there (or a signal came, such as a resize, which ncurses turns into a key).
                    guard let ready = next(timeout: sequenceWait) else { return nil }
                    input = ready
                }
            }
        } else {
            guard let ready = next(timeout: Int32(clamping: milliseconds)) else { return nil }
            input = ready
        }
        switch input {
        case .invalid:
            return nil
        case .code(let code):
            return key(forCode: code)
        case .character(0x1B):
            return readEscape()
        case .character(0x9B):
            // The one-character CSI (C1): a sequence like ESC [, never text.
            return readControlSequence(afterEscape: false)
        case .character(0x90), .character(0x98), .character(0x9D), .character(0x9E), .character(0x9F):
            skipString()
            return nil
        case .character(let value):
            if let control = TerminalBackend.controlKey(value) { return control }
            guard TerminalBackend.isPrintable(value) else { return nil }
            return readText(startingWith: value)
        }
    }

    /// One input from the lookahead or from ncurses; nil on timeout or on a signal.
    ///
    /// Bytes are read one at a time and decoded here rather than by `wget_wch`, which, after a byte that is
    /// not UTF-8, swallows up to 16 following bytes (valid letters too). Here a bad byte is dropped alone.
    private func next(timeout milliseconds: Int32) -> Input? {
        if let input = lookahead {
            lookahead = nil
            return input
        }
        wtimeout(window, milliseconds)
        let first = wgetch(window)
        if first == ERR {
            if milliseconds != 0 { noticeHangUp() }
            return nil
        }
        if first > 0xFF { return .code(first) }
        if first < 0x80 { return .character(UInt32(first)) }
        let length: Int
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return .invalid
        }
        var bytes = [UInt8(first)]
        wtimeout(window, sequenceWait)
        while bytes.count < length {
            let byte = wgetch(window)
            guard (0x80...0xBF).contains(byte) else {
                // Not a continuation: the character is broken; whatever came instead is read afresh.
                if byte != ERR { ungetch(byte) }
                return .invalid
            }
            bytes.append(UInt8(byte))
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return .character(scalar.value) }
        return .invalid
    }

    /// What ended a wait on the keyboard and the watched descriptor.
    private enum Readiness {
        case keyboard, wake, quiet
    }

    /// Sleeps in poll() until the keyboard or `descriptor` is readable, a signal arrives, or `milliseconds`
    /// pass (-1: no limit). The keyboard wins when both are ready, so typing never waits for phones.
    private func wait(watching descriptor: Int32, timeout milliseconds: Int32) -> Readiness {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&descriptors, 2, milliseconds)
        if ready < 0 { return .keyboard }  // EINTR: let ncurses see the signal (a resize becomes a key)
        if ready == 0 { return .quiet }
        if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            noticeHangUp()
            return .quiet
        }
        if descriptors[0].revents != 0 { return .keyboard }
        return descriptors[1].revents != 0 ? .wake : .quiet
    }

    /// When the terminal is gone without a SIGHUP (its reads fail at once instead of waiting), treats it
    /// as one: the loop then ends as for a closed window instead of spinning on failed reads.
    private func noticeHangUp() {
        guard !hungUp else { return }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) == 1,
              descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        else { return }
        hungUp = true
        Signals.raise(SIGHUP)
    }

    /// Printable characters that arrived together, as whole grapheme clusters: an emoji ZWJ sequence
    /// or a letter with its accent is one key, not several.
    private func readText(startingWith first: UInt32) -> Key? {
        var scalars = String.UnicodeScalarView()
        if let s = Unicode.Scalar(first) { scalars.append(s) }
        while scalars.count < 4096, let more = next(timeout: 0) {
            if more == .invalid { continue }
            guard case .character(let value) = more, TerminalBackend.isPrintable(value),
                  let s = Unicode.Scalar(value)
            else {
                lookahead = more
                break
            }
            scalars.append(s)
        }
        var keys = String(scalars).map { Key.char($0) }
        guard !keys.isEmpty else { return nil }
        let key = keys.removeFirst()
        pending.append(contentsOf: keys)
        return key
    }

    /// After ESC: a lone Escape, Alt with a key, or an escape sequence ncurses did not decode.
    private func readEscape() -> Key? {
        guard let input = next(timeout: 0) else { return .escape }
        switch input {
        case .invalid:
            return nil
        case .code(let code):
            // Alt with a key ncurses knows: the key itself.
            return key(forCode: code)
        case .character(0x5B):  // "["
            return readControlSequence(afterEscape: true)
        case .character(0x4F):  // "O"
            guard let final = next(timeout: sequenceWait) else { return .alt("O") }
            guard case .character(let value) = final, let s = Unicode.Scalar(value) else {
                lookahead = final
                return nil
            }
            return meaning(of: EscapeSequence.decode("O" + String(Character(s))))
        case .character(0x5D), .character(0x50), .character(0x58), .character(0x5E), .character(0x5F):
            skipString()
            return nil
        case .character(0x1B):
            lookahead = input
            return .escape
        case .character(0x0D), .character(0x0A):
            return .alt("\n")
        case .character(0x7F), .character(0x08):
            return .alt("\u{7F}")
        case .character(let value):
            guard TerminalBackend.isPrintable(value), let s = Unicode.Scalar(value) else { return nil }
            return .alt(Character(s))
        }
    }

    /// ESC [ (or CSI) parameters final: decoded, or dropped when unknown or malformed. ESC [ alone is
    /// Alt-[.
    private func readControlSequence(afterEscape: Bool) -> Key? {
        var body = String.UnicodeScalarView(["["])
        while body.count < 64 {
            guard let input = next(timeout: sequenceWait) else {
                return body.count == 1 && afterEscape ? .alt("[") : nil
            }
            guard case .character(let value) = input, let s = Unicode.Scalar(value) else {
                lookahead = input
                return nil
            }
            body.append(s)
            if EscapeSequence.isFinal(s) { return meaning(of: EscapeSequence.decode(String(body))) }
            guard EscapeSequence.isParameter(s) else { return nil }
        }
        return nil
    }

    private func meaning(of decoded: EscapeSequence.Meaning) -> Key? {
        switch decoded {
        case .key(let key): return key
        case .pasteStart: return readPaste()
        case .nothing: return nil
        }
    }

    /// An OSC, DCS, PM, APC or SOS string, up to BEL or ESC \: read and dropped.
    private func skipString() {
        var count = 0
        while count < 65_536, let input = next(timeout: sequenceWait) {
            count += 1
            if input == .character(0x07) || input == .character(0x9C) { return }
            if input == .character(0x1B) {
                if let after = next(timeout: sequenceWait), after != .character(0x5C) { lookahead = after }
                return
            }
        }
    }

    /// The text of a bracketed paste, up to ESC [ 201 ~, cleaned.
    private func readPaste() -> Key? {
        let endMarker: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]
        var text = String.UnicodeScalarView()
        var matched = 0
        var count = 0
        func keep(_ value: UInt32) {
            count += 1
            if count <= pasteLimit, let s = Unicode.Scalar(value) { text.append(s) }
        }
        while let input = next(timeout: pasteWait) {
            // Key codes inside a paste are sequences ncurses recognised in the pasted text: dropped.
            guard case .character(let value) = input else { continue }
            if value == endMarker[matched] {
                matched += 1
                if matched == endMarker.count { break }
                continue
            }
            for held in endMarker[0..<matched] { keep(held) }
            matched = value == endMarker[0] ? 1 : 0
            if matched == 0 { keep(value) }
        }
        let clean = TypedText.clean(String(text))
        return clean.isEmpty ? nil : .paste(clean)
    }

    /// Control characters that are keys; nil for the rest.
    private static func controlKey(_ value: UInt32) -> Key? {
        switch value {
        case 0x0D: return .enter
        case 0x0A: return .ctrl("j")
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A:
            return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + value))))
        default: return nil
        }
    }

    /// A Unicode scalar that may be typed: not a control character, not a surrogate or out of range.
    private static func isPrintable(_ value: UInt32) -> Bool {
        guard let s = Unicode.Scalar(value) else { return false }
        return !DisplayWidth.isControl(s)
    }

    /// The key ncurses means by a key code; nil for codes the program has no use for.
    private func key(forCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_HOME, KEY_FIND: return .home
        case KEY_END, KEY_SELECT: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case shim_key_f(1)...shim_key_f(12): return .function(Int(code - shim_key_f(0)))
        default: return extendedCodes.firstIndex(of: code).map { extendedKeys[$0] }
        }
    }

    /// Keys with modifiers have no fixed codes: ncurses numbers them from the terminfo entry. A switch and
    /// two arrays rather than a dictionary: this runs before the first frame, and a dictionary of a new
    /// type costs the Swift runtime a search of every protocol conformance in the program.
    private static func extendedKeyCodes() -> ([Int32], [Key]) {
        let names = ["kLFT5", "kRIT5", "kLFT3", "kRIT3", "kUP5", "kDN5", "kUP3", "kDN3", "kHOM5", "kEND5", "kDC5"]
        let keys: [Key] = [.ctrlLeft, .ctrlRight, .ctrlLeft, .ctrlRight, .up, .down, .up, .down, .home, .end, .delete]
        var codes: [Int32] = []
        var found: [Key] = []
        for (name, key) in zip(names, keys) {
            let code = name.withCString { shim_extended_key_code($0) }
            if code > 0 {
                codes.append(code)
                found.append(key)
            }
        }
        return (codes, found)
    }

    // MARK: - Suspend

    func suspend() {
        TerminalBackend.writeRaw(TerminalBackend.bracketedPasteOff)
        curs_set(1)
        cursorShown = true
        endwin()
        // Stop the way the shell expects (SIGTSTP with its default action); an orphaned process, with no
        // shell to resume it, ignores it and simply carries on.
        let previousHandler = signal(SIGTSTP, SIG_DFL)
        kill(getpid(), SIGTSTP)
        signal(SIGTSTP, previousHandler)
        // Back after `fg`: the window may have changed size meanwhile.
        if let now = TerminalBackend.windowSize(), now.width != Int(shim_cols()) || now.height != Int(shim_lines()) {
            resizeterm(Int32(now.height), Int32(now.width))
        }
        TerminalBackend.writeRaw(TerminalBackend.bracketedPasteOn)
        invalidate()
    }

    // MARK: - Process-wide

    /// Prefers the user's locale; falls back to C.UTF-8 when it is not UTF-8, or accents arrive broken
    /// and box lines show as letters.
    private static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        if shim_codeset_is_utf8() == 0 {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// Writes bytes straight to the terminal (modes ncurses has no call for).
    private static func writeRaw(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress, $0.count) }
    }

    private static func installCrashHandlers() {
        for signal in [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGABRT, SIGFPE, SIGQUIT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = restoreTerminalAndReraise
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            sigaction(signal, &action, nil)
        }
    }
}

/// Printed on the original standard error after a crash (the log file takes stderr while the screen is up).
nonisolated(unsafe) private var crashNotice: [UInt8] = []
nonisolated(unsafe) private var crashNoticeDescriptor: Int32 = -1

/// On a crash: give the terminal back, say where the details are, and die of the same signal.
/// `endwin` is not async-signal-safe, but the process is ending and a dead terminal is worse.
private func restoreTerminalAndReraise(_ signal: Int32) {
    let off: StaticString = "\u{1B}[?2004l"
    _ = write(1, off.utf8Start, off.utf8CodeUnitCount)
    curs_set(1)
    endwin()
    if crashNoticeDescriptor >= 0 {
        _ = crashNotice.withUnsafeBytes { write(crashNoticeDescriptor, $0.baseAddress, $0.count) }
    }
    raise(signal)
}
