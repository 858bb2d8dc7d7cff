import Foundation
import WorkshopModel

/// What a session file says about itself: who made it when, and the agenda it started from.
public struct SessionMeta: Sendable, Equatable {
    /// The file format number (the newest migration applied).
    public var formatVersion: Int
    /// The session's random id; its first six characters are the short id in the file name.
    public var sessionID: String
    public var created: Date
    public var title: String
    /// The agenda's date, if it had one.
    public var agendaDate: CivilDate?
    /// The time zone the agenda's clock times are meant in.
    public var timeZoneID: String
    /// The agenda file's text as it was loaded (YAML), when there was a file.
    public var agendaText: String?
    /// The agenda as the session started from it.
    public var agenda: Agenda

    /// The short id shown in listings and accepted by `resume` and `display`.
    public var shortID: String { String(sessionID.prefix(SessionFileName.shortIDLength)) }

    init(row: MetaRow) throws {
        try self.init(row: row, agenda: JSONDecoder().decode(Agenda.self, from: Data(row.agendaJSON.utf8)))
    }

    /// The meta of a row whose agenda is already at hand (the file was just written from it).
    init(row: MetaRow, agenda: Agenda) {
        formatVersion = row.formatVersion
        sessionID = row.sessionID
        created = Date(timeIntervalSinceReferenceDate: row.created)
        title = row.title
        agendaDate = row.agendaDate.flatMap(CivilDate.init)
        timeZoneID = row.timeZoneID
        agendaText = row.agendaYAML
        self.agenda = agenda
    }
}
