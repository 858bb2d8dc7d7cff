import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// Agendas of other shapes: empty, long, English, and a workshop that has ended.
@Suite("Screens on other agendas")
struct ScreenEdgeTests {
    /// Renders every screen of `app` at a few sizes and returns the console's text at 80×24.
    private func renderAll(_ app: inout ConsoleApp, at now: Instant) -> String {
        for screen in ScreenKind.allCases {
            app.screen = screen
            for (w, h) in [(40, 12), (80, 24), (200, 60)] {
                var buffer = ScreenBuffer(width: w, height: h)
                app.render(into: &buffer, at: now)
                #expect(buffer.row(h - 1).hasPrefix(" "), "\(screen) \(w)×\(h)")
            }
        }
        app.screen = .console
        var buffer = ScreenBuffer(width: 80, height: 24)
        app.render(into: &buffer, at: now)
        return buffer.text()
    }

    private let start = Instant(elapsed: 0, wall: Date(timeIntervalSince1970: 1_742_324_400))

    @Test("An agenda without blocks or people says so on every screen and refuses gently")
    func emptyAgenda() {
        var app = ConsoleApp(session: Session(agenda: Agenda(title: "Leeg"), timeZoneID: "Europe/Brussels"))
        #expect(renderAll(&app, at: start).contains("Deze agenda heeft geen blokken."))
        for key in [Key.char(" "), .char("n"), .char("f"), .char("a"), .function(3), .char("4"), .function(4), .char("g")] {
            let reply = app.handle(key, at: start)
            for event in reply.events { app.record(event) }
        }
        #expect(app.session.answers.isEmpty)
    }

    @Test("A long agenda keeps the current block in view and takes two-digit block numbers")
    func longAgenda() {
        let blocks = (0..<14).map { i in
            Block(id: "b\(i)", kind: .other, title: "Onderdeel \(i + 1)", plannedStart: ClockTime(hour: 9, minute: 0) + i * 10,
                  plannedMinutes: 10)
        }
        var app = ConsoleApp(session: Session(agenda: Agenda(title: "Lange dag", blocks: blocks), timeZoneID: "Europe/Brussels"))
        for key in [Key.char(" "), .char("g"), .char("1"), .char("2")] {
            let reply = app.handle(key, at: start)
            for event in reply.events { app.record(event) }
        }
        #expect(app.session.currentBlock == 11)
        let text = renderAll(&app, at: start.adding(60))
        #expect(text.contains("12/14  Onderdeel 12"))
        #expect(text.contains("▶ 12 10:50"))
    }

    @Test("The English community agenda on the console, and its traffic-light poll")
    func englishAgenda() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("agendas/community-meeting-90min.yaml").path
        let agenda = try #require(AgendaLoader.load(path: path).agenda)
        var app = ConsoleApp(session: Session(agenda: agenda, timeZoneID: agenda.timeZone ?? "Europe/London"))
        #expect(app.language == .en)
        let now = Instant(elapsed: 0, wall: Date(timeIntervalSince1970: 1_742_324_400))
        for key in [Key.char(" "), .function(3), .char("3"), .char("3"), .char("1"), .char("r")] {
            let reply = app.handle(key, at: now)
            for event in reply.events { app.record(event) }
        }
        var buffer = ScreenBuffer(width: 80, height: 24)
        app.render(into: &buffer, at: now.adding(300))
        GoldenFile.check(buffer.text(), named: "poll-community-en-80x24")
        #expect(buffer.text().contains("green"))
        app.screen = .console
        buffer = ScreenBuffer(width: 80, height: 24)
        app.render(into: &buffer, at: now.adding(300))
        GoldenFile.check(buffer.text(), named: "console-community-en-80x24")
    }

    @Test("After the end of the workshop the console says so and the clock keys are refused")
    func ended() {
        var r = AppRehearsal.mechelenEvening()
        r.at("22:31:00")
        r.press(.char("E"))
        let text = r.screen(width: 80, height: 24).text()
        #expect(text.contains("De workshop is afgelopen."))
        #expect(!r.app.needsSecondTicks)
        r.press(.char(" "))
        #expect(r.app.message?.text == "De workshop is afgelopen (u maakt dat ongedaan).")
        GoldenFile.check(r.screen(width: 80, height: 24).text(), named: "console-ended-80x24")
    }
}
