import Foundation
import Testing
import WorkshopMinutes
import WorkshopModel

/// Every format of the scripted Mechelen evening, against files reviewed by eye.
@Suite struct MinutesGoldenTests {
    let minutes = Minutes(session: MechelenEvening.session())

    @Test func markdown() {
        Golden.check(MarkdownMinutes.render(minutes), "mechelen.md")
    }

    @Test func html() {
        Golden.check(HTMLMinutes.render(minutes), "mechelen.html")
    }

    @Test func json() throws {
        Golden.check(JSONMinutes.render(minutes), "mechelen.json")
    }

    /// The JSON reads back with Foundation's parser, with the format version and every part.
    @Test func jsonIsValid() throws {
        let object = try JSONSerialization.jsonObject(with: JSONMinutes.render(minutes)) as? [String: Any]
        let document = try #require(object)
        #expect(document["format_version"] as? Int == 1)
        #expect((document["polls"] as? [Any])?.count == 7)
        #expect((document["rounds"] as? [Any])?.count == 6)
        #expect((document["people"] as? [Any])?.count == 13)
        let schedule = try #require(document["schedule"] as? [String: Any])
        #expect(schedule["drift_seconds"] as? Int == 660)
        let hostile = try JSONSerialization.jsonObject(with: JSONMinutes.render(Minutes(session: HostileEvening.session())))
        #expect((hostile as? [String: Any])?["title"] as? String == "Avond <script>alert('x')</script>")
    }

    @Test func csv() throws {
        for file in CSVMinutes.files(minutes) { Golden.check(file.data, "csv/" + file.name) }
        for file in CSVMinutes.files(minutes, excel: true) { Golden.check(file.data, "csv-excel/" + file.name) }
    }

    @Test func anonymousMarkdown() {
        Golden.check(MarkdownMinutes.render(Minutes(session: MechelenEvening.session(), options: MinutesOptions(anonymous: true))),
                     "mechelen-anonymous.md")
    }

    @Test func englishMarkdown() {
        Golden.check(MarkdownMinutes.render(Minutes(session: MechelenEvening.session(language: .en))), "mechelen-en.md")
    }

    @Test func runningSessionMarkdown() {
        Golden.check(MarkdownMinutes.render(Minutes(session: MechelenEvening.session(ended: false))), "mechelen-running.md")
    }

    /// The same session, folded afresh, gives byte-identical output in every format.
    @Test func sameSessionSameBytes() throws {
        let again = Minutes(session: Session(agenda: MechelenEvening.agenda(), timeZoneID: MechelenEvening.zone,
                                             events: MechelenEvening.events()))
        #expect(again == minutes)
        #expect(MarkdownMinutes.render(again) == MarkdownMinutes.render(minutes))
        #expect(HTMLMinutes.render(again) == HTMLMinutes.render(minutes))
        #expect(JSONMinutes.render(again) == JSONMinutes.render(minutes))
        #expect(CSVMinutes.files(again, excel: true) == CSVMinutes.files(minutes, excel: true))
    }
}

/// The labels follow the session's language unless the options ask for another.
@Test func languageCanBeChosen() {
    let dutch = MechelenEvening.session()
    let english = MarkdownMinutes.render(Minutes(session: dutch, options: MinutesOptions(language: .en)))
    #expect(english == MarkdownMinutes.render(Minutes(session: MechelenEvening.session(language: .en))))
    #expect(english.contains("## 1. Attendance"))
    #expect(MarkdownMinutes.render(Minutes(session: dutch)).contains("## 1. Aanwezigen"))
}
