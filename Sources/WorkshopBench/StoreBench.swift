import Foundation
import Synchronization
import WorkshopModel
import WorkshopStore

/// Session-file benchmarks: committing one event with `synchronous=FULL`, opening and replaying a
/// session of 100,000 events (target ≤ 1 s), and how far the audience view's reader trails the writer
/// (target ≤ 250 ms). Runs in a temporary folder on the same disk as /tmp.
func benchStore() {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("workshop-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
        try benchCommit(in: folder)
        try benchReplay(in: folder)
        try benchFollow(in: folder)
    } catch {
        print("store: benchmark failed: \(error)")
    }
}

private let benchAgenda = Agenda(
    title: "Benchmark", people: [Person(name: "Moderator", role: .moderator)] + (1...30).map {
        Person(name: "Deelnemer \($0)", role: .participant, group: "Groep \($0 % 5)")
    },
    blocks: [
        Block(id: "debat", kind: .debate, title: "Debat", plannedStart: ClockTime(hour: 20, minute: 0), plannedMinutes: 60,
              question: "Welke rol?", polls: [Poll(id: "schaal", question: "Hoe?", kind: .scale, min: 1, max: 5)]),
    ])

/// A plausible event for position `index` of a busy evening: speakers, votes, hands and answers.
private func benchEvent(_ index: Int, start: Date) -> Event {
    let at = Instant(elapsed: Double(index) * 0.05, wall: start.addingTimeInterval(Double(index) * 0.05))
    switch index {
    case 0: return Event(at: at, .startBlock)
    case 1: return Event(at: at, .openPoll(id: "schaal"))
    default: break
    }
    let person = 2 + index % 30
    switch index % 4 {
    case 0: return Event(at: at, .speaking(.participant(person)))
    case 1: return Event(at: at, .castVote(poll: "schaal", voter: .person(person), choice: .scale(1 + index % 5)))
    case 2: return Event(at: at, .countHands(poll: "schaal", value: 1 + index % 5, delta: 1))
    default:
        return Event(at: at, .addAnswer(block: "debat", person: person, text: "Antwoord \(index): een geïntegreerde aanpak",
                                        tags: ["warmte"], origin: .console))
    }
}

private func benchCommit(in folder: URL) throws {
    let file = try SessionFile.create(in: folder, agenda: benchAgenda, agendaText: nil, timeZoneID: "Europe/Brussels")
    defer { file.close() }
    let start = Date()
    var times: [Double] = []
    for index in 0..<1000 {
        let event = benchEvent(index, start: start)
        let began = DispatchTime.now().uptimeNanoseconds
        try file.append(event)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - began) / 1e6)
    }
    times.sort()
    let sync = (try? file.synchronousLevel()) ?? -1
    print(String(format: "store: commit one event (synchronous=%d, WAL): median %.3f ms, p90 %.3f ms, max %.2f ms over 1000",
                 sync, times[500], times[900], times[999]))
}

private func benchReplay(in folder: URL) throws {
    let count = 100_000
    let start = Date()
    let writer = try SessionFile.create(in: folder, agenda: benchAgenda, agendaText: nil, timeZoneID: "Europe/Brussels")
    try writer.append(contentsOf: (0..<count).lazy.map { benchEvent($0, start: start) })
    let url = writer.url
    writer.close()
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0

    // Wall time on a busy machine says little; CPU time of this process is reported beside it.
    var best = (wall: Double.infinity, cpu: 0.0, open: 0.0, read: 0.0, fold: 0.0)
    for _ in 0..<3 {
        let began = (wall: wallSeconds(), cpu: cpuSeconds())
        let file = try SessionFile.open(at: url)
        let opened = cpuSeconds()
        let events = try file.events()
        let read = cpuSeconds()
        let session = Session(agenda: file.meta.agenda, timeZoneID: file.meta.timeZoneID, events: events)
        let done = (wall: wallSeconds(), cpu: cpuSeconds())
        file.close()
        precondition(session.eventCount > 0 && events.count == count)
        if done.wall - began.wall < best.wall {
            best = (done.wall - began.wall, done.cpu - began.cpu, opened - began.cpu, read - opened, done.cpu - read)
        }
    }
    print(String(format: "store: open + replay %d events (%.1f MB): %.3f s wall, %.3f s CPU (open+check %.3f, read+decode %.3f, fold %.3f; target ≤ 1 s) %@",
                 count, Double(size) / 1e6, best.wall, best.cpu, best.open, best.read, best.fold,
                 best.wall <= 1 ? "ok" : (best.cpu <= 1 ? "ok in CPU time; the machine was busy" : "OVER")))
}

/// The audience view's delay: a writer commits events at uneven moments on another thread while a
/// reader polls the file as `workshop display` does (every 100 ms: `PRAGMA data_version`, then the new
/// rows); the delay is from a commit returning to the reader holding the event.
private func benchFollow(in folder: URL) throws {
    let count = 60
    let writer = try SessionFile.create(in: folder, agenda: benchAgenda, agendaText: nil, timeZoneID: "Europe/Brussels")
    let url = writer.url
    writer.close()
    let reader = try SessionFile.reading(at: url, follow: true)
    defer { reader.close() }
    _ = try reader.hasChanged()

    let committed = Mutex([Int: Double]())
    let failure = Mutex<String?>(nil)
    let thread = Thread {
        do {
            let file = try SessionFile.open(at: url)
            defer { file.close() }
            let start = Date()
            var random = SystemRandomNumberGenerator()
            for index in 0..<count {
                // Uneven gaps, as keys come in a room: 20–230 ms.
                usleep(UInt32(20_000 + Int.random(in: 0..<210_000, using: &random)))
                let seq = try file.append(benchEvent(index, start: start))
                let at = wallSeconds()
                committed.withLock { $0[seq] = at }
            }
        } catch {
            failure.withLock { $0 = "\(error)" }
        }
    }
    thread.start()

    var delays: [Double] = []
    var lastSeq = 0
    let deadline = wallSeconds() + 60
    while delays.count < count, failure.withLock({ $0 }) == nil, wallSeconds() < deadline {
        usleep(100_000)
        guard try reader.hasChanged() else { continue }
        let fresh = try reader.storedEvents(after: lastSeq)
        let seen = wallSeconds()
        for stored in fresh {
            if let at = committed.withLock({ $0[stored.seq] }) { delays.append((seen - at) * 1000) }
        }
        lastSeq = fresh.last?.seq ?? lastSeq
    }
    if let problem = failure.withLock({ $0 }) {
        print("store: follow benchmark failed: \(problem)")
        return
    }
    guard delays.count == count else {
        print("store: follow benchmark saw \(delays.count) of \(count) events within 60 s — OVER")
        return
    }
    delays.sort()
    print(String(format: "store: audience view behind the writer (poll every 100 ms, %d events): median %.0f ms, p90 %.0f ms, max %.0f ms (target ≤ 250 ms) %@",
                 count, delays[count / 2], delays[count * 9 / 10], delays[count - 1], delays[count - 1] <= 250 ? "ok" : "OVER"))
}

private func wallSeconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

private func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
