import Foundation
import Testing
import WorkshopModel
import WorkshopStore
@testable import WorkshopTUI

/// `workshop export`: reads a session file without changing it, also while it is being recorded, and
/// writes the minutes where asked.
@Suite struct ExportCommandTests {
    /// A fresh folder with a session file on the Mechelen agenda holding a few events.
    static func recordedSession(_ events: [Action]) throws -> (folder: URL, file: SessionFile) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        let start = Date(timeIntervalSince1970: 1_699_470_000)
        let file = try SessionFile.create(in: folder, agenda: BundledAgenda.mechelen(), agendaText: nil,
                                          timeZoneID: "Europe/Brussels", now: start)
        for (index, action) in events.enumerated() {
            let offset = Double(index * 60)
            _ = try file.append(Event(at: Instant(elapsed: offset, wall: start.addingTimeInterval(offset)), action))
        }
        return (folder, file)
    }

    static let evening: [Action] = [
        .addPerson(name: "An Peeters", group: "Groen", role: .participant),
        .startBlock,
        .speaking(.participant(3)),
        .addAnswer(block: "intro", person: 3, text: "Een <script>-vraag, met \"quotes\"", tags: [], origin: .console),
    ]

    /// The bytes of a file and whether its SQLite companions exist.
    static func state(of url: URL) throws -> (Data, Bool, Bool) {
        (try Data(contentsOf: url), FileManager.default.fileExists(atPath: url.path + "-wal"),
         FileManager.default.fileExists(atPath: url.path + "-shm"))
    }

    @Test func everyFormatFromAClosedSessionLeavesTheFileAsItWas() throws {
        let (folder, recording) = try Self.recordedSession(Self.evening + [.endWorkshop])
        let url = recording.url
        _ = recording.close()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.state(of: url)
        let expected = ["markdown": "Een \\<script>-vraag", "html": "Een &lt;script&gt;-vraag", "json": "Een <script>-vraag"]
        for (format, name) in [("markdown", "m.md"), ("html", "m.html"), ("json", "m.json")] {
            let out = folder.appendingPathComponent(name).path
            try Export.parse([url.path, "--format", format, "-o", out, "--home", folder.path]).run()
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(text.contains("Mechelse warmtestrategie"), "\(format)")
            #expect(text.contains(expected[format]!), "\(format)")
        }
        let csv = folder.appendingPathComponent("csv")
        try Export.parse([url.path, "--format", "csv", "--excel", "-o", csv.path, "--home", folder.path]).run()
        let files = try FileManager.default.contentsOfDirectory(atPath: csv.path).sorted()
        #expect(files == ["actions.csv", "answers.csv", "notes.csv", "results.csv", "timings.csv", "votes.csv"])
        let after = try Self.state(of: url)
        #expect(after.0 == before.0 && after.1 == before.1 && after.2 == before.2)
        let reopened = try SessionFile.open(at: url)  // still a sound session file
        #expect(try reopened.events().count == Self.evening.count + 1)
        _ = reopened.close()
    }

    @Test func aSessionBeingRecordedGivesProvisionalMinutesOfWhatIsSaved() throws {
        let (folder, file) = try Self.recordedSession(Self.evening)
        defer {
            _ = file.close()
            try? FileManager.default.removeItem(at: folder)
        }
        let out = folder.appendingPathComponent("live.json").path
        try Export.parse([file.url.path, "--format", "json", "-o", out, "--anonymous", "--home", folder.path]).run()
        let first = try String(contentsOfFile: out, encoding: .utf8)
        #expect(first.contains("\"ended_at\": null"))
        #expect(first.contains("Een <script>-vraag"))
        #expect(!first.contains("An Peeters"))

        _ = try file.append(Event(at: Instant(elapsed: 600, wall: Date(timeIntervalSince1970: 1_699_470_600)),
                                  .addNote(text: "Later genoteerd")))
        try Export.parse([file.url.path, "--format", "json", "-o", out, "--home", folder.path]).run()
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("Later genoteerd"))
        // The console keeps recording after the export.
        _ = try file.append(Event(at: Instant(elapsed: 700, wall: Date(timeIntervalSince1970: 1_699_470_700)), .endWorkshop))
        #expect(try file.events().count == Self.evening.count + 2)
    }

    @Test func neverWritesOverASessionFile() throws {
        let (folder, recording) = try Self.recordedSession(Self.evening)
        let url = recording.url
        _ = recording.close()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: url)
        #expect(throws: (any Error).self) {
            try Export.parse([url.path, "-o", url.path, "--home", folder.path]).run()
        }
        #expect(throws: (any Error).self) {
            try Export.parse([url.path, "-o", folder.appendingPathComponent("other.workshop").path, "--home", folder.path]).run()
        }
        #expect(try Data(contentsOf: url) == before)
        _ = try SessionFile.open(at: url).close()
    }

    @Test func optionsThatDoNotFitAreRefusedBeforeReading() {
        #expect(throws: (any Error).self) { try Export.parse(["abc", "--excel"]) }
        #expect(throws: (any Error).self) { try Export.parse(["abc", "--format", "csv", "-o", "-"]) }
        #expect(throws: (any Error).self) { try Export.parse(["abc", "--format", "pdf"]) }
    }

    @Test func anUnknownSessionSaysSo() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        #expect(throws: (any Error).self) {
            try Export.parse(["zzzz", "--home", folder.path]).run()
        }
    }

    @Test func defaultNamesCarryTheSessionID() {
        #expect(Export.defaultName(shortID: "ab12", format: .markdown) == "minutes-ab12.md")
        #expect(Export.defaultName(shortID: "ab12", format: .csv) == "minutes-ab12-csv")
    }
}
