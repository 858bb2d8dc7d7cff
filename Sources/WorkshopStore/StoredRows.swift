import Foundation

/// The meta row of a session file, as the database stores it.
struct MetaRow: Equatable {
    var formatVersion: Int
    var sessionID: String
    /// Seconds since the Foundation reference date (2001-01-01 UTC).
    var created: Double
    var title: String
    var agendaDate: String?
    var timeZoneID: String
    var agendaYAML: String?
    var agendaJSON: String
}

/// One event as the database stores it: the payload is the JSON of its `Action`.
struct EventRow: Equatable {
    var seq: Int
    var elapsed: Double
    /// Seconds since the Foundation reference date, so a `Date` comes back bit for bit.
    var wall: Double
    /// The action's case name, for people reading the file with `sqlite3`.
    var kind: String
    var payload: String
}

/// One draft as the database stores it.
struct DraftRow: Equatable {
    var key: String
    var text: String
    var updated: Double
}
