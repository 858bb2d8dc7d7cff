import Foundation
import WorkshopModel

/// A session opened read-only, for `display` and exports: never writes to the file, never takes the
/// writer lock, and follows a writer that is recording beside it.
public final class SessionReader {
    /// Where the session lives.
    public let url: URL
    /// What the file says about itself.
    public let meta: SessionMeta

    private var database: SessionDatabase?
    private var seenVersion: Int?

    private init(url: URL, meta: SessionMeta, database: SessionDatabase) {
        self.url = url
        self.meta = meta
        self.database = database
    }

    deinit { close() }

    /// Opens `url` read-only after checking it is a session file of a known format. With `follow`, the
    /// reader sees what a writer commits later (`display`); without, a closed session is read as it is,
    /// leaving no -wal or -shm file behind (listings, exports).
    public static func open(at url: URL, follow: Bool = false) throws(StoreError) -> SessionReader {
        let path = url.standardizedFileURL.path
        try FileProbe.inspect(path)
        let database = try checkedDatabase(path: path, thorough: false, follow: follow)
        do {
            let meta = try SessionMeta(row: database.meta())
            return SessionReader(url: URL(fileURLWithPath: path), meta: meta, database: database)
        } catch {
            database.close()
            throw .damaged(path: path, detail: describe(error))
        }
    }

    /// Reads the meta of a session file read-only, refusing foreign, damaged (with `thorough`, SQLite's
    /// quick_check) and newer files with a message. The file is never written.
    static func identify(path: String, thorough: Bool) throws(StoreError) -> SessionMeta {
        let database = try checkedDatabase(path: path, thorough: thorough)
        defer { database.close() }
        do {
            return try SessionMeta(row: database.meta())
        } catch {
            throw .damaged(path: path, detail: describe(error))
        }
    }

    private static func checkedDatabase(path: String, thorough: Bool, follow: Bool = false)
        throws(StoreError) -> SessionDatabase
    {
        do {
            return try SessionDatabase.openReader(path: path, check: thorough, follow: follow)
        } catch let verdict as FileVerdict {
            switch verdict {
            case .foreign: throw .notASession(path: path)
            case .damaged(let detail): throw .damaged(path: path, detail: detail)
            case .newer(let version):
                throw .newerFormat(path: path, version: version, supported: SessionDatabase.formatVersion)
            case .unreadable(let detail): throw .cannotOpen(path: path, problem: .ioError(detail))
            }
        } catch {
            throw .cannotOpen(path: path, problem: StoreProblem(error))
        }
    }

    /// Events with a sequence number above `seq`, in order (all of them by default).
    public func storedEvents(after seq: Int = 0) throws(StoreError) -> [StoredEvent] {
        guard let database else { throw .closed(path: url.path) }
        do {
            return try EventCoder.events(from: database.rows(after: seq))
        } catch {
            throw .reading(url.path, error)
        }
    }

    /// Every event in order, for replay.
    public func events() throws(StoreError) -> [Event] {
        try storedEvents().map(\.event)
    }

    /// The saved drafts.
    public func drafts() throws(StoreError) -> [Draft] {
        guard let database else { throw .closed(path: url.path) }
        do {
            return try database.drafts().map {
                Draft(key: $0.key, text: $0.text, updated: Date(timeIntervalSinceReferenceDate: $0.updated))
            }
        } catch {
            throw .cannotOpen(path: url.path, problem: StoreProblem(error))
        }
    }

    /// The number of events and the highest sequence number on file.
    public func extent() throws(StoreError) -> (count: Int, lastSeq: Int) {
        guard let database else { throw .closed(path: url.path) }
        do {
            let extent = try database.extent()
            return (extent.count, extent.maxSeq)
        } catch {
            throw .cannotOpen(path: url.path, problem: StoreProblem(error))
        }
    }

    /// True when a writer has committed something since the last call (the first call answers true).
    /// Costs one `PRAGMA data_version`, so `display` can ask every few milliseconds.
    public func hasChanged() throws(StoreError) -> Bool {
        guard let database else { throw .closed(path: url.path) }
        do {
            let version = try database.dataVersion()
            defer { seenVersion = version }
            return version != seenVersion
        } catch {
            throw .cannotOpen(path: url.path, problem: StoreProblem(error))
        }
    }

    /// Whether a `workshop` process is recording this session right now.
    public var isBeingRecorded: Bool { WriterLock.isHeld(url.path) }

    /// SQLite's full `integrity_check`; nil when the file is sound.
    public func integrityProblem() -> String? {
        database?.integrityCheck()
    }

    /// Writes a consistent copy to `destination` (see `SessionFile.snapshot(to:)`).
    public func snapshot(to destination: URL) throws(StoreError) {
        guard let database else { throw .closed(path: url.path) }
        try Snapshot.write(to: destination) { path throws in try database.vacuum(into: path) }
    }

    /// Closes the connection.
    public func close() {
        database?.close()
        database = nil
    }
}
