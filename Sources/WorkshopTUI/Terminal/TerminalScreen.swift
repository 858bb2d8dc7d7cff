/// What the console loop needs from a terminal: the ncurses backend in the program, a scripted fake in
/// tests.
protocol TerminalScreen: AnyObject {
    /// Columns and rows right now.
    var size: (width: Int, height: Int) { get }
    /// Shows the buffer, writing only what changed since the last frame unless a repaint is due.
    func draw(_ buffer: ScreenBuffer)
    /// The next key, waiting at most `milliseconds` (-1: until a key or a signal); nil on timeout, on a
    /// signal, or for input that means nothing (an unknown escape sequence).
    func readKey(timeout milliseconds: Int) -> Key?
    /// Hands the terminal back to the shell and stops the process (Ctrl-Z); returns after `fg`, with a
    /// full repaint due.
    func suspend()
    /// Makes the next `draw` repaint every cell (after a resize or a resume).
    func invalidate()
    /// Also waits on `descriptor` (nil: stop): while it is readable, a waiting `readKey` returns `.wake`.
    func watch(_ descriptor: Int32?)
}

extension TerminalScreen {
    /// A terminal that cannot watch anything else (a scripted one in tests) ignores the descriptor.
    func watch(_ descriptor: Int32?) {}
}
