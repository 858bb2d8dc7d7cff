import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that talks to SQLite: schema, migrations, pragmas and the SQL behind the session file.
///
/// Everything above this file sees plain rows, `StoreProblem`s and `FileVerdict`s, never GRDB types, so
/// the rest of the program stays free of the database library. Every method throws a `StoreProblem`.
final class SessionDatabase {
    /// The newest file format this build writes and understands (the number of the last migration).
    static let formatVersion = 1
    /// `PRAGMA application_id` of a session file ("WKSH"), so a foreign SQLite file is recognised at once.
    static let applicationID: Int32 = 0x574B_5348

    private let queue: DatabaseQueue
    let path: String

    private init(queue: DatabaseQueue, path: String) {
        self.queue = queue
        self.path = path
    }

    // MARK: Opening

    /// Writes a new session file at `path` (a new, empty file) in rollback-journal mode with the schema
    /// and its meta row, and closes it. The caller renames it into place afterwards, so a crash never
    /// leaves a half-made session under a real name.
    static func build(path: String, meta: MetaRow) throws {
        try guarded {
            var config = Configuration()
            config.busyMode = .timeout(1)
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            }
            try migrator.migrate(queue)
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO meta (id, format_version, session_id, created, title, agenda_date,
                                          time_zone, agenda_yaml, agenda_json)
                        VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [formatVersion, meta.sessionID, meta.created, meta.title, meta.agendaDate,
                                meta.timeZoneID, meta.agendaYAML, meta.agendaJSON])
            }
        }
    }

    /// Opens an existing file read-only — SQLite never writes to it through this connection — and checks
    /// that it is a session file this build understands (with `check`, also SQLite's quick_check). Throws
    /// a `FileVerdict` when it is not.
    ///
    /// A file in WAL mode with no -wal file beside it holds everything in itself and has no writer; unless
    /// the caller wants to `follow` a writer that may start later, it is opened `immutable`, so not even an
    /// empty -wal or -shm file appears beside it.
    static func openReader(path: String, check: Bool, follow: Bool = false) throws -> SessionDatabase {
        let companions = [path + "-wal", path + "-shm"]
        let existed = companions.map { access($0, F_OK) == 0 }
        let settled = !follow && !existed[0] && walHeader(path)
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(1)
        var database: SessionDatabase?
        do {
            if settled, let uri = immutableURI(path) {
                database = SessionDatabase(queue: try DatabaseQueue(path: uri, configuration: config), path: path)
            }
        } catch {
            database = nil  // an SQLite without URI file names: fall back to a plain read-only open
        }
        do {
            if database == nil {
                database = SessionDatabase(queue: try DatabaseQueue(path: path, configuration: config), path: path)
            }
            guard let database else { throw FileVerdict.unreadable(path) }
            try database.checkIdentity()
            if check, let trouble = database.quickCheck() { throw FileVerdict.damaged(trouble) }
            return database
        } catch {
            database?.close()
            // Leave a refused file as it was found: remove the -wal/-shm that opening it created.
            for (companion, wasThere) in zip(companions, existed) where !wasThere { unlink(companion) }
            throw verdict(for: error)
        }
    }

    /// Whether the file's header marks WAL mode (bytes 18 and 19 are 2).
    private static func walHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 20), head.count == 20 else { return false }
        return head[head.startIndex + 18] == 2
    }

    /// `file:PATH?immutable=1`: SQLite reads the file without locks, -wal or -shm.
    private static func immutableURI(_ path: String) -> String? {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return path.addingPercentEncoding(withAllowedCharacters: allowed).map { "file:\($0)?immutable=1" }
    }

    /// Opens a checked session file for writing: WAL journal, `synchronous=FULL` read back, schema migrated
    /// to the current format.
    static func openWriter(path: String) throws -> SessionDatabase {
        try guarded {
            var config = Configuration()
            config.journalMode = .wal
            config.busyMode = .timeout(1)
            let queue = try DatabaseQueue(path: path, configuration: config)
            do {
                // GRDB sets synchronous=NORMAL while it opens a WAL database, so FULL must come after opening.
                let level = try queue.writeWithoutTransaction { db -> Int in
                    try db.execute(sql: "PRAGMA synchronous = FULL")
                    return try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
                }
                guard level == 2 else { throw StoreProblem.unsafeSync(level) }
                let mode = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
                guard mode == "wal" else { throw StoreProblem.other("journal mode is \(mode ?? "?"), not wal") }
                try migrator.migrate(queue)
            } catch {
                try? queue.close()
                throw error
            }
            return SessionDatabase(queue: queue, path: path)
        }
    }

    func close() {
        try? queue.close()
    }

    // MARK: Checks

    /// SQLite's structural check (`quick_check`); nil when the file is sound.
    func quickCheck() -> String? { check("quick_check") }

    /// The full `integrity_check`; nil when the file is sound.
    func integrityCheck() -> String? { check("integrity_check") }

    private func check(_ pragma: String) -> String? {
        do {
            let lines = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA \(pragma)") }
            return lines == ["ok"] ? nil : lines.prefix(3).joined(separator: "; ")
        } catch {
            return Self.describe(error)
        }
    }

    /// The `synchronous` level in force on this connection (2 is FULL).
    func synchronousLevel() throws -> Int {
        try guarded { try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 } }
    }

    /// The journal mode in force ("wal" for a writer).
    func journalMode() throws -> String {
        try guarded { try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" } }
    }

    /// Refuses anything that is not a session file of a format this build knows.
    private func checkIdentity() throws {
        let found: (appID: Int32, version: Int?, superseded: Bool)
        do {
            found = try queue.read { db in
                let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard appID == Self.applicationID, try db.tableExists("meta") else { return (appID, nil, false) }
                let version = try Int.fetchOne(db, sql: "SELECT format_version FROM meta WHERE id = 1")
                return (appID, version, try Self.migrator.hasBeenSuperseded(db))
            }
        } catch {
            throw Self.verdict(for: error)
        }
        guard found.appID == Self.applicationID, let version = found.version else { throw FileVerdict.foreign }
        if version > Self.formatVersion || found.superseded { throw FileVerdict.newer(version) }
    }

    // MARK: Schema

    private static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        // v1: the first release. A later format adds a migration here and bumps `formatVersion`.
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    format_version INTEGER NOT NULL,
                    session_id TEXT NOT NULL,
                    created REAL NOT NULL,
                    title TEXT NOT NULL,
                    agenda_date TEXT,
                    time_zone TEXT NOT NULL,
                    agenda_yaml TEXT,
                    agenda_json TEXT NOT NULL
                );
                CREATE TABLE events (
                    seq INTEGER PRIMARY KEY,
                    elapsed REAL NOT NULL,
                    wall REAL NOT NULL,
                    kind TEXT NOT NULL,
                    payload TEXT NOT NULL
                );
                CREATE TABLE drafts (
                    key TEXT PRIMARY KEY,
                    text TEXT NOT NULL,
                    updated REAL NOT NULL
                );
                CREATE VIEW event_log AS
                    SELECT seq, elapsed,
                           strftime('%Y-%m-%d %H:%M:%f', wall + 978307200, 'unixepoch') AS wall_utc,
                           kind, payload
                    FROM events;
                """)
        }
        return migrator
    }()

    // MARK: Rows

    /// The meta row as stored.
    func meta() throws -> MetaRow {
        try guarded {
            try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM meta WHERE id = 1") else {
                    throw StoreProblem.other("the meta row is missing")
                }
                return MetaRow(
                    formatVersion: row["format_version"], sessionID: row["session_id"], created: row["created"],
                    title: row["title"], agendaDate: row["agenda_date"], timeZoneID: row["time_zone"],
                    agendaYAML: row["agenda_yaml"], agendaJSON: row["agenda_json"])
            }
        }
    }

    /// Writes `rows` in one transaction. A row whose seq is already on file is left alone when it is the
    /// same event (a commit that reported failure yet reached the disk); a different event under that seq
    /// means another program wrote to the file, and is refused.
    func insert(_ rows: [EventRow]) throws {
        guard !rows.isEmpty else { return }
        try guarded {
            try queue.write { db in
                let statement = try db.cachedStatement(sql: """
                    INSERT INTO events (seq, elapsed, wall, kind, payload) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (seq) DO NOTHING
                    """)
                for row in rows {
                    try statement.execute(arguments: [row.seq, row.elapsed, row.wall, row.kind, row.payload])
                    if db.changesCount == 0 {
                        let stored = try String.fetchOne(
                            db, sql: "SELECT payload FROM events WHERE seq = ?", arguments: [row.seq])
                        guard stored == row.payload else { throw StoreProblem.conflict(row.seq) }
                    }
                }
            }
        }
    }

    /// Every event row with a seq above `seq`, in order.
    func rows(after seq: Int) throws -> [EventRow] {
        try guarded {
            try queue.read { db in
                var result: [EventRow] = []
                let cursor = try Row.fetchCursor(
                    db, sql: "SELECT seq, elapsed, wall, kind, payload FROM events WHERE seq > ? ORDER BY seq",
                    arguments: [seq])
                while let row = try cursor.next() {
                    result.append(EventRow(seq: row[0], elapsed: row[1], wall: row[2], kind: row[3], payload: row[4]))
                }
                return result
            }
        }
    }

    /// The highest seq on file (0 when there are no events) and the number of events.
    func extent() throws -> (maxSeq: Int, count: Int) {
        try guarded {
            try queue.read { db in
                let row = try Row.fetchOne(db, sql: "SELECT coalesce(max(seq), 0), count(*) FROM events")
                return (row?[0] ?? 0, row?[1] ?? 0)
            }
        }
    }

    /// A number that changes whenever another connection commits: the cheap "has it changed" check.
    func dataVersion() throws -> Int {
        try guarded { try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 } }
    }

    /// Saves drafts (an empty text removes the draft) in one transaction.
    func save(drafts: [DraftRow]) throws {
        guard !drafts.isEmpty else { return }
        try guarded {
            try queue.write { db in
                for draft in drafts {
                    if draft.text.isEmpty {
                        try db.execute(sql: "DELETE FROM drafts WHERE key = ?", arguments: [draft.key])
                    } else {
                        try db.execute(
                            sql: "INSERT OR REPLACE INTO drafts (key, text, updated) VALUES (?, ?, ?)",
                            arguments: [draft.key, draft.text, draft.updated])
                    }
                }
            }
        }
    }

    /// Every saved draft, by key.
    func drafts() throws -> [DraftRow] {
        try guarded {
            try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT key, text, updated FROM drafts ORDER BY key").map {
                    DraftRow(key: $0[0], text: $0[1], updated: $0[2])
                }
            }
        }
    }

    /// Writes a consistent copy of the whole database into `path`, which must not exist or be empty.
    func vacuum(into path: String) throws {
        try guarded {
            try queue.inDatabase { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
        }
    }

    /// Caps the file at its current pages plus `extra` (nil lifts the cap): SQLite then answers growth
    /// with its own "database or disk is full" error, the path a full disk takes. Lets tests fill the disk.
    func limitGrowth(extraPages extra: Int?) throws {
        try guarded {
            try queue.inDatabase { db in
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                let limit = extra.map { pages + $0 } ?? 1_073_741_823
                _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(limit)")
            }
        }
    }

    // MARK: Errors

    /// Runs `body`, turning any error into a `StoreProblem`.
    private static func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw StoreProblem(error)
        }
    }

    private func guarded<T>(_ body: () throws -> T) throws -> T { try Self.guarded(body) }

    /// Why a file that opened (or failed to) read-only is not usable.
    private static func verdict(for error: any Error) -> FileVerdict {
        if let verdict = error as? FileVerdict { return verdict }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return .foreign
            case .SQLITE_CORRUPT: return .damaged(describe(error))
            default: return .unreadable(describe(error))
            }
        }
        return .unreadable(describe(error))
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return "SQLite error \(error.extendedResultCode.rawValue): \(error.message ?? "\(error.resultCode)")"
        }
        return String(describing: error)
    }
}

extension StoreProblem {
    /// Classifies a database error into what the screen can tell the user.
    init(_ error: any Error) {
        if let problem = error as? StoreProblem {
            self = problem
            return
        }
        guard let error = error as? DatabaseError else {
            self = .other(String(describing: error))
            return
        }
        let detail = SessionDatabase.describe(error)
        switch error.resultCode {
        case .SQLITE_FULL: self = .diskFull
        case .SQLITE_READONLY: self = .readOnly
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .damaged(detail)
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        default: self = .ioError(detail)
        }
    }
}

extension SessionDatabase {
    /// Runs raw SQL on any SQLite file, creating it if needed. Lets tests make foreign and future files.
    static func runScript(path: String, sql: String) throws {
        try guarded {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        }
    }
}
