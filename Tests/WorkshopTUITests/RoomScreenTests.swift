import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// The room's web server on the screens: the console's strip and join panel, the audience view's QR code,
/// and where each answer came from — against golden text files at 80×24 and 120×40.
@Suite("Room on the screens")
struct RoomScreenTests {
    static let board = RoomBoard(addresses: ["http://192.168.1.23:8080/"],
                                 joinLinks: ["http://192.168.1.23:8080/j/K7M2QX"], code: "K7M2QX")
    static let sizes = [(80, 24), (120, 40)]

    /// The scripted evening with the server on.
    static func serving() -> AppRehearsal {
        var r = AppRehearsal.mechelenEvening()
        r.app.room = board
        return r
    }

    @Test("Console while serving: the address and the code on the schedule row")
    func consoleStrip() {
        let r = Self.serving()
        for (w, h) in Self.sizes {
            let text = r.screen(width: w, height: h).text()
            GoldenFile.check(text, named: "console-serving-\(w)x\(h)")
            #expect(text.contains("192.168.1.23:8080 · code K7M2QX"))
        }
    }

    @Test("w shows the join panel: the QR code where it fits, else the address, the code and what is needed")
    func joinPanel() {
        var r = Self.serving()
        r.press(.char("w"))
        for (w, h) in Self.sizes {
            GoldenFile.check(r.screen(width: w, height: h).text(), named: "console-room-panel-\(w)x\(h)")
        }
        let large = r.screen(width: 120, height: 40)
        #expect(large.text().contains("▀") || large.text().contains("▄"))
        let small = r.screen(width: 60, height: 18).text()
        #expect(small.contains("192.168.1.23:8080") && small.contains("K7M 2QX"))
        #expect(!small.contains("▀") && !small.contains("▄"))
        r.press(.char("w"))
        #expect(r.screen(width: 120, height: 40).text().contains("Agenda"))
    }

    @Test("The QR code is drawn black on white, so a camera reads it on any terminal theme")
    func qrColours() {
        var r = Self.serving()
        r.press(.char("w"))
        let buffer = r.screen(width: 120, height: 40)
        let mask = buffer.styleMask { $0.fg == .black && $0.bg == .white }
        #expect(mask.filter { $0 == "#" }.count > 500)
    }

    @Test("Without --serve, w and W say how to start the server")
    func notServing() {
        var r = AppRehearsal.mechelenEvening()
        r.press(.char("w"))
        #expect(r.app.message?.text.contains("--serve") == true)
        #expect(!r.app.showsRoomPanel)
        r.press(.char("W"))
        #expect(r.app.prompt == nil)
    }

    @Test("W asks first; any other key keeps the server open, j closes it and the strip says so")
    func closing() {
        var r = Self.serving()
        #expect(r.press(.char("W"), .char("x")).command == .none)
        #expect(r.app.room?.isOpen == true)
        #expect(r.press(.char("W"), .char("j")).command == .closeRoom)
        #expect(r.app.room?.isOpen == false)
        #expect(r.screen(width: 120, height: 40).text().contains("server gesloten"))
        r.press(.char("W"))
        #expect(r.app.prompt == nil)
    }

    @Test("The audience view shows the address, the code and the QR code while the server is open")
    func audience() {
        let r = Self.serving()
        for (w, h) in Self.sizes {
            var buffer = ScreenBuffer(width: w, height: h)
            AudienceScreen.render(r.app.session, strings: Strings(.nl), at: r.now, room: Self.board, into: &buffer)
            GoldenFile.check(buffer.text(), named: "audience-serving-\(w)x\(h)")
            #expect(buffer.text().contains("192.168.1.23:8080") && buffer.text().contains("K7M 2QX"))
        }
        var closed = Self.board
        closed.isOpen = false
        var buffer = ScreenBuffer(width: 120, height: 40)
        AudienceScreen.render(r.app.session, strings: Strings(.nl), at: r.now, room: closed, into: &buffer)
        #expect(!buffer.text().contains("K7M"))
    }

    @Test("The board travels through the session file's drafts and back, and only while open")
    func boardAsDraft() throws {
        var r = Self.serving()
        let saved = try #require(r.app.draftTexts[RoomBoard.draftKey])
        #expect(RoomBoard(encoded: saved) == Self.board)
        #expect(RoomBoard(encoded: "{\"kind\":\"answer\"}") == nil)
        r.press(.char("W"), .char("j"))
        #expect(r.app.draftTexts[RoomBoard.draftKey] == nil)
    }

    @Test("Answers from phones say so on the notes and review screens")
    func answerOrigin() {
        var r = AppRehearsal.mechelenEvening()
        let block = r.app.session.agenda.blocks[r.app.session.currentBlock].id
        r.app.receive(Event(at: r.now, .addAnswer(block: block, person: nil, text: "Via de gsm verstuurd",
                                                  tags: [], origin: .device("abc"))))
        r.press(.function(2))
        let notes = r.screen(width: 120, height: 40).text()
        #expect(notes.contains("· telefoon: Via de gsm verstuurd"))
        r.press(.function(4))
        let review = r.screen(width: 120, height: 40).text()
        #expect(review.contains("· telefoon: Via de gsm verstuurd"))
    }
}

@Suite("Undo with phones")
struct RoomUndoTests {
    @Test("u asks before taking back a phone's vote; other keys keep it, j undoes it")
    func undoAsksForAPhonesVote() {
        var r = AppRehearsal.mechelenEvening()
        r.app.receive(Event(at: r.now, .castVote(poll: "beleidsrollen", voter: .device(String(repeating: "a", count: 32)),
                                                  choice: .ranking([0, 1]))))
        let shown = r.app.session.pollState(id: "beleidsrollen").ballots.count
        #expect(r.press(.char("u")).events.isEmpty)
        #expect(r.app.prompt == .confirmUndoPhone)
        #expect(r.press(.char("n")).events.isEmpty)
        #expect(r.app.session.pollState(id: "beleidsrollen").ballots.count == shown)
        r.press(.char("u"))
        #expect(r.press(.char("j")).events.map(\.action) == [.undo])
        #expect(r.app.session.pollState(id: "beleidsrollen").ballots.count == shown - 1)
    }

    @Test("The console's own anonymous votes and typed answers are undone at once")
    func ownStepsNeedNoQuestion() {
        #expect(!ConsoleApp.cameFromPhone(.castVote(poll: "p", voter: .device("console-3"), choice: .scale(2))))
        #expect(!ConsoleApp.cameFromPhone(.addAnswer(block: "b", person: nil, text: "t", tags: [], origin: .console)))
        #expect(ConsoleApp.cameFromPhone(.addAnswer(block: "b", person: nil, text: "t", tags: [], origin: .device("x"))))
    }
}
