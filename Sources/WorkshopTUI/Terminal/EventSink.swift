import WorkshopModel

/// Where an event goes before it is applied: the session file, once there is one.
///
/// The loop commits each event first and applies it only when the commit succeeded, so what is on screen
/// never runs ahead of what is saved.
protocol EventSink {
    /// Stores the event durably, or throws.
    mutating func commit(_ event: Event) throws
    /// Stores the events durably, all or none, or throws (phones' submissions arrive in batches).
    mutating func commit(contentsOf events: [Event]) throws
}

extension EventSink {
    /// One at a time, for a sink with nothing better (a transaction per event).
    mutating func commit(contentsOf events: [Event]) throws {
        for event in events { try commit(event) }
    }
}

/// Keeps nothing: the console runs without a session file.
struct NoEventSink: EventSink {
    /// Creates the sink.
    init() {}

    /// Accepts the event without storing it.
    mutating func commit(_ event: Event) throws {}
}
