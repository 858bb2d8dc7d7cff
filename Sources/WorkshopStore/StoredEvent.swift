import WorkshopModel

/// An event as it sits in the session file, with its sequence number (1, 2, 3… in order of recording).
public struct StoredEvent: Sendable, Equatable {
    /// The event's place in the session; never reused.
    public var seq: Int
    public var event: Event

    public init(seq: Int, event: Event) {
        self.seq = seq
        self.event = event
    }
}
