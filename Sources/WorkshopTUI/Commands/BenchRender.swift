import ArgumentParser
import Foundation
import WorkshopModel

/// `workshop bench-render`: how long one frame of each screen takes to draw into a buffer, on a busy
/// debate round. Hidden: it is for the README's figures, run on the release build.
struct BenchRender: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-render",
        abstract: "Time one frame of each screen on a busy round (release build; target ≤ 2 ms at 200×60).",
        shouldDisplay: false
    )

    @Option(help: "Columns of the frame.") var width = 200
    @Option(help: "Rows of the frame.") var height = 60
    @Option(help: "Answers recorded in the debate round.") var answers = 500
    @Option(help: "Frames timed per screen (the median is reported).") var frames = 200
    @Option(help: "Only this screen: console, notes, poll, review or help.") var screen: String?

    func run() throws {
        guard width >= SizeNotice.minimumWidth, height >= SizeNotice.minimumHeight, frames > 0, answers >= 0 else {
            throw ValidationError("need at least \(SizeNotice.minimumWidth)×\(SizeNotice.minimumHeight), one frame, no negative answers")
        }
        let session = BenchRender.busySession(answers: answers)
        let now = (session.lastEventAt ?? Instant(elapsed: 0, wall: Date())).adding(30)
        print("bench-render: \(width)×\(height), \(answers) answers, \(session.people.count) people, median of \(frames) frames")
        let screens = ScreenKind.allCases.filter { screen == nil || String(describing: $0) == screen }
        guard !screens.isEmpty else { throw ValidationError("no screen called \(screen ?? "")") }
        var worst = 0.0
        var worstEncoding = 0.0
        var previous = ScreenBuffer(width: width, height: height)
        for screen in screens {
            var app = ConsoleApp(session: session, language: .nl)
            app.screen = screen
            var wall: [Double] = []
            var cpu: [Double] = []
            var last = ScreenBuffer(width: 0, height: 0)
            for _ in 0..<frames {
                // Every frame drawn whole: the same moment again would otherwise reuse the kept rows.
                app.bodyCache.forget()
                let startWall = SessionClock.monotonicSeconds(), startCPU = BenchRender.threadCPUSeconds()
                var buffer = ScreenBuffer(width: width, height: height)
                app.render(into: &buffer, at: now)
                cpu.append(BenchRender.threadCPUSeconds() - startCPU)
                wall.append(SessionClock.monotonicSeconds() - startWall)
                last = buffer
            }
            let medianWall = BenchRender.median(wall) * 1000, medianCPU = BenchRender.median(cpu) * 1000
            worst = max(worst, medianCPU)
            let name = String(describing: screen).padding(toLength: 8, withPad: " ", startingAt: 0)
            print("  \(name) median \(BenchRender.ms(medianCPU)) ms CPU, \(BenchRender.ms(medianWall)) ms wall (fastest \(BenchRender.ms((wall.min() ?? 0) * 1000))), \(last.text().filter { !$0.isWhitespace }.count) characters on screen")
            let (encodeCPU, bytes) = BenchRender.timeEncoding(last, after: previous, frames: frames)
            worstEncoding = max(worstEncoding, encodeCPU)
            print("           its bytes for the terminal, switching from the screen before: median \(BenchRender.ms(encodeCPU)) ms CPU, \(bytes) bytes")
            previous = last
        }
        print("busiest switch of screen, its bytes: \(BenchRender.ms(worstEncoding)) ms CPU per frame")
        print("busiest screen: \(BenchRender.ms(worst)) ms CPU per frame (target ≤ 2 ms) — \(worst <= 2 ? "ok" : "TOO SLOW")")
    }

    /// CPU time of the bytes that take an xterm-like terminal from `before` to `frame` (what the backend
    /// writes when the screen switches), with the widths of `DisplayWidth` standing in for glibc's.
    private static func timeEncoding(_ frame: ScreenBuffer, after before: ScreenBuffer, frames: Int) -> (Double, Int) {
        var encoder = FrameEncoder(codes: .ansi(), systemWidth: DisplayWidth.ofScalar)
        var out: [UInt8] = []
        var cpu: [Double] = []
        for _ in 0..<frames {
            out.removeAll(keepingCapacity: true)
            let start = BenchRender.threadCPUSeconds()
            encoder.encode(frame, over: before, into: &out)
            cpu.append(BenchRender.threadCPUSeconds() - start)
        }
        return (BenchRender.median(cpu) * 1000, out.count)
    }

    private static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }

    private static func ms(_ value: Double) -> String {
        String(format: "%.3f", value)
    }

    /// CPU time of this thread: unlike the wall clock, it does not count time other processes had the CPU.
    private static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1_000_000_000
    }

    /// The Mechelen agenda in its first debate: 40 people, `answers` tagged answers, every poll voted
    /// on by everyone and revealed, the debate clock running.
    static func busySession(answers: Int) -> Session {
        let agenda = BundledAgenda.mechelen()
        let debate = agenda.blocks.first { $0.kind == .debate } ?? agenda.blocks[0]
        var t = Instant(elapsed: 0, wall: Date())
        var events: [Event] = []
        func add(_ action: Action) {
            events.append(Event(at: t, action))
            t = t.adding(1)
        }
        add(.startBlock)
        add(.goToBlock(id: debate.id))
        add(.startBlock)
        let groups = ["N-VA", "Groen", "CD&V", "Vooruit", "Open Vld", "Vlaams Belang", "PVDA", "burger"]
        let first = ["Anaïs", "Bart", "Els", "Jef", "Sara", "Koen", "Inès", "Noël", "Zoë", "Chloé"]
        let last = ["Claes", "Wouters", "Peeters", "Maes", "Janssens", "De Smet", "Van den Broeck", "Geërts"]
        let base = agenda.people.count
        let newcomers = 40
        for i in 0..<newcomers {
            add(.addPerson(name: "\(first[i % first.count]) \(last[(i / first.count + i) % last.count])",
                           group: groups[i % groups.count], role: .participant))
        }
        let participants = (base + 1)...(base + newcomers)
        add(.speaking(.participant(base + 1)))
        let words = ["geïntegreerde", "aanpak", "warmtenet", "Mechelaar", "renovatie", "isolatie", "buurt",
                     "draagvlak", "betaalbaar", "warmtepomp", "coöperatie", "subsidie", "communicatie", "stad",
                     "energie", "wijk", "participatie", "duurzaam", "eerlijk", "sneller", "café", "één"]
        let tags = ["kosten", "draagvlak", "techniek", "rol stad", "communicatie"]
        var seed: UInt64 = 2023_11_08
        func random(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for i in 0..<answers {
            let text = (0..<(6 + random(18))).map { _ in words[random(words.count)] }.joined(separator: " ")
            add(.addAnswer(block: debate.id, person: participants.lowerBound + i % newcomers,
                           text: text.prefix(1).uppercased() + text.dropFirst(),
                           tags: [tags[random(tags.count)]], origin: .console))
        }
        for poll in debate.polls {
            add(.openPoll(id: poll.id))
            for (n, person) in participants.enumerated() {
                add(.castVote(poll: poll.id, voter: .person(person), choice: choice(for: poll, voter: n)))
            }
            add(.revealPoll(id: poll.id, revealed: true))
        }
        return Session(agenda: agenda, timeZoneID: TimeZone.current.identifier, events: events)
    }

    private static func choice(for poll: Poll, voter n: Int) -> Choice {
        let count = max(1, poll.options.count)
        switch poll.kind {
        case .scale: return .scale(poll.min + n % max(1, poll.max - poll.min + 1))
        case .single: return .option(n % count)
        case .multi: return .options([n % count])
        case .ranking: return .ranking((0..<count).map { ($0 + n) % count })
        case .open: return .text("Antwoord \(n + 1): geïntegreerde aanpak")
        case .trafficLight: return .light(TrafficLight(rawValue: n % 3) ?? .green)
        }
    }
}
