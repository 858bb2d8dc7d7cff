import Foundation
import Testing
import WorkshopModel
import WorkshopStore
@testable import WorkshopTUI

@Suite struct SessionLaunchTests {
    @Test func aResumedClockContinuesFromTheLastEventPlusTheWallClockGap() {
        let last = Instant(elapsed: 1000, wall: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(SessionLaunch.resumeOffset(lastEvent: last, now: last.wall.addingTimeInterval(90)) == 1090)
        // A clock set back (or a different machine's clock behind) must not run timers backwards.
        #expect(SessionLaunch.resumeOffset(lastEvent: last, now: last.wall.addingTimeInterval(-3600)) == 1000)
        #expect(SessionLaunch.resumeOffset(lastEvent: nil, now: Date()) == 0)
    }

    @Test func theLanguageComesFromTheFlagThenTheLocale() {
        #expect(SessionLaunch.language(.en, environment: ["LANG": "nl_BE.UTF-8"]) == .en)
        #expect(SessionLaunch.language(nil, environment: ["LANG": "nl_BE.UTF-8"]) == .nl)
        #expect(SessionLaunch.language(nil, environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "nl_BE.UTF-8"]) == .en)
        #expect(SessionLaunch.language(nil, environment: [:]) == .en)
    }

    @Test func aNewSessionKeepsTheAgendasTimeZone() {
        var agenda = BundledAgenda.mechelen()
        agenda.timeZone = "America/New_York"
        #expect(SessionLaunch.timeZoneID(for: agenda) == "America/New_York")
        agenda.timeZone = nil
        #expect(SessionLaunch.timeZoneID(for: agenda) == TimeZone.current.identifier)
    }

    @Test func anAnswerBeingTypedComesBackAsItWas() {
        var r = AppRehearsal.mechelenEvening()
        r.press(.function(2), .char("a"))
        r.type("an")
        r.press(.enter)
        r.type("Nog niet af: de warmtezonering")
        let drafts = r.app.draftTexts
        #expect(drafts.keys.sorted() == ["notes"])

        var resumed = ConsoleApp(session: r.app.session, language: .nl)
        let restored = resumed.restore(drafts: drafts.map { Draft(key: $0.key, text: $0.value, updated: Date()) })
        #expect(restored == 1)
        #expect(resumed.screen == .notes)
        #expect(resumed.notes.composer?.editor.text == "Nog niet af: de warmtezonering")
        #expect(resumed.notes.composer?.person == r.app.notes.composer?.person)
        #expect(resumed.notes.composer?.block == r.app.notes.composer?.block)
        #expect(resumed.draftTexts == drafts)
        #expect(resumed.message?.text.contains("teruggezet") == true)
    }

    @Test func aFormBeingTypedComesBackAsItWas() {
        var r = AppRehearsal.mechelenEvening()
        r.press(.function(2), .char("t"))
        r.type("Charter opmaken")
        r.press(.tab)
        r.type("Ighor")
        let drafts = r.app.draftTexts
        var resumed = ConsoleApp(session: r.app.session, language: .en)
        resumed.restore(drafts: drafts.map { Draft(key: $0.key, text: $0.value, updated: Date()) })
        #expect(resumed.notes.form?.fields.map(\.text) == ["Charter opmaken", "Ighor", ""])
        #expect(resumed.notes.form?.focus == 1)
        #expect(resumed.draftTexts == drafts)
    }

    @Test func draftsThatNoLongerFitAreLeftOut() {
        let r = AppRehearsal.mechelenEvening()
        var app = ConsoleApp(session: r.app.session, language: .nl)
        let junk = [Draft(key: "notes", text: "{not json", updated: Date()),
                    Draft(key: "poll", text: #"{"kind":"openVote","poll":"bestaat-niet","fields":["x"],"focus":0,"voter":{"person":{"_0":1}}}"#, updated: Date()),
                    Draft(key: "other", text: #"{"kind":"note","fields":["x"],"focus":0}"#, updated: Date())]
        #expect(app.restore(drafts: junk) == 0)
        #expect(app.draftTexts.isEmpty)
    }

    @Test func theListingIsATableWithTheBrokenFilesBelow() {
        let table = Sessions.table([], folder: "/x", language: .en)
        #expect(table.contains("No sessions in /x yet"))
        #expect(Sessions.table([], folder: "/x", language: .nl).contains("Nog geen sessies in /x"))
    }
}
