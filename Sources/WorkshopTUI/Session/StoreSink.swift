import WorkshopModel

/// The loop's event sink for a recorded session: each event is committed to the session file before the
/// console applies it.
struct StoreSink: EventSink {
    let recorder: SessionRecorder

    /// Commits the event; throws only when it cannot be stored at all (a failing disk queues it instead).
    mutating func commit(_ event: Event) throws {
        try recorder.commit(event)
    }

    /// Commits the events in one transaction (one sync to disk for a whole batch from phones).
    mutating func commit(contentsOf events: [Event]) throws {
        try recorder.commit(contentsOf: events)
    }
}
