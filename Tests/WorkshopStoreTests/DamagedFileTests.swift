import Foundation
import Testing
import WorkshopModel
@testable import WorkshopStore

/// A file that is not a sound session of a known format is refused with a message and left exactly as it
/// was: the same bytes, and no -wal, -shm or lock file appearing beside it.
@Suite struct DamagedFileTests {
    /// Opens `url` for writing and read-only, expects both to be refused, and checks nothing changed.
    private func expectRefusedAndUnchanged(_ url: URL, in folder: URL, matching expected: (StoreError) -> Bool)
        throws
    {
        let before = try #require(StoreFixtures.bytes(url))
        let namesBefore = StoreFixtures.names(in: folder)
        for attempt in 0..<2 {
            do {
                if attempt == 0 {
                    _ = try SessionFile.open(at: url)
                } else {
                    _ = try SessionFile.reading(at: url)
                }
                Issue.record("\(url.lastPathComponent) was opened")
            } catch {
                #expect(expected(error), "unexpected refusal: \(error)")
                #expect(!error.message(.en).isEmpty && !error.message(.nl).isEmpty)
            }
        }
        #expect(StoreFixtures.bytes(url) == before)
        #expect(StoreFixtures.names(in: folder) == namesBefore)
    }

    /// A closed session file with events, checkpointed (no -wal left).
    private func sessionFile(in folder: TemporaryFolder, events: Int = 300) throws -> URL {
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone)
        try file.append(contentsOf: (0..<events).map {
            Event(at: StoreFixtures.at(Double($0)), .addNote(text: "notitie \($0) " + String(repeating: "x", count: 80)))
        })
        let url = file.url
        file.close()
        return url
    }

    @Test func randomBytesAreRefused() throws {
        let folder = TemporaryFolder()
        let url = folder.file("ruis.workshop")
        var generator = SystemRandomNumberGenerator()
        try Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: url)
        try expectRefusedAndUnchanged(url, in: folder.url) { $0 == .notASession(path: url.path) }
    }

    @Test func anEmptyFileIsRefused() throws {
        let folder = TemporaryFolder()
        let url = folder.file("leeg.workshop")
        try Data().write(to: url)
        try expectRefusedAndUnchanged(url, in: folder.url) { $0 == .notASession(path: url.path) }
    }

    @Test func aTruncatedCopyIsRefused() throws {
        let folder = TemporaryFolder()
        let original = try sessionFile(in: folder)
        let bytes = try #require(StoreFixtures.bytes(original))
        let url = folder.file("half.workshop")
        try bytes.prefix(bytes.count / 2).write(to: url)
        try expectRefusedAndUnchanged(url, in: folder.url) {
            if case .damaged = $0 { return true }
            return false
        }
    }

    @Test func overwrittenPagesAreRefused() throws {
        let folder = TemporaryFolder()
        let url = try sessionFile(in: folder)
        var bytes = try #require(StoreFixtures.bytes(url))
        // Scribble over the second page onwards (the schema and the start of the events' b-tree).
        for index in 4096..<min(bytes.count, 4096 * 3) { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try bytes.write(to: url)
        try expectRefusedAndUnchanged(url, in: folder.url) {
            if case .damaged = $0 { return true }
            if case .notASession = $0 { return true }
            return false
        }
    }

    @Test func aForeignSQLiteDatabaseIsRefused() throws {
        let folder = TemporaryFolder()
        let url = folder.file("adresboek.workshop")
        try SessionDatabase.runScript(path: url.path, sql: """
            CREATE TABLE contacts (name TEXT, phone TEXT);
            INSERT INTO contacts VALUES ('An', '0470 00 00 00');
            """)
        try expectRefusedAndUnchanged(url, in: folder.url) { $0 == .notASession(path: url.path) }
    }

    @Test func aForeignDatabaseInWALModeIsRefused() throws {
        let folder = TemporaryFolder()
        let url = folder.file("wal.workshop")
        try SessionDatabase.runScript(path: url.path, sql: """
            PRAGMA journal_mode = WAL;
            CREATE TABLE meta (x);
            """)
        try expectRefusedAndUnchanged(url, in: folder.url) { $0 == .notASession(path: url.path) }
    }

    @Test func aSessionFromANewerVersionIsRefused() throws {
        let folder = TemporaryFolder()
        let url = try sessionFile(in: folder, events: 3)
        try SessionDatabase.runScript(path: url.path, sql: """
            PRAGMA journal_mode = DELETE;
            UPDATE meta SET format_version = 2;
            """)
        try expectRefusedAndUnchanged(url, in: folder.url) {
            $0 == .newerFormat(path: url.path, version: 2, supported: 1)
        }
    }

    @Test func aFolderIsRefused() throws {
        let folder = TemporaryFolder()
        let url = folder.file("map.workshop")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        #expect(throws: StoreError.notASession(path: url.path)) { _ = try SessionFile.open(at: url) }
    }

    @Test func aMissingFileIsReported() {
        let folder = TemporaryFolder()
        let url = folder.file("weg.workshop")
        #expect(throws: StoreError.notFound(path: url.path)) { _ = try SessionFile.open(at: url) }
        #expect(StoreFixtures.names(in: folder.url).isEmpty)
    }
}
