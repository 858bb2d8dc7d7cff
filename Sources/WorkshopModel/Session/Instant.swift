import Foundation

/// When something happened: a monotonic time for durations and a wall-clock date for display.
///
/// The model never reads a clock; whoever creates an event stamps it. Durations are always measured on
/// `elapsed`, so a wall-clock jump (NTP, a laptop crossing time zones) never moves a timer.
public struct Instant: Sendable, Codable, Equatable, Hashable {
    /// Seconds on the session's monotonic clock.
    public var elapsed: Double
    /// The wall-clock date at that moment.
    public var wall: Date

    /// The instant at `elapsed` on the monotonic clock and `wall` on the wall clock.
    public init(elapsed: Double, wall: Date) {
        self.elapsed = elapsed
        self.wall = wall
    }

    /// The instant `seconds` later on both clocks.
    public func adding(_ seconds: Double) -> Instant {
        Instant(elapsed: elapsed + seconds, wall: wall.addingTimeInterval(seconds))
    }
}
