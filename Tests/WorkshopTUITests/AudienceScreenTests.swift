import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// The audience view (`workshop display`) drawn from the scripted Mechelen evening.
@Suite struct AudienceScreenTests {
    private func screen(_ r: AppRehearsal, width: Int, height: Int, language: Language = .nl, at clock: String? = nil)
        -> ScreenBuffer
    {
        var buffer = ScreenBuffer(width: width, height: height)
        AudienceScreen.render(r.app.session, strings: Strings(language), at: clock.map(r.instant) ?? r.now, into: &buffer)
        return buffer
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func debateOneWithTheRevealedRanking(width: Int, height: Int) {
        let r = AppRehearsal.mechelenEvening()
        GoldenFile.check(screen(r, width: width, height: height).text(), named: "audience-\(width)x\(height)")
    }

    @Test func inEnglish() {
        let r = AppRehearsal.mechelenEvening()
        GoldenFile.check(screen(r, width: 100, height: 30, language: .en).text(), named: "audience-en-100x30")
    }

    @Test func resultsStayHiddenUntilRevealed() {
        var r = AppRehearsal.mechelenEvening()
        r.press(.function(3), .char("r"))  // the moderator hides the ranking again
        let text = screen(r, width: 120, height: 40).text()
        #expect(!text.contains("%"))
        #expect(!text.contains("punten") && !text.contains("points"))
    }

    @Test func anOverrunIsSaidInWordsAndRed() {
        let r = AppRehearsal.mechelenEvening()
        // Debate 1 (30 minutes) started at 20:53: at 21:30 it is 7 minutes over.
        let buffer = screen(r, width: 120, height: 40, at: "21:30:00")
        #expect(buffer.text().contains("te lang"))
        let mask = buffer.styleMask { $0.fg == .red && $0.bold }
        #expect(mask.contains("#"))
    }

    @Test func nothingIsDrawnOutsideTheWindowAndSmallWindowsGetTheNotice() {
        let r = AppRehearsal.mechelenEvening()
        for (width, height) in [(40, 12), (41, 13), (200, 60)] {
            let buffer = screen(r, width: width, height: height)
            #expect(buffer.text().split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= width })
        }
        let frame = Display.frame(r.app.session, strings: Strings(.nl), problem: nil, size: (30, 10), at: r.now)
        var notice = ScreenBuffer(width: 30, height: 10)
        SizeNotice.render(into: &notice, language: .nl)
        #expect(frame == notice)
        // A read problem is said on the bottom row.
        let failing = Display.frame(r.app.session, strings: Strings(.en), problem: "cannot read", size: (80, 24), at: r.now)
        #expect(failing.text().split(separator: "\n").last?.contains("cannot read") == true)
    }
}
