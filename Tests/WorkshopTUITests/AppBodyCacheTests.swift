import Testing
import WorkshopModel
@testable import WorkshopTUI

@Suite struct AppBodyCacheTests {
    /// After every key of the scripted evening (most of them pressed within one second of the one before,
    /// many changing what the body shows without an event: typing, choosing, switching screens), the frame
    /// drawn with the body kept from the frame before is the frame drawn from scratch.
    @Test(arguments: [(80, 24), (120, 40)])
    func keptBodiesAreTheBodiesDrawnAfresh(width: Int, height: Int) {
        var keys = 0, kept = 0
        var differing: [String] = []
        var r = AppRehearsal.mechelenEvening { app, now in
            keys += 1
            if app.bodyCache.frame(for: app.bodyKey(width: width, height: height, at: now)) != nil { kept += 1 }
            var withCache = ScreenBuffer(width: width, height: height)
            app.render(into: &withCache, at: now)
            app.bodyCache.forget()
            var fresh = ScreenBuffer(width: width, height: height)
            app.render(into: &fresh, at: now)
            if withCache != fresh, differing.count < 3 {
                differing.append("after key \(keys) on \(app.screen):\n\(withCache.text())\n---\n\(fresh.text())")
            }
        }
        // More keys that change only the body: the help screen and its scrolling, the review's grouping.
        r.press(.function(5), .down, .down, .up, .function(4), .char("g"), .char("g"), .function(2), .down, .up)
        // Keys that change only the bottom row: the "go to block" prompt opened and closed.
        r.press(.function(1))
        for _ in 0..<5 { r.press(.char("g"), .escape) }
        #expect(differing.isEmpty, "\(differing.joined(separator: "\n\n"))")
        // The comparison means something only if bodies were kept and reused.
        #expect(kept >= 10, "only \(kept) of \(keys) frames reused a kept body")
    }

    /// Warming up draws other screens and rehearses the start key on copies: the console itself is left as
    /// it was, and its next frame (drawn from the body kept by the warm-up) is the frame drawn from scratch.
    @Test func warmingUpLeavesTheConsoleAsItWas() {
        let r = AppRehearsal()
        let now = r.now
        let app = r.app
        var before = ScreenBuffer(width: 120, height: 40)
        app.render(into: &before, at: now)
        app.warmUp(width: 120, height: 40, at: now)
        #expect(!app.session.isRunning && app.session.eventCount == 0)
        #expect(app.bodyCache.frame(for: app.bodyKey(width: 120, height: 40, at: now)) != nil)
        var after = ScreenBuffer(width: 120, height: 40)
        app.render(into: &after, at: now)
        #expect(after == before)
        // The rehearsal did start the block on its copy: the same key on the console itself asks for it.
        var pressed = app
        #expect(pressed.handle(.char(" "), at: now).events.map(\.action) == [.startBlock])
    }

    /// Copies of one console share the cache; a change to one copy never shows another's body.
    @Test func copiesNeverShareABody() {
        let r = AppRehearsal.mechelenEvening()
        let now = r.now
        var a = r.app, b = r.app
        var frame = ScreenBuffer(width: 80, height: 24)
        a.render(into: &frame, at: now)
        _ = b.record(Event(at: now, .speaking(.moderator)))
        _ = a.record(Event(at: now, .addNote(text: "Alleen in kopie a")))
        var shownB = ScreenBuffer(width: 80, height: 24)
        b.render(into: &shownB, at: now)
        b.bodyCache.forget()
        var freshB = ScreenBuffer(width: 80, height: 24)
        b.render(into: &freshB, at: now)
        #expect(shownB == freshB)
        #expect(a.sessionStamp != b.sessionStamp)
    }
}
