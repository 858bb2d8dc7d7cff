import Foundation
import Testing
import WorkshopModel
@testable import WorkshopStore

@Suite struct SessionFileTests {
    @Test func createAppendReplayRoundTrip() throws {
        let folder = TemporaryFolder()
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: "title: x\n",
                                          timeZoneID: StoreFixtures.zone, now: StoreFixtures.start)
        var seqs: [Int] = []
        for event in StoreFixtures.events { seqs.append(try file.append(event)) }
        #expect(seqs == Array(1...StoreFixtures.events.count))
        #expect(try file.events() == StoreFixtures.events)
        #expect(file.health == .ok)
        let url = file.url
        file.close()

        let reopened = try SessionFile.open(at: url)
        #expect(try reopened.events() == StoreFixtures.events)
        #expect(reopened.lastSeq == StoreFixtures.events.count)
        #expect(reopened.meta.agenda == StoreFixtures.agenda)
        #expect(reopened.meta.agendaText == "title: x\n")
        #expect(reopened.meta.timeZoneID == StoreFixtures.zone)
        #expect(reopened.meta.created == StoreFixtures.start)
        #expect(reopened.meta.formatVersion == 1)
        // Numbering continues after a reopen.
        #expect(try reopened.append(Event(at: StoreFixtures.at(100), .resumeBlock)) == StoreFixtures.events.count + 1)
        reopened.close()
    }

    @Test func warmingUpRecordsNothing() throws {
        let folder = TemporaryFolder()
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone, now: StoreFixtures.start)
        defer { file.close() }
        // The file and its write-ahead log, where an event would go first.
        func sizes() -> [Int?] {
            [file.url.path, file.url.path + "-wal"].map {
                (try? FileManager.default.attributesOfItem(atPath: $0))?[.size] as? Int
            }
        }
        let before = sizes()
        file.warmUp()
        #expect(file.lastSeq == 0)
        #expect(try file.events().isEmpty)
        #expect(sizes() == before)
        #expect(try file.append(StoreFixtures.events[0]) == 1)
        #expect(try file.events() == [StoreFixtures.events[0]])
    }

    @Test func anAgendaEncodedAlreadyIsStoredAsGiven() throws {
        let folder = TemporaryFolder()
        // The JSON given is what the file keeps (the caller vouches that it is the agenda's): here, on purpose,
        // another agenda's, so the test sees which one was stored.
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          agendaJSON: BundledAgenda.mechelenJSON, timeZoneID: StoreFixtures.zone)
        let url = file.url
        file.close()
        let reopened = try SessionFile.open(at: url)
        defer { reopened.close() }
        #expect(reopened.meta.agenda == BundledAgenda.mechelen())
    }

    @Test func fileNameCarriesDayTitleAndShortID() throws {
        let folder = TemporaryFolder()
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone, now: StoreFixtures.start)
        defer { file.close() }
        let name = file.url.lastPathComponent
        #expect(name == "2023-11-08-warmte-in-mechelen-geintegreerde-aanpak-\(file.meta.shortID).workshop")
        #expect(file.meta.shortID.count == 6)
        #expect(StoreFixtures.names(in: folder.url).filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func kindColumnNamesTheActionCase() throws {
        let folder = TemporaryFolder()
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone)
        for event in StoreFixtures.events { try file.append(event) }
        let database = try SessionDatabase.openReader(path: file.url.path, check: false)
        defer { database.close() }
        let kinds = try database.rows(after: 0).map(\.kind)
        #expect(kinds == ["startBlock", "openPoll", "castVote", "countHands", "revealPoll", "nextBlock", "startBlock",
                          "speaking", "addPerson", "addAnswer", "undo", "addAnswer", "pauseBlock", "addActionItem"])
        file.close()
    }

    @Test func writerRunsWALWithFullSync() throws {
        let folder = TemporaryFolder()
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone)
        defer { file.close() }
        #expect(try file.synchronousLevel() == 2)
        try file.append(StoreFixtures.events[0])
        let header = try #require(StoreFixtures.bytes(file.url))
        // Bytes 18 and 19 of the header are 2 in WAL mode.
        #expect(header[18] == 2 && header[19] == 2)
    }

    @Test func foldersAre0700AndFiles0600() throws {
        let folder = TemporaryFolder()
        let home = folder.file("deep/er/home")
        let file = try SessionFile.create(in: home, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone)
        for event in StoreFixtures.events { try file.append(event) }
        file.saveDraft(key: "answer", text: "half")
        #expect(StoreFixtures.mode(home.path) == 0o700)
        #expect(StoreFixtures.mode(folder.file("deep/er").path) == 0o700)
        let path = file.url.path
        for companion in [path, path + "-wal", path + "-shm", path + ".lock"] {
            #expect(FileManager.default.fileExists(atPath: companion), "\(companion)")
            #expect(StoreFixtures.mode(companion) == 0o600, "\(companion)")
        }
        let copy = folder.file("copies/copy.workshop")
        try file.snapshot(to: copy)
        #expect(StoreFixtures.mode(copy.path) == 0o600)
        file.close()
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
    }

    @Test func openingTightensLoosePermissions() throws {
        let folder = TemporaryFolder()
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone)
        let url = file.url
        file.close()
        chmod(url.path, 0o644)
        let reopened = try SessionFile.open(at: url)
        defer { reopened.close() }
        #expect(StoreFixtures.mode(url.path) == 0o600)
    }

    @Test func draftsPersistAndEmptyTextRemovesThem() throws {
        let folder = TemporaryFolder()
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone)
        let when = Date(timeIntervalSinceReferenceDate: 720_000_000.25)
        file.saveDraft(key: "answer:debat1", text: "Geïntegreerde aan", at: when)
        file.saveDraft(key: "note", text: "eerst", at: when)
        file.saveDraft(key: "note", text: "", at: when)
        let url = file.url
        file.close()
        let reopened = try SessionFile.open(at: url)
        defer { reopened.close() }
        #expect(try reopened.drafts() == [Draft(key: "answer:debat1", text: "Geïntegreerde aan", updated: when)])
        let reader = try SessionFile.reading(at: url)
        #expect(try reader.drafts() == [Draft(key: "answer:debat1", text: "Geïntegreerde aan", updated: when)])
    }

    @Test func snapshotIsACompleteSessionFile() throws {
        let folder = TemporaryFolder()
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone)
        for event in StoreFixtures.events { try file.append(event) }
        let copy = folder.file("sync/kopie.workshop")
        try file.snapshot(to: copy)
        try file.snapshot(to: copy)  // replacing an older copy works too
        file.close()
        // The copy is one whole file: no -wal beside it, no temporary left behind.
        #expect(StoreFixtures.names(in: folder.file("sync")) == ["kopie.workshop"])
        let reader = try SessionReader.open(at: copy)
        #expect(try reader.events() == StoreFixtures.events)
        #expect(reader.integrityProblem() == nil)
    }

    @Test func appendAfterCloseIsRefused() throws {
        let folder = TemporaryFolder()
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone)
        file.close()
        #expect(throws: StoreError.closed(path: file.url.path)) { try file.append(StoreFixtures.events[0]) }
    }
}
