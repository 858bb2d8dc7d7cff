import Foundation
import Testing
import WorkshopModel
@testable import WorkshopStore

/// When writing fails, events wait in memory in order and reach the file once writing works again —
/// each exactly once. The disk is "filled" with SQLite's page limit, which makes SQLite take the same
/// error path (SQLITE_FULL) as a full disk; the real tmpfs run is in the end-to-end script.
@Suite struct DiskFullTests {
    private func note(_ index: Int) -> Event {
        Event(at: StoreFixtures.at(Double(index)), .addNote(text: "notitie \(index) " + String(repeating: "é", count: 400)))
    }

    @Test func eventsWaitInOrderAndAreWrittenOnceWhenSpaceReturns() throws {
        let folder = TemporaryFolder()
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone)
        let all = (0..<60).map(note)
        for event in all.prefix(10) { try file.append(event) }
        #expect(file.health == .ok)

        try file.limitGrowth(extraPages: 0)
        var sawFailure = false
        for event in all[10..<40] {
            try file.append(event)
            if case .failing(.diskFull, let waiting) = file.health {
                sawFailure = true
                #expect(waiting > 0)
            }
        }
        #expect(sawFailure)
        guard case .failing(.diskFull, let waiting) = file.health else {
            Issue.record("health is \(file.health)")
            return
        }
        #expect(file.health.message(.en)?.contains("disk is full") == true)
        #expect(file.health.message(.nl)?.contains("schijf is vol") == true)
        // What the screen shows is complete, on disk or waiting.
        #expect(try file.events() == Array(all.prefix(40)))
        file.retryPending()
        #expect(file.health == .failing(.diskFull, waiting: waiting))

        // Space returns: the next timer tick writes everything, then appends go straight through.
        try file.limitGrowth(extraPages: nil)
        file.retryPending()
        #expect(file.health == .ok)
        for event in all[40...] { try file.append(event) }
        #expect(file.health == .ok)
        let url = file.url
        #expect(file.close() == 0)

        let reader = try SessionReader.open(at: url)
        let stored = try reader.storedEvents()
        #expect(stored.map(\.seq) == Array(1...60))
        #expect(stored.map(\.event) == all)
        #expect(reader.integrityProblem() == nil)
    }

    @Test func draftsWaitWithTheEvents() throws {
        let folder = TemporaryFolder()
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone)
        try file.limitGrowth(extraPages: 0)
        let long = String(repeating: "Geïntegreerde aanpak ", count: 400)
        file.saveDraft(key: "answer", text: long)
        #expect(!file.health.isOK)
        #expect(try file.drafts().map(\.text) == [long])
        try file.limitGrowth(extraPages: nil)
        file.retryPending()
        #expect(file.health.isOK)
        let url = file.url
        file.close()
        #expect(try SessionReader.open(at: url).drafts().map(\.text) == [long])
    }

    @Test func aRepeatedRowIsWrittenOnceAndADifferentOneIsRefused() throws {
        let folder = TemporaryFolder()
        let file = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone)
        try file.append(StoreFixtures.events[0])
        let url = file.url
        file.close()
        // A commit that reported failure yet reached the disk comes round again with the same seq and bytes.
        let database = try SessionDatabase.openWriter(path: url.path)
        defer { database.close() }
        let coder = EventCoder()
        let same = try coder.row(seq: 1, event: StoreFixtures.events[0])
        try database.insert([same, try coder.row(seq: 2, event: StoreFixtures.events[1])])
        #expect(try database.extent().count == 2)
        let other = try coder.row(seq: 2, event: StoreFixtures.events[2])
        #expect(throws: StoreProblem.conflict(2)) { try database.insert([other]) }
        #expect(try database.rows(after: 0).map(\.payload) == [same.payload, try coder.row(seq: 2, event: StoreFixtures.events[1]).payload])
    }
}
