/// The terminal as the loop sees it while a session is recorded: the real one, with the recorder's
/// housekeeping (drafts, retries, copies) done each time the loop is about to wait for a key.
final class RecordingTerminal<Screen: TerminalScreen>: TerminalScreen {
    private let screen: Screen
    private let recorder: SessionRecorder

    /// Wraps `screen` for `recorder`.
    init(_ screen: Screen, recorder: SessionRecorder) {
        self.screen = screen
        self.recorder = recorder
    }

    var size: (width: Int, height: Int) { screen.size }

    func draw(_ buffer: ScreenBuffer) { screen.draw(buffer) }

    func readKey(timeout milliseconds: Int) -> Key? {
        // A zero timeout is the loop draining keys already typed: keep that fast, do the work when it waits.
        // When the save status changed, return at once so the loop draws it.
        if milliseconds != 0, recorder.housekeep() { return nil }
        return screen.readKey(timeout: milliseconds)
    }

    func suspend() { screen.suspend() }

    func invalidate() { screen.invalidate() }

    func watch(_ descriptor: Int32?) { screen.watch(descriptor) }
}
