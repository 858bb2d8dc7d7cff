import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// A terminal that plays a script of keys and resizes and keeps every frame and wait it was asked for.
private final class ScriptedTerminal: TerminalScreen {
    enum Step {
        case key(Key)
        /// A key that is already waiting when the loop asks whether more input is there.
        case waiting(Key)
        case resize(Int, Int)
        /// Nothing arrives before the timeout.
        case quiet
    }

    var size: (width: Int, height: Int)
    private var script: [Step]
    private(set) var frames: [ScreenBuffer] = []
    private(set) var timeouts: [Int] = []
    private(set) var suspensions = 0
    private(set) var invalidations = 0

    init(width: Int, height: Int, script: [Step]) {
        size = (width, height)
        self.script = script
    }

    func draw(_ buffer: ScreenBuffer) { frames.append(buffer) }

    func readKey(timeout milliseconds: Int) -> Key? {
        // Only waits that may block are of interest; the loop's own "anything more?" reads use 0.
        if milliseconds != 0 { timeouts.append(milliseconds) }
        guard !script.isEmpty else { return milliseconds == 0 ? nil : .char("q") }
        if milliseconds == 0 {
            guard case .waiting(let key) = script[0] else { return nil }
            script.removeFirst()
            return key
        }
        switch script.removeFirst() {
        case .key(let key), .waiting(let key): return key
        case .resize(let width, let height):
            size = (width, height)
            return .resize
        case .quiet: return nil
        }
    }

    func suspend() { suspensions += 1 }
    func invalidate() { invalidations += 1 }
}

/// A small program: "n" records a note, "q" quits, "z" suspends; it shows how many notes it has.
private struct NoteCounter: ConsoleProgram {
    var language: Language
    var needsSecondTicks = false
    var notes: [String] = []

    mutating func handle(_ key: Key, at now: Instant) -> AppReply {
        switch key {
        case .char("n"): return AppReply(events: [Event(at: now, .addNote(text: "note \(notes.count + 1)"))])
        case .char("q"): return AppReply(command: .quit)
        case .char("z"): return AppReply(command: .suspend)
        default: return .none
        }
    }

    mutating func record(_ event: Event) -> Outcome {
        if case .addNote(let text) = event.action { notes.append(text) }
        return .applied
    }

    mutating func receive(_ event: Event) -> Outcome { record(event) }

    var session: Session { Session(agenda: Agenda(title: "notes"), timeZoneID: "UTC") }

    func render(into buffer: inout ScreenBuffer, at now: Instant) {
        buffer.put("notes: \(notes.count)", x: 0, y: 0)
    }
}

/// Keeps what it is given, or refuses everything.
private struct RecordingSink: EventSink {
    var refuse = false
    var committed: [Event] = []

    struct DiskFull: Error, CustomStringConvertible {
        var description: String { "disk full" }
    }

    mutating func commit(_ event: Event) throws {
        if refuse { throw DiskFull() }
        committed.append(event)
    }
}

@Suite("Console loop")
struct TerminalConsoleLoopTests {
    @Test("Events are committed, then recorded, then drawn; q ends the loop")
    func eventsFlow() {
        let terminal = ScriptedTerminal(width: 60, height: 20, script: [.key(.char("n")), .key(.char("n")), .key(.char("q"))])
        var loop = ConsoleLoop(app: NoteCounter(language: .en))
        #expect(loop.run(on: terminal) == .quit)
        #expect(loop.app.notes == ["note 1", "note 2"])
        #expect(terminal.frames.map { $0.row(0) } == ["notes: 0", "notes: 1", "notes: 2"])
    }

    @Test("Keys already waiting are handled before the next frame is drawn")
    func burst() {
        let terminal = ScriptedTerminal(
            width: 60, height: 20,
            script: [.key(.char("n")), .waiting(.char("n")), .waiting(.char("n")), .key(.char("q"))])
        var loop = ConsoleLoop(app: NoteCounter(language: .en))
        _ = loop.run(on: terminal)
        #expect(terminal.frames.map { $0.row(0) } == ["notes: 0", "notes: 3"])
    }

    @Test("An event that cannot be saved is not applied, and the bottom row says so")
    func saveFailure() {
        let terminal = ScriptedTerminal(width: 60, height: 20, script: [.key(.char("n")), .key(.char("q"))])
        var loop = ConsoleLoop(app: NoteCounter(language: .nl), sink: RecordingSink(refuse: true))
        _ = loop.run(on: terminal)
        #expect(loop.app.notes.isEmpty)
        let last = terminal.frames.last!
        #expect(last.row(19).hasPrefix("NIET BEWAARD: disk full"))
        #expect(last[0, 19].style.reverse)
    }

    @Test("Below 40×12 the notice replaces the screen, in the program's language, and the screen returns")
    func tinyWindow() {
        for (language, words) in [(Language.nl, "te klein"), (.en, "too small")] {
            let terminal = ScriptedTerminal(width: 60, height: 20, script: [.resize(30, 10), .resize(39, 30), .resize(40, 12), .key(.char("q"))])
            var loop = ConsoleLoop(app: NoteCounter(language: language))
            _ = loop.run(on: terminal)
            let frames = terminal.frames
            #expect(frames.count == 4)
            #expect(frames[0].row(0) == "notes: 0")
            #expect(frames[1].text().contains(words))
            #expect(frames[1].text().contains("30×10"))
            #expect(frames[1].width == 30 && frames[1].height == 10)
            #expect(frames[2].text().contains("40×12"))
            #expect(frames[3].row(0) == "notes: 0")
            // Every resize asks for a full repaint.
            #expect(terminal.invalidations >= 4)
        }
    }

    @Test("The notice fits even a very small window")
    func noticeClipped() {
        for (w, h) in [(1, 1), (5, 2), (12, 3), (39, 11)] {
            var buffer = ScreenBuffer(width: w, height: h)
            SizeNotice.render(into: &buffer, language: .en)
            #expect(buffer.text().split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= w })
        }
    }

    @Test("Ctrl-Z's suspend goes to the terminal, and the loop carries on")
    func suspend() {
        let terminal = ScriptedTerminal(width: 60, height: 20, script: [.key(.char("z")), .key(.char("n")), .key(.char("q"))])
        var loop = ConsoleLoop(app: NoteCounter(language: .en))
        _ = loop.run(on: terminal)
        #expect(terminal.suspensions == 1)
        #expect(loop.app.notes.count == 1)
    }

    @Test("With nothing counting the loop sleeps until a key or the next minute; with a countdown it wakes each second")
    func waking() {
        let idle = ScriptedTerminal(width: 60, height: 20, script: [.quiet, .key(.char("q"))])
        var idleLoop = ConsoleLoop(app: NoteCounter(language: .en))
        _ = idleLoop.run(on: idle)
        #expect(idle.timeouts.count == 2)
        #expect(idle.timeouts.allSatisfy { $0 > 0 && $0 <= 60_005 })

        let ticking = ScriptedTerminal(width: 60, height: 20, script: [.quiet, .quiet, .key(.char("q"))])
        var tickingLoop = ConsoleLoop(app: NoteCounter(language: .en, needsSecondTicks: true))
        _ = tickingLoop.run(on: ticking)
        #expect(ticking.timeouts.count == 3)
        #expect(ticking.timeouts.allSatisfy { $0 >= 1 && $0 <= 1005 })
        // A frame for each wake, even when no key came.
        #expect(ticking.frames.count == 3)
    }

    @Test("The wake-up lands a few milliseconds after the next wall-clock second")
    func nextSecond() {
        let base = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(SessionClock.millisecondsToNextSecond(after: base) == 1005)
        #expect(SessionClock.millisecondsToNextSecond(after: base.addingTimeInterval(0.25)) == 755)
        #expect(SessionClock.millisecondsToNextSecond(after: base.addingTimeInterval(0.9996)) == 6)
        // 1_700_000_000 is 22:13:20 UTC: 40 s to the next minute.
        #expect(SessionClock.millisecondsToNextMinute(after: base) == 40_005)
        #expect(SessionClock.millisecondsToNextMinute(after: base.addingTimeInterval(40)) == 60_005)
    }

    @Test("The session clock starts at its offset and runs on the monotonic clock")
    func clock() {
        let clock = SessionClock(offset: 3600)
        let a = clock.now()
        let b = clock.now()
        #expect(a.elapsed >= 3600 && a.elapsed < 3601)
        #expect(b.elapsed >= a.elapsed)
        #expect(abs(a.wall.timeIntervalSinceNow) < 1)
    }
}
