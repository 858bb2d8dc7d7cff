import Testing
import WorkshopModel
@testable import WorkshopTUI

/// `workshop validate` and `workshop agenda`: the summary line and the timeline table.
@Suite struct AgendaCommandTests {
    @Test func validateSummarisesTheMechelenAgenda() {
        #expect(Validate.summary(of: BundledAgenda.mechelen(), file: "agendas/m.yaml", warnings: 0)
            == "agendas/m.yaml: ok — 7 blocks, 20:00–22:30, 4 polls, 2 people")
    }

    @Test func validateSummaryCountsInTheSingularAndMentionsWarnings() {
        let agenda = Agenda(
            title: "T", people: [Person(name: "Mo", role: .moderator)],
            blocks: [Block(id: "a", kind: .other, title: "A", plannedStart: ClockTime(hour: 9, minute: 0), plannedMinutes: 30,
                           polls: [Poll(id: "p", question: "?", kind: .open)])])
        #expect(Validate.summary(of: agenda, file: "t.yaml", warnings: 1)
            == "t.yaml: ok — 1 block, 09:00–09:30, 1 poll, 1 person, 1 warning")
    }

    @Test func theMechelenTimelineInDutch() {
        let lines = AgendaTable.render(BundledAgenda.mechelen(), language: .nl).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(Array(lines.prefix(4)) == [
            "Workshop: Mechelse warmtestrategie en Mechelse warmtecoalitie",
            "Gemeenteraadscommissie (GRC)",
            "2023-11-08 · Mechelen · doel participatietijd 75%",
            "",
        ])
        #expect(lines[4].hasPrefix("Tijd         Min  Soort        Titel"))
        #expect(lines[6] == "20:00–20:25   25  intro        Introductie (mensen, sessie, thema)                       Wouter Cyx                                                          schaal 1–5, schaal 1–5, open vraag")
        #expect(lines[8].hasPrefix("20:50–21:20   30  debat        Debat 1 – Beleidsrol Warmte Mechelen"))
        #expect(lines[8].hasSuffix("5 Reflectie & invultijd, 20 Debat & verdieping  rangschikking (4)"))
        #expect(lines[9] == "21:20–21:30   10  pauze        Pauze")
        #expect(lines.last == "20:00–22:30  150  totaal")
    }

    @Test func columnsLineUpByDisplayWidthNotByCharacters() {
        let agenda = Agenda(
            title: "宽", language: .en,
            blocks: [
                Block(id: "a", kind: .intro, title: "会议开始", plannedStart: ClockTime(hour: 9, minute: 0), plannedMinutes: 5, lead: "Zoë"),
                Block(id: "b", kind: .close, title: "Café ☕", plannedStart: ClockTime(hour: 9, minute: 5), plannedMinutes: 5, lead: "Bo"),
            ])
        let lines = AgendaTable.render(agenda, language: .en).split(separator: "\n").map(String.init)
        let rows = lines.filter { $0.hasSuffix("Zoë") || $0.hasSuffix("Bo") }
        #expect(rows.count == 2)
        // The lead column starts at the same terminal column in both rows although 会议开始 is 4 characters and 8 columns wide.
        let leadColumns = rows.map { row in DisplayWidth.of(String(row.prefix { $0 != "Z" && $0 != "B" })) }
        #expect(leadColumns[0] == leadColumns[1])
        #expect(rows[0].hasSuffix("会议开始  Zoë"))
    }

    @Test func titlesFromTheFileCannotReachTheTerminalWithControlCharacters() {
        let agenda = Agenda(
            title: "Evil\u{1B}]0;pwned\u{07} \u{202E}title", language: .en,
            blocks: [Block(id: "a", kind: .other, title: "Line\nbreak", plannedStart: ClockTime(hour: 9, minute: 0), plannedMinutes: 5)])
        let text = AgendaTable.render(agenda, language: .en)
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
        #expect(text.contains("Line break"))
    }
}
