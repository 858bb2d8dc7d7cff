import Foundation
import Testing
import WorkshopModel
import WorkshopWeb
@testable import WorkshopTUI

/// A terminal whose waits run a script: each step may post phone submissions before answering, as the
/// inbox would while the loop sleeps.
private final class PhoneTerminal: TerminalScreen {
    var size: (width: Int, height: Int) = (120, 40)
    private var script: [() -> Key?]
    private(set) var watched: [Int32?] = []
    private(set) var frames: [ScreenBuffer] = []

    init(_ script: [() -> Key?]) { self.script = script }

    func draw(_ buffer: ScreenBuffer) { frames.append(buffer) }

    func readKey(timeout milliseconds: Int) -> Key? {
        guard milliseconds != 0 else { return nil }
        guard !script.isEmpty else { return .char("q") }
        return script.removeFirst()()
    }

    func suspend() {}
    func invalidate() {}
    func watch(_ descriptor: Int32?) { watched.append(descriptor) }
}

/// Keeps every event it is given.
private struct KeepingSink: EventSink {
    var committed: [Event] = []
    mutating func commit(_ event: Event) throws { committed.append(event) }
}

/// A sink that is a class, so the test can read what the loop committed.
private final class SharedSink: EventSink {
    var committed: [Event] = []
    /// How many events each commit held (one transaction each).
    var transactions: [Int] = []
    func commit(_ event: Event) throws {
        committed.append(event)
        transactions.append(1)
    }
    func commit(contentsOf events: [Event]) throws {
        committed += events
        transactions.append(events.count)
    }
}

@Suite("Room wiring: phones through the console loop")
struct RoomWiringTests {
    static let pollID = "kennis-warmte"

    /// The Mechelen evening in its first block, with the scale poll open.
    static func console() -> ConsoleApp {
        var app = ConsoleApp(session: Session(agenda: BundledAgenda.mechelen(), timeZoneID: "Europe/Brussels"))
        let at = Instant(elapsed: 1, wall: Date())
        app.record(Event(at: at, .openPoll(id: pollID)))
        return app
    }

    static func vote(_ device: String, _ value: Int) -> Submission {
        Submission(device: device, content: .vote(poll: pollID, choice: .scale(value)))
    }

    @Test("Phones' votes become committed events, land in the tally, and the loop watches the inbox")
    func votesReachTheTally() throws {
        let app = Self.console()
        let room = try RoomLink(session: app.session, port: 0, bind: ["127.0.0.1"])
        let sink = SharedSink()
        let terminal = PhoneTerminal([
            {
                room.inbox.post(Self.vote("phone-a", 4))
                room.inbox.post(Self.vote("phone-b", 5))
                room.inbox.post(Self.vote("phone-c", 2))
                return .wake
            },
            {
                // A phone changing its mind replaces its vote; the same vote again is not written twice.
                room.inbox.post(Self.vote("phone-a", 3))
                room.inbox.post(Self.vote("phone-a", 3))
                return .wake
            },
        ])
        var loop = ConsoleLoop(app: app, sink: sink, room: room)
        #expect(loop.run(on: terminal) == .quit)
        let votes = sink.committed.filter { if case .castVote = $0.action { true } else { false } }
        #expect(votes.count == 4)
        // Each wake's batch is one transaction: three votes, then the changed vote (its repeat is dropped).
        #expect(sink.transactions == [3, 1])
        let tally = try #require(loop.app.session.tally(poll: Self.pollID))
        #expect(tally.voters == 3)
        #expect(loop.app.session.pollState(id: Self.pollID).ballots[.device("phone-a")] == .scale(3))
        #expect(terminal.watched.first == room.inbox.fileDescriptor)
        #expect(room.inbox.count == 0)
        #expect(room.delays.count == 5)
    }

    @Test("Undoing a phone's vote on the console takes it off that phone's page too; other phones keep theirs")
    func undoneVoteLeavesThePhonesPage() throws {
        let app = Self.console()
        let room = try RoomLink(session: app.session, port: 0, bind: ["127.0.0.1"])
        let terminal = PhoneTerminal([
            {
                for (device, value) in [("phone-a", 4), ("phone-b", 2)] {
                    let vote = Self.vote(device, value)
                    // What the server's route does as it accepts a vote.
                    room.server.remember(vote.content, of: device)
                    room.inbox.post(vote)
                }
                return .wake
            },
            { .char("u") },
            { .char("y") },
        ])
        var loop = ConsoleLoop(app: app, sink: SharedSink(), room: room)
        #expect(loop.run(on: terminal) == .quit)
        let ballots = loop.app.session.pollState(id: Self.pollID).ballots
        #expect(ballots[.device("phone-b")] == nil)
        #expect(ballots[.device("phone-a")] == .scale(4))
        #expect(room.server.vote(of: "phone-b", poll: Self.pollID) == nil)
        #expect(room.server.vote(of: "phone-a", poll: Self.pollID) == .scale(4))
    }

    @Test("A reveal on the console is published to the phones with the tally; votes alone publish nothing")
    func revealIsPublished() throws {
        let app = Self.console()
        let room = try RoomLink(session: app.session, port: 0, bind: ["127.0.0.1"])
        var versions: [Int] = []
        let terminal = PhoneTerminal([
            {
                versions.append(room.server.snapshot.version)
                room.inbox.post(Self.vote("phone-a", 4))
                room.inbox.post(Self.vote("phone-b", 2))
                return .wake
            },
            {
                versions.append(room.server.snapshot.version)
                return .function(3)
            },
            { .char("r") },
            {
                versions.append(room.server.snapshot.version)
                return .char("q")
            },
        ])
        var loop = ConsoleLoop(app: app, sink: KeepingSink(), room: room)
        _ = loop.run(on: terminal)
        // Unrevealed votes do not change what phones see; the reveal does, with the result.
        #expect(versions[0] == versions[1])
        #expect(versions[2] == versions[1] + 1)
        guard case .poll(let open) = room.server.snapshot.opening else {
            Issue.record("the phones should see the poll")
            return
        }
        #expect(open.poll.id == Self.pollID)
        #expect(open.tally?.voters == 2)
    }

    @Test("A phone's named answer is recorded with its origin while the note-taker keeps typing")
    func answerDoesNotInterruptTyping() throws {
        var app = Self.console()
        app.record(Event(at: Instant(elapsed: 2, wall: Date()), .closePoll(id: Self.pollID)))
        let room = try RoomLink(session: app.session, port: 0, bind: ["127.0.0.1"])
        let block = app.session.agenda.blocks[app.session.currentBlock].id
        let sink = SharedSink()
        let terminal = PhoneTerminal([
            { .char("a") },
            { .char("0") },  // anonymous: the answer box opens
            { .paste("half getypt") },
            {
                room.inbox.post(Submission(device: "phone-z", content: .answer(
                    block: block, text: "Warmtenet eerst", name: "Nieuwe Naam", group: "Groep X")))
                // A vote on the poll closed meanwhile is dropped, not written.
                room.inbox.post(Self.vote("phone-late", 3))
                return .wake
            },
            { .escape },
            { .escape },
        ])
        var loop = ConsoleLoop(app: app, sink: sink, room: room)
        _ = loop.run(on: terminal)
        let actions = sink.committed.map(\.action)
        #expect(actions.contains(.addPerson(name: "Nieuwe Naam", group: "Groep X", role: .participant)))
        #expect(!actions.contains { if case .castVote = $0 { true } else { false } })
        let answer = try #require(loop.app.session.answers.last)
        #expect(answer.text == "Warmtenet eerst")
        #expect(answer.origin == .device("phone-z"))
        #expect(loop.app.session.person(try #require(answer.person))?.name == "Nieuwe Naam")
        // The frame drawn right after the phone's answer still shows the box with the text being typed.
        let afterAnswer = try #require(terminal.frames.dropFirst(4).first)
        #expect((0..<afterAnswer.height).map(afterAnswer.row).joined(separator: "\n").contains("half getypt"))
    }

    @Test("W asks, then closes the server: phones are cut off and the loop stops watching")
    func closingTheRoom() throws {
        var app = Self.console()
        let room = try RoomLink(session: app.session, port: 0, bind: ["127.0.0.1"])
        app.room = RoomBoard(addresses: ["http://127.0.0.1:9/"], joinLinks: ["http://127.0.0.1:9/j/ABCDEF"], code: "ABCDEF")
        let terminal = PhoneTerminal([{ .char("W") }, { .char("n") }, { .char("W") }, { .char("j") }])
        var loop = ConsoleLoop(app: app, sink: KeepingSink(), room: room)
        _ = loop.run(on: terminal)
        #expect(room.server.isStopped)
        #expect(loop.room == nil)
        #expect(terminal.watched.last == .some(nil))
        #expect(loop.app.room?.isOpen == false)
        #expect(loop.app.draftTexts[RoomBoard.draftKey] == nil)
    }
}
