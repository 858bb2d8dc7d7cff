import Foundation
import WorkshopModel

/// A session being recorded: one SQLite file holding the agenda it started from and every event, in order.
///
/// `append` commits each event in its own transaction (WAL, `synchronous=FULL`) before it returns. When the
/// disk fails, events wait in memory in order and are written on the next append or `retryPending()`;
/// `health` says so at once. Only one process may hold a session open for writing (`WriterLock`).
public final class SessionFile {
    /// Where the session lives.
    public let url: URL
    /// What the file says about itself.
    public let meta: SessionMeta
    /// Whether everything recorded is on disk.
    public private(set) var health: StoreHealth = .ok
    /// The sequence number given to the most recent event (0 before the first).
    public private(set) var lastSeq: Int

    private var database: SessionDatabase?
    private var lock: WriterLock?
    private let coder = EventCoder()
    /// Events not yet on disk, oldest first.
    private var pending: [EventRow] = []
    /// Drafts not yet on disk; only the newest text per key matters.
    private var pendingDrafts: [String: DraftRow] = [:]

    private init(url: URL, meta: SessionMeta, database: SessionDatabase, lock: WriterLock, lastSeq: Int) {
        self.url = url
        self.meta = meta
        self.database = database
        self.lock = lock
        self.lastSeq = lastSeq
    }

    deinit { close() }

    // MARK: Creating and opening

    /// Creates a new session file in `directory` (made 0700 if missing) for `agenda` and opens it for writing.
    ///
    /// - Parameters:
    ///   - agendaText: the agenda file's YAML as loaded, kept so the minutes can quote it.
    ///   - agendaJSON: `agenda` as JSONEncoder encodes it, when that is known already (the bundled agenda);
    ///     encoded here when nil.
    ///   - timeZoneID: the time zone the agenda's clock times are meant in.
    ///   - now: the creation time; its day (in `timeZoneID`) starts the file name.
    public static func create(
        in directory: URL, agenda: Agenda, agendaText: String?, agendaJSON encoded: String? = nil,
        timeZoneID: String, now: Date = Date()
    ) throws(StoreError) -> SessionFile {
        let folder = directory.standardizedFileURL.path
        try PrivateFiles.makeDirectory(folder)
        let agendaJSON: String
        if let encoded {
            agendaJSON = encoded
        } else {
            do {
                agendaJSON = String(decoding: try JSONEncoder().encode(agenda), as: UTF8.self)
            } catch {
                throw .cannotEncode(detail: String(describing: error))
            }
        }
        let day = SessionFileName.day(of: now, timeZoneID: timeZoneID)
        for _ in 0..<5 {
            let sessionID = SessionFileName.newSessionID()
            let name = SessionFileName.make(title: agenda.title, day: day, sessionID: sessionID)
            let path = folder + "/" + name
            guard access(path, F_OK) != 0 else { continue }
            let lock = try WriterLock.acquire(for: path, shortID: String(sessionID.prefix(SessionFileName.shortIDLength)))
            let building = folder + "/." + name + ".creating"
            let row = MetaRow(
                formatVersion: SessionDatabase.formatVersion, sessionID: sessionID,
                created: now.timeIntervalSinceReferenceDate, title: agenda.title,
                agendaDate: agenda.date?.description, timeZoneID: timeZoneID, agendaYAML: agendaText,
                agendaJSON: agendaJSON)
            do {
                try PrivateFiles.createExclusive(building)
                try SessionDatabase.build(path: building, meta: row)
            } catch {
                unlink(building)
                unlink(building + "-journal")
                lock.release()
                throw .cannotCreate(path: path, detail: describe(error))
            }
            // link() refuses to replace an existing file, unlike rename().
            guard link(building, path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(building)
                lock.release()
                throw .cannotCreate(path: path, detail: reason)
            }
            unlink(building)
            PrivateFiles.sync(folder)
            // Built here under the lock just taken: no need to read back what was just written.
            return try openChecked(path: path, lock: lock, known: SessionMeta(row: row, agenda: agenda))
        }
        throw .cannotCreate(path: folder, detail: "no free file name")
    }

    /// Opens an existing session file for writing, after checking read-only that it is a sound session
    /// file of a known format. A refused file is left byte-for-byte unchanged.
    public static func open(at url: URL) throws(StoreError) -> SessionFile {
        let path = url.standardizedFileURL.path
        try FileProbe.inspect(path)
        let identity = try SessionReader.identify(path: path, thorough: true)
        let lock = try WriterLock.acquire(for: path, shortID: identity.shortID)
        return try openChecked(path: path, lock: lock)
    }

    /// Opens a session read-only for `display` (`follow`) and exports: never writes, never takes the writer
    /// lock.
    public static func reading(at url: URL, follow: Bool = false) throws(StoreError) -> SessionReader {
        try SessionReader.open(at: url, follow: follow)
    }

    private static func openChecked(path: String, lock: WriterLock, known: SessionMeta? = nil) throws(StoreError) -> SessionFile {
        do {
            // Checked again under the lock: the file may have changed hands since the first look.
            let identity = try known ?? SessionReader.identify(path: path, thorough: false)
            let database: SessionDatabase
            do {
                database = try SessionDatabase.openWriter(path: path)
            } catch {
                throw StoreError.cannotOpen(path: path, problem: StoreProblem(error))
            }
            PrivateFiles.tighten(database: path)
            do {
                let last = try database.extent().maxSeq
                return SessionFile(url: URL(fileURLWithPath: path), meta: identity, database: database,
                                   lock: lock, lastSeq: last)
            } catch {
                database.close()
                throw StoreError.cannotOpen(path: path, problem: StoreProblem(error))
            }
        } catch let error as StoreError {
            lock.release()
            throw error
        } catch {
            lock.release()
            throw .cannotOpen(path: path, problem: StoreProblem(error))
        }
    }

    // MARK: Recording

    /// Does now, before anyone waits on it, the runtime's one-time work of encoding a first event (see
    /// `EventCoder.warmUp`); writes nothing.
    public func warmUp() {
        coder.warmUp()
    }

    /// Records `event`: committed to disk before this returns, or — when the disk fails — held in memory
    /// in order and `health` set to `.failing`. Returns the event's sequence number. Throws only when the
    /// event cannot be stored at all (it cannot be encoded, or the file is closed): then nothing is recorded.
    @discardableResult
    public func append(_ event: Event) throws(StoreError) -> Int {
        guard database != nil else { throw .closed(path: url.path) }
        let row = try coder.row(seq: lastSeq + 1, event: event)
        lastSeq = row.seq
        pending.append(row)
        flush()
        return row.seq
    }

    /// Records several events in one transaction — all of them or, when the disk fails, all waiting in
    /// memory. Returns the sequence number of the last (`lastSeq` when `events` is empty).
    @discardableResult
    public func append(contentsOf events: some Sequence<Event>) throws(StoreError) -> Int {
        guard database != nil else { throw .closed(path: url.path) }
        var rows: [EventRow] = []
        for event in events { rows.append(try coder.row(seq: lastSeq + rows.count + 1, event: event)) }
        guard let last = rows.last else { return lastSeq }
        lastSeq = last.seq
        pending.append(contentsOf: rows)
        flush()
        return last.seq
    }

    /// The loop's hook: commit an event before it is applied (`append` without the sequence number).
    public func commit(_ event: Event) throws(StoreError) {
        try append(event)
    }

    /// Tries again to write what waits in memory; call it on a timer tick while `health` is failing.
    public func retryPending() {
        flush()
    }

    /// Saves a draft (an empty text removes it). Never throws: when the disk fails the newest text waits
    /// in memory with the events.
    public func saveDraft(key: String, text: String, at date: Date = Date()) {
        pendingDrafts[key] = DraftRow(key: key, text: text, updated: date.timeIntervalSinceReferenceDate)
        flush()
    }

    /// Writes everything waiting, events first, each batch in one transaction.
    private func flush() {
        guard let database else { return }
        do {
            if !pending.isEmpty {
                try database.insert(pending)
                pending.removeAll()
            }
            if !pendingDrafts.isEmpty {
                try database.save(drafts: pendingDrafts.values.sorted { $0.key < $1.key })
                pendingDrafts.removeAll()
            }
            health = .ok
        } catch {
            health = .failing(StoreProblem(error), waiting: pending.count)
        }
    }

    // MARK: Reading back

    /// Every event of the session in order, with its sequence number: those on disk and those waiting.
    public func storedEvents() throws(StoreError) -> [StoredEvent] {
        let database = try openDatabase()
        do {
            let rows = try database.rows(after: 0)
            let onDisk = rows.last?.seq ?? 0
            return try EventCoder.events(from: rows + pending.filter { $0.seq > onDisk })
        } catch {
            throw .reading(url.path, error)
        }
    }

    /// Every event of the session in order, for replay.
    public func events() throws(StoreError) -> [Event] {
        try storedEvents().map(\.event)
    }

    /// The saved drafts (including any still waiting in memory).
    public func drafts() throws(StoreError) -> [Draft] {
        let database = try openDatabase()
        do {
            var byKey = Dictionary(uniqueKeysWithValues: try database.drafts().map { ($0.key, $0) })
            for (key, draft) in pendingDrafts { byKey[key] = draft }
            return byKey.values.filter { !$0.text.isEmpty }.sorted { $0.key < $1.key }.map {
                Draft(key: $0.key, text: $0.text, updated: Date(timeIntervalSinceReferenceDate: $0.updated))
            }
        } catch {
            throw .cannotOpen(path: url.path, problem: StoreProblem(error))
        }
    }

    /// The `synchronous` level in force (2 = FULL), for the start-up check and tests.
    public func synchronousLevel() throws(StoreError) -> Int {
        do {
            return try openDatabase().synchronousLevel()
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: url.path, problem: StoreProblem(error))
        }
    }

    /// SQLite's full `integrity_check`; nil when the file is sound.
    public func integrityProblem() -> String? {
        database?.integrityCheck()
    }

    // MARK: Copies

    /// Writes a consistent copy of the session to `destination` (mode 0600): `VACUUM INTO` a temporary
    /// file beside it, then rename. The only safe way to put a session on a synced or network folder.
    public func snapshot(to destination: URL) throws(StoreError) {
        let database = try openDatabase()
        try Snapshot.write(to: destination) { path throws in try database.vacuum(into: path) }
    }

    // MARK: Closing

    /// Writes what still waits, closes the file and lets go of the writer lock. Returns how many events
    /// could not be written (0 unless the disk still fails; the screen should not let the user quit then).
    @discardableResult
    public func close() -> Int {
        guard let database else { return 0 }
        flush()
        let lost = pending.count
        database.close()
        self.database = nil
        lock?.release()
        lock = nil
        return lost
    }

    // MARK: Testing

    /// Caps the file at its size plus `extraPages` pages so that SQLite's own "disk full" path runs
    /// (nil lifts the cap). For tests of the waiting queue.
    func limitGrowth(extraPages: Int?) throws {
        try openDatabase().limitGrowth(extraPages: extraPages)
    }

    private func openDatabase() throws(StoreError) -> SessionDatabase {
        guard let database else { throw .closed(path: url.path) }
        return database
    }
}

extension StoreError {
    /// Why the events of the file at `path` could not be read back: rows that do not decode are damage,
    /// a file that cannot be read is not.
    static func reading(_ path: String, _ error: any Error) -> StoreError {
        guard let problem = error as? StoreProblem else { return .damaged(path: path, detail: describe(error)) }
        if case .damaged(let detail) = problem { return .damaged(path: path, detail: detail) }
        return .cannotOpen(path: path, problem: problem)
    }
}

/// A short description of any error for a message.
func describe(_ error: any Error) -> String {
    if let error = error as? StoreError { return error.message(.en) }
    if let problem = error as? StoreProblem { return problem.message(.en) }
    return String(describing: error)
}
