import Foundation
import Testing
import WorkshopModel

/// Files that must be refused quickly and with a message: too big, not UTF-8, anchors and aliases, not a file.
@Suite struct AgendaInputGuardTests {
    /// A fresh temporary folder for files made during a test.
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aFileOverOneMebibyteIsRefusedBeforeItIsRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("big.yaml")
        let line = "# " + String(repeating: "x", count: 1021) + "\n"
        try Data(String(repeating: line, count: 1025).utf8).write(to: url)
        let start = ContinuousClock.now
        let result = AgendaLoader.load(path: url.path)
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(result.agenda == nil)
        #expect(result.diagnostics.map(\.formatted) == [
            "\(url.path):1:1: error: the file is 1049600 bytes, but agenda files may be at most 1 MiB (1048576 bytes); is this really an agenda?",
        ])
    }

    @Test func textOverOneMebibyteIsRefusedToo() {
        let result = AgendaLoader.parse(text: String(repeating: "#", count: AgendaLoader.maximumFileSize + 1), file: "t.yaml")
        #expect(result.diagnostics.map(\.formatted) == [
            "t.yaml:1:1: error: the file is 1048577 bytes, but agenda files may be at most 1 MiB (1048576 bytes); is this really an agenda?",
        ])
    }

    @Test func aFileOfExactlyOneMebibyteIsRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("edge.yaml")
        let head = "title: Rand\nblocks:\n  - {id: a, kind: other, title: A, start: \"20:00\", minutes: 5}\n#"
        let text = head + String(repeating: "x", count: AgendaLoader.maximumFileSize - head.utf8.count)
        try Data(text.utf8).write(to: url)
        let result = AgendaLoader.load(path: url.path)
        #expect(result.diagnostics == [])
        #expect(result.agenda?.blocks.count == 1)
    }

    @Test func latin1TextIsRefusedAtTheFirstBadByte() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("latin1.yaml")
        // "Governance creëren" saved as Latin-1: ë is the single byte 0xEB, not valid UTF-8 before "ren".
        var bytes = Array("title: Warmte\nblocks:\n  - title: \"Governance cre".utf8)
        bytes.append(0xEB)
        bytes += Array("ren\"\n".utf8)
        try Data(bytes).write(to: url)
        let result = AgendaLoader.load(path: url.path)
        #expect(result.agenda == nil)
        #expect(result.diagnostics.map { "\($0.line):\($0.column): \($0.message)" } == [
            "3:27: the file is not UTF-8: byte 0xEB at byte offset 48 cannot be read; save the file as UTF-8 (it may be Latin-1 or Windows-1252)",
        ])
    }

    @Test func binaryAndUTF16FilesAreRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("binary.yaml")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: binary)
        let binaryResult = AgendaLoader.load(path: binary.path)
        #expect(binaryResult.agenda == nil)
        #expect(binaryResult.diagnostics.count == 1)
        #expect(binaryResult.diagnostics.first?.message.hasPrefix("the file is not UTF-8") == true)

        let utf16 = folder.appendingPathComponent("utf16.yaml")
        try "title: Warmte\n".data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 }?.write(to: utf16)
        #expect(AgendaLoader.load(path: utf16.path).diagnostics.map(\.message) == [
            "the file is UTF-16, not UTF-8; save it again as UTF-8 (in most editors: Save As… → Encoding: UTF-8)",
        ])
    }

    @Test func aUTF8ByteOrderMarkIsAccepted() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("bom.yaml")
        try Data([0xEF, 0xBB, 0xBF] + Array("title: Warmte\nblocks:\n  - {id: a, kind: other, title: A, start: \"20:00\", minutes: 5}\n".utf8)).write(to: url)
        #expect(AgendaLoader.load(path: url.path).diagnostics == [])
    }

    @Test func controlCharactersAreReportedWhereTheyAre() {
        let result = AgendaFixture.parse("title: \"War\u{1}mte\"\nblocks: []\n")
        #expect(AgendaFixture.lines(result) == [
            "1:12: error: the file contains a character YAML does not allow (control characters are not allowed); remove it or retype the text around it",
        ])
    }

    @Test func anchorsAndAliasesAreRefusedAtTheirPositions() {
        let result = AgendaFixture.load("bad-anchors.yaml")
        #expect(result.agenda == nil)
        #expect(AgendaFixture.lines(result) == [
            "3:5: error: anchors and aliases (&name / *name) are not allowed in agenda files (found `&debat`); write the value out in full where it is needed",
            "9:5: error: anchors and aliases (&name / *name) are not allowed in agenda files (found `*debat`); write the value out in full where it is needed",
        ])
    }

    @Test func anAliasWithoutAnAnchorGetsTheSameMessage() {
        let result = AgendaFixture.parse("title: Warmte\nblocks: *elders\n")
        #expect(AgendaFixture.lines(result) == [
            "2:9: error: anchors and aliases (&name / *name) are not allowed in agenda files; write the value out in full",
        ])
    }

    @Test func billionLaughsIsRefusedQuicklyWithAShortList() {
        let start = ContinuousClock.now
        let result = AgendaFixture.load("bad-billion-laughs.yaml")
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(result.agenda == nil)
        let lines = AgendaFixture.lines(result)
        #expect(lines.count == AnchorGuardLimit.reported + 1)
        #expect(lines.first == "2:7: error: anchors and aliases (&name / *name) are not allowed in agenda files (found `&l0`); write the value out in full where it is needed")
        #expect(lines.last == "11:9: error: 8 more anchors and aliases in this file; remove them all")
    }

    @Test func billionLaughsAsMappingKeysIsRefusedWithoutParsing() {
        // Yams hashes mapping keys while composing: an alias key would expand before any check could run.
        let start = ContinuousClock.now
        let result = AgendaFixture.load("bad-billion-laughs-key.yaml")
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(AgendaFixture.lines(result) == [
            "12:5: error: anchors and aliases (&name / *name) are not allowed in agenda files; write the key out in full",
            "14:3: error: anchors and aliases (&name / *name) are not allowed in agenda files; write the key out in full",
        ])
    }

    @Test func ampersandsAndAsterisksInsideTextAreNotAnchors() throws {
        let result = AgendaFixture.parse(AgendaFixture.agenda(blocks: """
              - id: a
                kind: debate
                title: Het oude afbouwen & het nieuwe ondersteunen
                start: "20:00"
                minutes: 10
                notes: |
                  *Let op*: dit is geen alias.
                  &ook: geen anker
                prompts:
                  - "*belangrijk*: afspraken"
                  - R&D & co
            """))
        #expect(result.diagnostics == [])
        #expect(try #require(result.agenda).blocks[0].prompts == ["*belangrijk*: afspraken", "R&D & co"])
    }

    @Test func deepNestingIsRefusedByTheParserNotByACrash() {
        let text = "title: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        let result = AgendaFixture.parse(text)
        #expect(result.agenda == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.hasPrefix("YAML syntax error") == true)
    }

    @Test func missingFilesAndFoldersGetAMessageNotACrash() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("nope.yaml").path
        #expect(AgendaLoader.load(path: missing).diagnostics.map(\.formatted) == [
            "\(missing):1:1: error: cannot open the file: it does not exist; check the path",
        ])
        #expect(AgendaLoader.load(path: folder.path).diagnostics.map(\.message) == [
            "this is a folder, not an agenda file; name a .yaml file inside it",
        ])
    }

    @Test func aSpecialFileThatNeverEndsIsCutOffAtTheLimit() throws {
        let start = ContinuousClock.now
        let result = AgendaLoader.load(path: "/dev/zero")
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(result.diagnostics.map(\.message) == [
            "the file is larger than 1 MiB, but agenda files may be at most 1 MiB (1048576 bytes); is this really an agenda?",
        ])
    }
}

/// How many anchor diagnostics a file gets before the rest are summed up (mirrors the loader's limit).
private enum AnchorGuardLimit {
    static let reported = 10
}
