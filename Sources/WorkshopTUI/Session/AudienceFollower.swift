import Foundation
import WorkshopModel
import WorkshopStore

/// What `workshop display` knows of a session recorded elsewhere: it reads new events as the writer
/// commits them and keeps its own estimate of the writer's session clock.
struct AudienceFollower {
    private let reader: SessionReader
    /// The session as replayed so far.
    private(set) var session: Session
    /// Where phones join, while the console serves the room's page (saved beside its drafts).
    private(set) var room: RoomBoard?
    private var lastSeq = 0
    /// The session's elapsed time at the monotonic moment `anchorMonotonic`.
    private var anchorElapsed: Double = 0
    private var anchorMonotonic = SessionClock.monotonicSeconds()

    /// Replays everything `reader` holds now.
    init(reader: SessionReader) throws(StoreError) {
        self.reader = reader
        session = Session(agenda: reader.meta.agenda, timeZoneID: reader.meta.timeZoneID)
        _ = try reader.hasChanged()
        try take(reader.storedEvents())
        room = try Self.board(in: reader)
    }

    /// The join details the console saved, if it serves the room's page.
    private static func board(in reader: SessionReader) throws(StoreError) -> RoomBoard? {
        try reader.drafts().first { $0.key == RoomBoard.draftKey }.flatMap { RoomBoard(encoded: $0.text) }
    }

    /// Applies what the writer committed since the last call; true when anything was new. Costs one
    /// `PRAGMA data_version` when nothing changed.
    mutating func refresh() throws(StoreError) -> Bool {
        guard try reader.hasChanged() else { return false }
        let fresh = try reader.storedEvents(after: lastSeq)
        try take(fresh)
        let board = try Self.board(in: reader)
        defer { room = board }
        return !fresh.isEmpty || board != room
    }

    private mutating func take(_ events: [StoredEvent]) throws(StoreError) {
        guard let last = events.last else { return }
        for stored in events { _ = session.apply(stored.event) }
        lastSeq = last.seq
        // The writer's clock is not visible from here: continue it from its newest event, which happened
        // (wall now − wall then) ago, and from then on count on this process's monotonic clock.
        let now = Date()
        anchorElapsed = last.event.at.elapsed + max(0, now.timeIntervalSince(last.event.at.wall))
        anchorMonotonic = SessionClock.monotonicSeconds()
    }

    /// This moment on the session's clock.
    func now() -> Instant {
        Instant(elapsed: anchorElapsed + SessionClock.monotonicSeconds() - anchorMonotonic, wall: Date())
    }

    /// Whether the writer still has the session open.
    var isBeingRecorded: Bool { reader.isBeingRecorded }
}
