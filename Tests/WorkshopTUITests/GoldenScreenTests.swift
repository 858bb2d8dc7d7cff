import Testing
import WorkshopModel
@testable import WorkshopTUI

/// Every screen of the scripted Mechelen evening, at 80×24 and 120×40, against golden text files.
@Suite("Golden screens")
struct GoldenScreenTests {
    static let sizes = [(80, 24), (120, 40)]

    /// Renders the evening at 21:14:30 on `screen` (F-key) at both sizes.
    private func check(_ name: String, key: Key, language: Language? = nil, prepare: (inout AppRehearsal) -> Void = { _ in }) {
        var r = AppRehearsal.mechelenEvening(language: language)
        r.press(key)
        prepare(&r)
        for (w, h) in Self.sizes {
            GoldenFile.check(r.screen(width: w, height: h).text(), named: "\(name)-\(w)x\(h)")
        }
    }

    @Test("Console") func console() { check("console", key: .function(1)) }
    @Test("Notes") func notes() { check("notes", key: .function(2)) }
    @Test("Poll") func poll() { check("poll", key: .function(3)) }
    @Test("Review") func review() { check("review", key: .function(4)) }
    @Test("Help of the console") func help() { check("help", key: .function(5)) }

    @Test("Console in English")
    func consoleEnglish() { check("console-en", key: .function(1), language: .en) }

    @Test("Notes with the answer box picking a person")
    func notesPicking() {
        check("notes-picking", key: .function(2)) { r in
            r.press(.char("a"))
            r.type("e")
        }
    }

    @Test("Notes with an answer being typed")
    func notesWriting() {
        check("notes-writing", key: .function(2)) { r in
            r.press(.char("a"), .char("k"), .enter)
            r.type("Warmtenetten eerst in de Vesten, samen met de renovatie")
        }
    }

    @Test("Poll counting hands on a scale, revealed")
    func pollHands() {
        check("poll-hands", key: .function(3)) { r in
            r.press(.left, .left, .char("h"), .char("r"))
        }
    }

    @Test("Review grouped by party")
    func reviewByGroup() {
        check("review-by-group", key: .function(4)) { r in r.press(.char("g")) }
    }

    @Test("Console at the smallest size and in between")
    func consoleSmall() {
        let r = AppRehearsal.mechelenEvening()
        for (w, h) in [(40, 12), (60, 18)] {
            GoldenFile.check(r.screen(width: w, height: h).text(), named: "console-\(w)x\(h)")
        }
    }

    @Test("Console when the block runs over: the overrun in text")
    func consoleOver() {
        let r = AppRehearsal.mechelenEvening()
        GoldenFile.check(r.screen(width: 80, height: 24, at: "21:26:12").text(), named: "console-over-80x24")
    }

    @Test("Console before the workshop starts")
    func consoleBefore() {
        let r = AppRehearsal(at: "19:55:00")
        GoldenFile.check(r.screen(width: 80, height: 24).text(), named: "console-before-80x24")
    }
}
