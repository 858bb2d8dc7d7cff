import Foundation
import Testing
import WorkshopModel
@testable import WorkshopStore

@Suite struct WriterLockTests {
    @Test func aSecondWriterIsRefusedAtOnceAndPointedToDisplay() throws {
        let folder = TemporaryFolder()
        let first = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                           timeZoneID: StoreFixtures.zone)
        defer { first.close() }
        try first.append(StoreFixtures.events[0])
        let began = Date()
        do {
            _ = try SessionFile.open(at: first.url)
            Issue.record("a second writer was let in")
        } catch {
            #expect(error == .alreadyOpen(path: first.url.path, shortID: first.meta.shortID, pid: getpid()))
            #expect(error.message(.en).contains("workshop display \(first.meta.shortID)"))
            #expect(error.message(.nl).contains("workshop display \(first.meta.shortID)"))
        }
        #expect(Date().timeIntervalSince(began) < 1)
        // The first writer is unharmed.
        try first.append(StoreFixtures.events[1])
        #expect(try first.events() == Array(StoreFixtures.events.prefix(2)))
    }

    @Test func theLockIsFreedOnClose() throws {
        let folder = TemporaryFolder()
        let first = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                           timeZoneID: StoreFixtures.zone)
        let url = first.url
        first.close()
        let second = try SessionFile.open(at: url)
        second.close()
    }

    @Test func aReaderRunsBesideTheWriterAndFollowsIt() throws {
        let folder = TemporaryFolder()
        let writer = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                            timeZoneID: StoreFixtures.zone)
        defer { writer.close() }
        let reader = try SessionFile.reading(at: writer.url)
        defer { reader.close() }
        #expect(reader.isBeingRecorded)
        #expect(try reader.hasChanged())
        #expect(try !reader.hasChanged())
        var seen: [StoredEvent] = []
        for event in StoreFixtures.events {
            try writer.append(event)
            #expect(try reader.hasChanged())
            seen += try reader.storedEvents(after: seen.last?.seq ?? 0)
        }
        #expect(try !reader.hasChanged())
        #expect(seen.map(\.event) == StoreFixtures.events)
        #expect(seen.map(\.seq) == Array(1...StoreFixtures.events.count))
        // The reader did not take the lock: the writer still works, and a second writer is still refused.
        #expect(throws: StoreError.self) { _ = try SessionFile.open(at: writer.url) }
    }

    @Test func readingAClosedSessionWritesNothing() throws {
        let folder = TemporaryFolder()
        let writer = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                            timeZoneID: StoreFixtures.zone)
        try writer.append(contentsOf: StoreFixtures.events)
        let url = writer.url
        writer.close()
        let before = StoreFixtures.bytes(url)
        let reader = try SessionFile.reading(at: url)
        #expect(!reader.isBeingRecorded)
        #expect(try reader.events() == StoreFixtures.events)
        reader.close()
        #expect(StoreFixtures.bytes(url) == before)
    }
}

@Suite struct SessionReaderTests {
    @Test func aDisplayStartedBeforeTheWriterFollowsIt() throws {
        let folder = TemporaryFolder()
        let first = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                           timeZoneID: StoreFixtures.zone)
        let url = first.url
        first.close()
        let reader = try SessionFile.reading(at: url, follow: true)
        defer { reader.close() }
        #expect(try reader.storedEvents().isEmpty)
        _ = try reader.hasChanged()
        let writer = try SessionFile.open(at: url)
        defer { writer.close() }
        try writer.append(contentsOf: StoreFixtures.events)
        #expect(try reader.hasChanged())
        #expect(try reader.events() == StoreFixtures.events)
        #expect(try reader.extent() == (StoreFixtures.events.count, StoreFixtures.events.count))
    }

    @Test func readingAClosedSessionLeavesNoCompanionFiles() throws {
        let folder = TemporaryFolder()
        let writer = try SessionFile.create(in: folder.url, agenda: StoreFixtures.agenda, agendaText: nil,
                                            timeZoneID: StoreFixtures.zone)
        try writer.append(contentsOf: StoreFixtures.events)
        writer.close()
        let names = StoreFixtures.names(in: folder.url)
        #expect(names.count == 1)
        let reader = try SessionReader.open(at: writer.url)
        #expect(StoreFixtures.names(in: folder.url) == names)
        #expect(try reader.events() == StoreFixtures.events)
        reader.close()
        #expect(StoreFixtures.names(in: folder.url) == names)
    }
}
