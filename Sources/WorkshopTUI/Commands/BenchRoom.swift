import ArgumentParser
import Foundation
import Synchronization
import WorkshopModel
import WorkshopStore

/// `workshop bench-room`: phones voting at once through the real path — wrk on loopback, the room's
/// server, the inbox, the console loop committing each vote to a session file and applying it. Hidden:
/// it is for the README's figures, run on the release build with Debian's `wrk` installed.
struct BenchRoom: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-room",
        abstract: "Phones voting through the server, the inbox and the console loop into a session file (release build, needs wrk).",
        shouldDisplay: false
    )

    @Option(help: "wrk connections (phones at once).") var connections = 200
    @Option(help: "wrk threads.") var threads = 2
    @Option(help: "Seconds wrk runs.") var seconds = 10
    @Option(help: "Votes per wrk thread; after them a thread only reads the state (200 phones: 100 with 2 threads).")
    var votesPerThread = 100

    func run() throws {
        guard let wrk = ["/usr/bin/wrk", "/usr/local/bin/wrk"].first(where: FileManager.default.isExecutableFile) else {
            throw ValidationError("wrk is not installed: apt-get install wrk")
        }
        guard connections >= threads, threads > 0, seconds > 0, votesPerThread >= 0 else {
            throw ValidationError("need at least one thread, as many connections as threads, a positive duration")
        }
        // The load test's wrk script, from the checkout this binary was built in.
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/wrk-votes.lua")
        guard FileManager.default.fileExists(atPath: script.path) else {
            throw ValidationError("\(script.path) is missing: run bench-room from the checkout it was built in")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-bench-room-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let agenda = BundledAgenda.mechelen()
        let pollID = "kennis-warmte"
        let file = try SessionFile.create(in: folder, agenda: agenda, agendaText: nil, timeZoneID: "Europe/Brussels")
        let recorder = SessionRecorder(file: file, drafts: [], copyTarget: nil)
        var app = ConsoleApp(session: Session(agenda: agenda, timeZoneID: "Europe/Brussels"), language: .en)
        let opening = Event(at: Instant(elapsed: 0, wall: Date()), .openPoll(id: pollID))
        try recorder.commit(opening)
        app.record(opening)

        let room = try RoomLink(session: app.session, port: 0, bind: ["127.0.0.1"], inboxCapacity: 100_000)
        try room.start()
        let port = room.server.endpoints[0].port
        let terminal = HeadlessTerminal()
        let output = Mutex("")
        let load = Thread { [connections, threads, seconds, votesPerThread, code = room.server.joinCode.value] in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: wrk)
            process.arguments = ["-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--timeout", "10s", "--latency",
                                 "-s", script.path, "http://127.0.0.1:\(port)"]
            process.environment = ["WORKSHOP_CODE": code, "WORKSHOP_QUOTA": "\(votesPerThread)", "WORKSHOP_POLL": pollID,
                                   "WORKSHOP_CHOICES": "1,2,3,4,5"]
            let pipe = Pipe()
            process.standardOutput = pipe
            do {
                try process.run()
                let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                output.withLock { $0 = text }
            } catch {
                output.withLock { $0 = "wrk failed: \(error)" }
            }
            // Let the loop take the last votes, then end it.
            Thread.sleep(forTimeInterval: 1)
            terminal.stop()
        }
        print("bench-room: wrk -t\(threads) -c\(connections) -d\(seconds)s, \(threads * votesPerThread) votes at most, loopback, session file \(file.url.lastPathComponent)")
        load.start()
        var loop = ConsoleLoop(app: RecordedConsole(app: app, recorder: recorder), sink: StoreSink(recorder: recorder), room: room)
        _ = loop.run(on: terminal)
        room.stop()
        let (unsaved, _) = recorder.finish()

        let text = output.withLock { $0 }
        let stored = try SessionFile.reading(at: file.url)
        defer { stored.close() }
        let events = try stored.events()
        let votesOnFile = events.filter { if case .castVote = $0.action { true } else { false } }.count
        let replayed = Session(agenda: agenda, timeZoneID: "Europe/Brussels", events: events)
        let voters = replayed.tally(poll: pollID)?.voters ?? 0
        let delays = room.delays.map { Double($0.components.seconds) * 1000 + Double($0.components.attoseconds) / 1e15 }.sorted()
        func at(_ share: Double) -> Double { delays.isEmpty ? 0 : delays[min(delays.count - 1, Int(Double(delays.count) * share))] }
        print(text.split(separator: "\n").filter { $0.contains("Requests/sec") || $0.contains("votes_accepted") || $0.contains("other_status") || $0.contains("p50_ms")
            || $0.contains("p99_ms") || $0.contains("timeout") || $0.contains("Non-2xx") }.joined(separator: "\n"))
        print(String(format: "votes in the session file: %d (replayed tally: %d voters), %d events not saved", votesOnFile, voters, unsaved))
        print(String(format: "vote-to-console delay (server accepted → committed to the file and applied in the loop): p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                     at(0.5), at(0.99), delays.last ?? 0))
    }
}

/// A terminal with no screen for the bench: it sleeps in poll() on the watched descriptor like the real
/// backend, and answers `q` once told to stop.
private final class HeadlessTerminal: TerminalScreen, Sendable {
    private let state = Mutex<(watched: Int32?, stopping: Bool)>((nil, false))

    var size: (width: Int, height: Int) { (120, 40) }
    func draw(_ buffer: ScreenBuffer) {}
    func suspend() {}
    func invalidate() {}
    func watch(_ descriptor: Int32?) { state.withLock { $0.watched = descriptor } }

    /// Ends the loop at its next wait.
    func stop() { state.withLock { $0.stopping = true } }

    func readKey(timeout milliseconds: Int) -> Key? {
        let (watched, stopping) = state.withLock { ($0.watched, $0.stopping) }
        if stopping { return .char("q") }
        guard milliseconds != 0, let watched else { return nil }
        var descriptor = pollfd(fd: watched, events: Int16(POLLIN), revents: 0)
        // At most 100 ms, so a stop is noticed soon.
        let wait = Int32(milliseconds < 0 ? 100 : min(milliseconds, 100))
        return poll(&descriptor, 1, wait) > 0 ? .wake : nil
    }
}
