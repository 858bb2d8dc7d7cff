import Foundation
import WorkshopModel

/// Stamps events and frames: a monotonic clock for durations, the wall clock for display.
///
/// `elapsed` counts seconds since the loop started plus `offset`, so a resumed session can continue its
/// own timeline where the saved one stopped.
struct SessionClock: Sendable {
    /// Seconds added to every elapsed time (a resumed session's time so far).
    let offset: Double
    private let monotonicStart: Double

    /// A clock whose elapsed time starts at `offset` now.
    init(offset: Double = 0) {
        self.offset = offset
        monotonicStart = SessionClock.monotonicSeconds()
    }

    /// This moment on both clocks.
    func now() -> Instant {
        Instant(elapsed: offset + SessionClock.monotonicSeconds() - monotonicStart, wall: Date())
    }

    /// Seconds on CLOCK_MONOTONIC: never jumps with NTP or a time-zone change.
    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1_000_000_000
    }

    /// Milliseconds from `wall` until `margin` ms past the next wall-clock second, so a once-a-second
    /// display never shows the old second (glibc's `time()` can lag a boundary by a few ms).
    static func millisecondsToNextSecond(after wall: Date, margin: Int = 5) -> Int {
        let seconds = wall.timeIntervalSince1970
        let fraction = seconds - seconds.rounded(.down)
        let ms = Int(((1 - fraction) * 1000).rounded(.up)) + margin
        return min(max(ms, 1), 1000 + margin)
    }
}
