import Glibc

/// The console's first frame, drawn on a thread of its own while the main thread takes over the terminal.
///
/// Taking over the terminal (locale, terminfo, modes) and drawing the first frame take about half a
/// millisecond each, and neither needs the other: with a second core free, the first frame is on screen
/// that much sooner. Views read nothing the take-over changes (widths come from the program's own tables,
/// not the C locale).
final class FrameInAdvance: @unchecked Sendable {
    /// Written by the thread before it ends, read only after `pthread_join` (which orders the two).
    private var frame: ScreenBuffer?
    private let draw: () -> ScreenBuffer
    private var thread: pthread_t?

    /// Starts drawing; `draw` runs on the new thread, on copies of what it captured.
    init(_ draw: @escaping () -> ScreenBuffer) {
        self.draw = draw
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let started = pthread_create(&thread, nil, { context in
            guard let context else { return nil }
            let advance = Unmanaged<FrameInAdvance>.fromOpaque(context).takeRetainedValue()
            advance.frame = advance.draw()
            return nil
        }, context)
        if started == 0 {
            self.thread = thread
        } else {
            Unmanaged<FrameInAdvance>.fromOpaque(context).release()
        }
    }

    /// The frame, once drawn; nil when no thread could be started (the caller draws it itself).
    func wait() -> ScreenBuffer? {
        guard let thread else { return nil }
        pthread_join(thread, nil)
        self.thread = nil
        return frame
    }
}
