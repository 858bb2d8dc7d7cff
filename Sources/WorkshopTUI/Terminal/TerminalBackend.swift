import CNcurses
import Glibc

/// The terminal, through ncurses: the one file that talks to it.
///
/// ncurses sets the terminal up, clears it, reads the keys and gives the terminal back; each frame's
/// changed cells go out as bytes made by `FrameEncoder` with the terminal's own terminfo sequences, in one
/// write. Colours are dropped on a monochrome terminal or when `NO_COLOR` is set (bold, reverse and
/// underline stay). The terminal's bytes become `Key`s, dropping escape sequences it does not know and
/// anything unprintable rather than letting it through.
final class TerminalBackend: TerminalScreen {
    /// Why the terminal could not be set up.
    enum OpenError: Error, CustomStringConvertible {
        case unknownTerminal(String?)
        case cursorCannotMove(String?)

        var description: String {
            switch self {
            case .unknownTerminal(let name?):
                return "cannot use the terminal type TERM=\(name); try TERM=xterm-256color"
            case .unknownTerminal(nil):
                return "TERM is not set; set it to your terminal's type, e.g. TERM=xterm-256color"
            case .cursorCannotMove(let name):
                return "the terminal type TERM=\(name ?? "") cannot move the cursor, which a full-screen program "
                    + "needs; try TERM=xterm-256color"
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
    /// Writes each frame's changed cells; ncurses only clears the screen.
    private var encoder: FrameEncoder
    /// The bytes of the frame being written, kept between frames for their capacity.
    private var output: [UInt8] = []
    /// ncurses's numbers for keys with modifiers, which come from the terminfo entry, and their keys.
    private let extendedCodes: [Int32]
    private let extendedKeys: [Key]
    private var previous: ScreenBuffer?
    private var cursorShown = false
    private var pending: [Key] = []
    private var lookahead: Input?
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
        // No check for typed keys during an update: with keys waiting, ncurses would stop clearing the screen
        // part-way, under a frame that counts on a clear one. The loop reads waiting keys before it draws.
        typeahead(-1)
        curs_set(0)
        leaveok(window, true)

        guard shim_string_capability("cup") != nil else {
            endwin()
            delscreen(screen)
            throw OpenError.cursorCannotMove(getenv("TERM").map { String(cString: $0) })
        }
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        encoder = FrameEncoder(codes: TerminalBackend.readCodes(colors: has_colors() && !noColor)) { value in
            Int(shim_wcwidth(Int32(bitPattern: value)))
        }
        (extendedCodes, extendedKeys) = TerminalBackend.extendedKeyCodes()
        // ncurses 6.4 flushes its output at every cursor move until the screen has once been suspended and
        // resumed. Suspended now, before anything is shown, the first clear resumes it (nothing flashes) and
        // goes out in one write. The keyboard goes back to raw mode at once, so nothing typed meanwhile is
        // echoed.
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
        var old = previous
        if old?.width != buffer.width || old?.height != buffer.height {
            old = nil
            // ncurses clears the screen, first taking the terminal back if it was given up (the alternate
            // screen, keypad mode): its own copy of the screen stays blank, so it never writes anything else.
            werase(window)
            clearok(shim_curscr(), true)
            wnoutrefresh(window)
            doupdate()
        }
        let showCursor = buffer.cursorOnScreen != nil
        if !showCursor, cursorShown {
            curs_set(0)
            cursorShown = false
        }
        output.removeAll(keepingCapacity: true)
        encoder.encode(buffer, over: old, into: &output)
        guard TerminalBackend.writeAll(output) else {
            // Part of the frame may be missing on screen: the next one repaints everything.
            previous = nil
            return
        }
        if showCursor, !cursorShown {
            curs_set(1)
            cursorShown = true
        }
        previous = buffer
    }

    /// The sequences a frame is written with, from the terminal's terminfo entry; colours only when the
    /// terminal has them and `NO_COLOR` is not set.
    private static func readCodes(colors wanted: Bool) -> TerminalCodes {
        /// A string from terminfo as bytes, its padding taken out.
        func bytes(_ value: UnsafePointer<CChar>?) -> [UInt8]? {
            guard let value else { return nil }
            return TerminalCodes.withoutPadding(UnsafeRawBufferPointer(start: value, count: strlen(value)).map { $0 })
        }
        func string(_ name: String) -> [UInt8]? {
            bytes(name.withCString { shim_string_capability($0) })
        }
        /// A parameterised capability with its parameters filled in by terminfo.
        func formatter(_ capability: [UInt8]) -> (Int, Int) -> [UInt8] {
            let text = capability.map { CChar(bitPattern: $0) } + [0]
            return { first, second in bytes(shim_format(text, first, second)) ?? [] }
        }
        let cup = string("cup") ?? []
        let addressing: TerminalCodes.CursorAddressing =
            TerminalCodes.isANSICursorAddress(cup) ? .ansi : .other(formatter(cup))
        let resetStyle = string("sgr0") ?? []
        let resetColors = string("op")
        var foreground: [[UInt8]] = []
        var background: [[UInt8]] = []
        if wanted, let setaf = string("setaf"), let setab = string("setab") {
            let count = shim_number_capability("colors") >= 16 ? 9 : 8
            let (setForeground, setBackground) = (formatter(setaf), formatter(setab))
            foreground = (0..<count).map { setForeground($0, 0) }
            background = (0..<count).map { setBackground($0, 0) }
        }
        var codes = TerminalCodes(
            cursorAddressing: addressing, resetStyle: resetStyle,
            bold: string("bold"), dim: string("dim"), reverse: string("rev"), underline: string("smul"),
            resetColors: resetColors, foreground: foreground, background: background,
            clearToEndOfLine: string("el"),
            erasesCharacters: string("ech").map(TerminalCodes.isANSIEraseCharacters) ?? false,
            bottomRightScrolls: shim_flag_capability("am") != 0 && shim_flag_capability("xenl") == 0)
        // Colours the program could not take back off would stay on the shell's screen.
        if resetColors == nil, !codes.resetStyleResetsColors {
            codes.foreground = []
            codes.background = []
        }
        return codes
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
        writeAll(Array(text.utf8))
    }

    /// Writes all of `bytes` to the terminal, going on after a partial write or a signal, and waiting (up to
    /// a second at a time) while a terminal left non-blocking is full. False when it gave up: the terminal
    /// is gone (the loop then sees the hang-up) or stays full.
    @discardableResult
    private static func writeAll(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(1, raw.baseAddress! + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else if written < 0, errno == EAGAIN {
                    var output = pollfd(fd: 1, events: Int16(POLLOUT), revents: 0)
                    let ready = poll(&output, 1, 1000)
                    if ready < 0, errno == EINTR { continue }
                    guard ready == 1 else { return false }
                } else {
                    return false
                }
            }
            return true
        }
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
