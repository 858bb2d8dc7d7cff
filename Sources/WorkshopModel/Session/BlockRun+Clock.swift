extension BlockRun {
    /// Whether the block's clock runs: its last segment is still open.
    public var isRunning: Bool {
        guard let last = segments.last else { return false }
        return last.end == nil
    }

    /// Whether the block ever ran.
    public var hasStarted: Bool { firstStart != nil }

    /// Seconds the block has run up to `now` on the monotonic clock, pauses left out.
    public func runningSeconds(upTo now: Double) -> Double {
        segments.reduce(0) { $0 + $1.seconds(upTo: now) }
    }

    /// Opens a running segment; a block that was done continues (its end is cleared, its first start kept).
    mutating func begin(at instant: Instant) {
        segments.append(Span(start: instant.elapsed))
        if firstStart == nil { firstStart = instant }
        end = nil
    }

    /// Closes the open segment, if any.
    mutating func halt(at elapsed: Double) {
        guard isRunning else { return }
        segments[segments.count - 1].end = max(elapsed, segments[segments.count - 1].start)
    }
}
