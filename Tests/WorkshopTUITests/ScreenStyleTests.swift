import Testing
import WorkshopModel
@testable import WorkshopTUI

/// Styles where they carry meaning, always backed by text for monochrome screens; and every screen at
/// every size keeps to its area.
@Suite("Screen styles and sizes")
struct ScreenStyleTests {
    /// The styles of the big countdown's cells (the "█" in the rows under the block line).
    private func countdownStyles(_ buffer: ScreenBuffer) -> Set<Color> {
        var colors = Set<Color>()
        for y in 5..<12 {
            for x in 0..<40 where buffer[x, y].text == "█" { colors.insert(buffer[x, y].style.fg) }
        }
        return colors
    }

    @Test("With time to spare the countdown is plain bold, neither amber nor red")
    func calmCountdown() {
        let r = AppRehearsal.mechelenEvening()
        let buffer = r.screen(width: 80, height: 24, at: "21:10:00")
        #expect(countdownStyles(buffer) == [.default])
        #expect(!buffer.text().contains("bijna tijd"))
    }

    @Test("In the last minutes the countdown turns amber and says so in words")
    func amberNearTheEnd() {
        let r = AppRehearsal.mechelenEvening()
        // Debate 1 started 20:53 and lasts 30 minutes: at 21:21 two minutes are left.
        let buffer = r.screen(width: 80, height: 24, at: "21:21:00")
        #expect(countdownStyles(buffer) == [.yellow])
        #expect(buffer.text().contains("bijna tijd"))
        #expect(buffer.text().contains("████"))
    }

    @Test("Past its end the countdown is red and shows the overrun in text")
    func redWhenOver() {
        let r = AppRehearsal.mechelenEvening()
        let buffer = r.screen(width: 80, height: 24, at: "21:26:12")
        #expect(countdownStyles(buffer) == [.red])
        let text = buffer.text()
        #expect(text.contains("+3:12 te lang"))
        let row = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("+3:12 te lang") } ?? 0
        let column = buffer.row(row).distance(from: buffer.row(row).startIndex, to: buffer.row(row).range(of: "+3:12")!.lowerBound)
        #expect(buffer[column, row].style.fg == .red)
        #expect(buffer[column, row].style.bold)
    }

    @Test("The small countdown of a narrow window carries the same meaning")
    func smallCountdownOver() {
        let r = AppRehearsal.mechelenEvening(language: .en)
        let buffer = r.screen(width: 40, height: 12, at: "21:26:12")
        let text = buffer.text()
        #expect(text.contains("+3:12"))
        #expect(text.contains("+3:12 over"))
        let row = buffer.row(3)
        #expect(row.hasPrefix(" +3:12"))
        #expect(buffer[1, 3].style.fg == .red)
        #expect(buffer[1, 3].style.reverse)
    }

    @Test("A phase near its end is amber, with its time left in text")
    func phaseAmber() {
        let r = AppRehearsal.mechelenEvening()
        // The debate phase ends at 20:57:30 + 20 min = 21:17:30.
        let buffer = r.screen(width: 80, height: 24, at: "21:16:00")
        let text = buffer.text()
        #expect(text.contains("fase 2/2 · nog 1:30 · Debat & verdieping"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let row = lines.firstIndex { $0.contains("fase 2/2") }!
        let column = DisplayWidth.of(String(lines[row].prefix { $0 != "f" }))
        #expect(buffer[column, row].style.fg == .yellow)
    }

    @Test("A refusal is marked with ! and bold, not by colour alone")
    func warningMarked() {
        var r = AppRehearsal(at: "20:00:00")
        r.press(.char("u"))
        let buffer = r.screen(width: 80, height: 24)
        #expect(buffer.row(23).hasPrefix(" ! Niets om ongedaan te maken."))
        #expect(buffer[1, 23].style.bold)
    }

    @Test("Every screen at every size from 40×12 to 200×60 keeps its header and status line")
    func everySize() {
        var r = AppRehearsal.mechelenEvening()
        for key in [Key.function(1), .function(2), .function(3), .function(4), .function(5)] {
            r.press(key)
            for (w, h) in [(40, 12), (41, 13), (50, 15), (63, 19), (80, 24), (99, 31), (120, 40), (160, 50), (200, 60), (240, 70)] {
                let buffer = r.screen(width: w, height: h)
                #expect(buffer.row(0).hasSuffix("21:14"), "\(r.app.screen) \(w)×\(h)")
                let hint = r.app.strings.hints(r.app.screen)
                #expect(buffer.row(h - 1) == " " + DisplayWidth.truncate(hint, to: w - 2), "\(r.app.screen) \(w)×\(h)")
                for y in 0..<h {
                    #expect(DisplayWidth.of(buffer.row(y)) <= w)
                }
            }
        }
    }

    @Test("Control characters and escape sequences from names and answers never reach a cell")
    func sanitised() {
        var r = AppRehearsal(at: "20:00:00")
        r.press(.char(" "))
        r.app.record(Event(at: r.now, .addPerson(name: "Mal\u{1B}[2Jory\u{07}", group: "X\u{9B}31m", role: .participant)))
        r.press(.function(2), .char("a"), .char("m"), .enter, .paste("rood\u{1B}[31m tekst\u{08}\u{08}\r\nnieuw"))
        r.press(.enter)
        for key in [Key.function(2), .function(3), .function(4), .function(1)] {
            r.press(key)
            let buffer = r.screen(width: 80, height: 24)
            for y in 0..<24 {
                for x in 0..<80 {
                    #expect(!buffer[x, y].text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
                }
            }
        }
        #expect(r.app.session.answers.first?.text.contains("\u{1B}") == false)
    }
}
