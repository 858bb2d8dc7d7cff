import Foundation
import Testing
import WorkshopModel
@testable import WorkshopStore

/// `kill -9` while a writer appends as fast as it can: afterwards the file passes `integrity_check`, every
/// event the writer acknowledged is there (in order, each once), the last acknowledged draft survives, and
/// the session opens for writing again (the dead writer's lock went with it).
///
/// The writer is this test binary itself, started again with a filter that runs only `CrashChild`, so the
/// child uses exactly the code under test and needs no helper executable.
@Suite struct CrashTests {
    static let childVariable = "WORKSHOP_STORE_CRASH_CHILD"

    /// The note event number `index` of the child's evening: a function of `index` alone, so the parent
    /// can check each stored event.
    static func event(_ index: Int) -> Event {
        Event(at: StoreFixtures.at(Double(index) / 10), .addNote(text: "notitie \(index) – één"))
    }

    @Test(arguments: 0..<5) func killDashNineLosesNoAcknowledgedEvent(run: Int) throws {
        let folder = TemporaryFolder()
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        child.arguments = ["--testing-library", "swift-testing", "--filter", "appendUntilKilled"]
        child.environment = ProcessInfo.processInfo.environment.merging([Self.childVariable: folder.url.path]) { $1 }
        let output = Pipe()
        child.standardOutput = output
        child.standardError = FileHandle.nullDevice
        try child.run()

        // Let it write a random number of events (so it dies at a random moment), then kill it.
        let killAfter = Int.random(in: 5...400)
        var text = ""
        var acknowledged = 0, draftAcknowledged = 0
        let deadline = Date().addingTimeInterval(60)
        func absorb(_ data: Data) {
            text += String(decoding: data, as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines.dropLast() {
                let words = line.split(separator: " ")
                if words.count == 2, let n = Int(words[1]) {
                    if words[0] == "ack" { acknowledged = max(acknowledged, n) }
                    if words[0] == "draft" { draftAcknowledged = max(draftAcknowledged, n) }
                }
            }
            text = String(lines.last ?? "")
        }
        while acknowledged < killAfter, child.isRunning, Date() < deadline {
            absorb(output.fileHandleForReading.availableData)
        }
        try #require(child.processIdentifier > 1)
        kill(child.processIdentifier, SIGKILL)
        // Whatever the child printed before it died was acknowledged too.
        absorb(output.fileHandleForReading.readDataToEndOfFile())
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        try #require(acknowledged >= killAfter, "the child acknowledged only \(acknowledged) events")

        let files = StoreFixtures.names(in: folder.url).filter { $0.hasSuffix(".workshop") }
        try #require(files.count == 1)
        let file = try SessionFile.open(at: folder.file(files[0]))
        defer { file.close() }
        #expect(file.integrityProblem() == nil)
        let stored = try file.storedEvents()
        #expect(stored.count >= acknowledged)
        #expect(stored.map(\.seq) == Array(1...stored.count))
        #expect(stored.map(\.event) == (1...stored.count).map(Self.event))
        let draft = try file.drafts().first { $0.key == "answer" }
        let draftNumber = draft.flatMap { Int($0.text.split(separator: " ").last ?? "") } ?? 0
        #expect(draftNumber >= draftAcknowledged)
        try file.append(Self.event(stored.count + 1))
        #expect(file.health == .ok)
    }
}

/// The writer the crash test kills: appends events and saves drafts as fast as it can, printing each
/// acknowledgement, until it is killed. Runs only inside the child process (it is skipped otherwise).
@Suite struct CrashChild {
    @Test(.enabled(if: ProcessInfo.processInfo.environment[CrashTests.childVariable] != nil))
    func appendUntilKilled() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment[CrashTests.childVariable]!)
        let file = try SessionFile.create(in: folder, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone)
        let out = FileHandle.standardOutput
        for index in 1...1_000_000 {
            let seq = try file.append(CrashTests.event(index))
            try #require(file.health == .ok)
            out.write(Data("ack \(seq)\n".utf8))
            if index % 7 == 0 {
                file.saveDraft(key: "answer", text: "draft \(index)")
                out.write(Data("draft \(index)\n".utf8))
            }
        }
    }
}
