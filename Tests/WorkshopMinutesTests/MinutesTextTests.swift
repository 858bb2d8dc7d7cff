import Foundation
import Testing
@testable import WorkshopMinutes
import WorkshopModel

/// The text helpers: cleaning, numbers, dates, names, Markdown escaping, bars.
@Suite struct MinutesTextTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("a\u{1B}[1;31mred\u{1B}[0m b", "ared b"),
        ("title\u{1B}]0;window\u{7}after", "titleafter"),
        ("st\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "stlink"),
        ("c1\u{9B}2Jcsi", "c1csi"),
        ("bell\u{7} nul\u{0} del\u{7F} nel\u{85}", "bell nul del nel"),
        ("charset\u{1B}(Bok", "charsetok"),
        ("lone escape\u{1B}", "lone escape"),
        ("bidi \u{202E}evil\u{202C} \u{2066}x\u{2069}", "bidi evil x"),
        ("é composed, e\u{301} decomposed", "é composed, e\u{301} decomposed"),
    ])
    func cleaningRemovesControls(input: String, expected: String) {
        #expect(TextCleaner.clean(input, multiline: false) == expected)
    }

    @Test func cleaningKeepsOrFlattensLineBreaks() {
        #expect(TextCleaner.clean("a\r\nb\rc\nd\te\u{2028}f", multiline: true) == "a\nb\nc\nd\te\nf")
        #expect(TextCleaner.clean("a\r\nb\rc\nd\te", multiline: false) == "a b c d e")
        #expect(TextCleaner.clean("\u{1B}[31", multiline: false) == "")
        #expect(TextCleaner.clean("x\u{1B}[3\nnext", multiline: true) == "x\nnext")
    }

    @Test func numbersFollowTheLanguageNotTheMachine() {
        let nl = NumberText(language: .nl), en = NumberText(language: .en)
        #expect(nl.decimal(3.25, places: 1) == "3,3")
        #expect(en.decimal(3.25, places: 1) == "3.3")
        #expect(nl.decimal(-0.04, places: 1) == "0,0")
        #expect(nl.decimal(-2.5, places: 0) == "-3")
        #expect(nl.decimal(0.05, places: 2) == "0,05")
        #expect(nl.compact(3) == "3" && nl.compact(3.5) == "3,5" && en.compact(2.96) == "3")
        #expect(nl.percent(33.333) == "33%" && nl.percent(66.5) == "67%")
        #expect(nl.minutesSeconds(4325.4) == "72:05" && nl.minutesSeconds(40) == "0:40" && nl.minutesSeconds(-3) == "0:00")
        #expect(nl.signedMinutes(3) == "+3" && nl.signedMinutes(-2) == "−2" && nl.signedMinutes(0) == "0")
        #expect(nl.decimal(.nan, places: 1) == "–")
    }

    @Test func wallClockWithoutFormatters() {
        let brussels = WallClock(zoneID: "Europe/Brussels")
        #expect(brussels.iso8601(Date(timeIntervalSince1970: 1_699_470_000.25)) == "2023-11-08T20:00:00.250+01:00")
        #expect(brussels.iso8601(Date(timeIntervalSince1970: 1_688_839_200)) == "2023-07-08T20:00:00.000+02:00")
        #expect(brussels.spreadsheet(Date(timeIntervalSince1970: 1_699_484_461)) == "2023-11-09 00:01:01")
        #expect(WallClock(zoneID: "Nowhere/Atlantis").iso8601(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000+00:00")
        #expect(MinutesStrings.for(.nl).longDate(CivilDate(year: 2023, month: 11, day: 8)) == "woensdag 8 november 2023")
        #expect(MinutesStrings.for(.en).longDate(CivilDate(year: 2023, month: 11, day: 8)) == "Wednesday 8 November 2023")
    }

    static let people = [
        Participant(id: 1, name: "Wouter Cyx", role: .moderator, group: nil),
        Participant(id: 2, name: "An Van den Broeck", role: .participant, group: "Groen"),
        Participant(id: 3, name: "Bart", role: .participant, group: nil),
        Participant(id: 4, name: "Jan De Smet", role: .participant, group: "N-VA"),
        Participant(id: 5, name: "Jan Peeters", role: .participant, group: nil),
    ]

    @Test func maskLabelsParticipantsOnly() {
        let mask = NameMask(people: Self.people, anonymous: true, strings: .for(.nl))
        #expect(mask.label(1) == "Wouter Cyx")
        #expect(mask.label(2) == "Groen")
        #expect(mask.label(3) == "Deelnemer 1")
        #expect(mask.label(5) == "Deelnemer 2")
        let named = NameMask(people: Self.people, anonymous: false, strings: .for(.en))
        #expect(named.label(2) == "An Van den Broeck")
        #expect(named.rewrite("An Van den Broeck said") == "An Van den Broeck said")
    }

    @Test func maskRewritesNamesInFreeText() {
        let mask = NameMask(people: Self.people, anonymous: true, strings: .for(.nl))
        #expect(mask.rewrite("Zoals an van den broeck zei, en Broeck later") == "Zoals Groen zei, en Groen later")
        #expect(mask.rewrite("Bart en Bartje; bart") == "Deelnemer 1 en Bartje; bart")
        #expect(mask.rewrite("Van de stad, de Smet-fabriek") == "Van de stad, de N-VA-fabriek")
        #expect(mask.rewrite("Jan zei iets tegen Jan Peeters") == "Deelnemer zei iets tegen Deelnemer 2")
        #expect(mask.rewrite("Wouter Cyx leidde") == "Wouter Cyx leidde")
        #expect(mask.rewrite("An") == "Groen")
        #expect(mask.rewrite("Anton en Annemie") == "Anton en Annemie")
        #expect(mask.rewrite("") == "")
    }

    @Test(arguments: [
        ("N-VA en CD&V -> samen", "N-VA en CD&V -> samen"),
        ("- geen lijst", "\\- geen lijst"),
        ("# geen kop", "\\# geen kop"),
        ("> geen citaat", "\\> geen citaat"),
        ("1. geen nummer", "1\\. geen nummer"),
        ("2023 is een jaar", "2023 is een jaar"),
        ("*nadruk* _schuin_ `code` [link](x) ![beeld](y)", "\\*nadruk\\* \\_schuin\\_ \\`code\\` \\[link\\](x) !\\[beeld\\](y)"),
        ("<b>vet</b> &amp; & ok", "\\<b>vet\\</b> \\&amp; & ok"),
        ("~~weg~~ \\ slash", "\\~\\~weg\\~\\~ \\\\ slash"),
        ("twee  \nregels  ", "twee   regels"),
    ])
    func markdownEscaping(input: String, expected: String) {
        #expect(MarkdownText.inline(input) == expected)
    }

    @Test func markdownBlocksStayInTheListItem() {
        #expect(MarkdownText.block("een\n- twee\n\n\n  drie", indent: "  ") == "een\n  \\- twee\n\n  drie")
        #expect(MarkdownText.cell("a | b") == "a \\| b")
    }

    @Test func unicodeBars() {
        #expect(UnicodeBar.bar(0) == "")
        #expect(UnicodeBar.bar(1) == String(repeating: "█", count: 20))
        #expect(UnicodeBar.bar(0.5, width: 10) == "█████")
        #expect(UnicodeBar.bar(0.0001) == "▏")
        #expect(UnicodeBar.bar(0.33, width: 10) == "███▎")
        #expect(UnicodeBar.bar(2) == String(repeating: "█", count: 20))
    }

    @Test func htmlEscaping() {
        #expect(HTMLText.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(HTMLText.escape("geen") == "geen")
    }
}

/// The JSON writer: keys in the order written (debug builds check it is sorted), escaping, numbers.
@Suite struct MinutesJSONTests {
    @Test func everyObjectHasSortedKeys() {
        // The writer asserts the order in debug builds, so writing every fixture is the check.
        for session in [MechelenEvening.session(), MechelenEvening.session(ended: false), HostileEvening.session(),
                        Session(agenda: MechelenEvening.agenda(), timeZoneID: "Europe/Brussels")] {
            #expect(!JSONMinutes.render(Minutes(session: session)).isEmpty)
        }
    }

    @Test func stringsAndNumbersAreEscapedAndWritten() {
        var writer = JSONWriter()
        writer.object { w in
            w.field("a", "q\"b\\n\n\t\u{1}é")
            w.field("b", double: 2.5)
            w.field("c", double: 3)
            w.field("d", double: .infinity)
            w.field("e", strings: [])
            w.field("f") { _ in }
            w.field("g", nil)
            w.field("h", array: [1, 2]) { $0.int($1) }
        }
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(text == "{\n  \"a\": \"q\\\"b\\\\n\\n\\t\\u0001é\",\n  \"b\": 2.5,\n  \"c\": 3,\n  \"d\": null,\n  \"e\": [],\n  \"f\": {},\n  \"g\": null,\n  \"h\": [\n    1,\n    2\n  ]\n}")
    }
}
