import Foundation
import Testing
import WorkshopModel

/// The agendas shipped in `agendas/` and compiled into the program.
@Suite struct AgendaBundledTests {
    @Test func everyAgendaInTheRepositoryValidatesWithoutAnyDiagnostic() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: AgendaFixture.agendas.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        #expect(names.count >= 2)
        for name in names {
            let result = AgendaLoader.load(path: AgendaFixture.agendas.appendingPathComponent(name).path)
            #expect(result.diagnostics.map(\.formatted) == [], "\(name)")
            #expect(result.agenda != nil, "\(name)")
        }
    }

    @Test func embeddedTextEqualsTheFileByteForByte() throws {
        let url = AgendaFixture.agendas.appendingPathComponent(BundledAgenda.mechelenFileName)
        let file = try Data(contentsOf: url)
        #expect(Data(BundledAgenda.mechelenYAML.utf8) == file, "run scripts/embed-agenda.sh after editing the agenda")
    }

    @Test func mechelenHasTheDecksTimetable() {
        let agenda = BundledAgenda.mechelen()
        let rows = agenda.blocks.map { "\($0.plannedStart)-\($0.plannedEnd) \($0.kind.rawValue) \($0.id) \($0.lead ?? "-")" }
        #expect(rows == [
            "20:00-20:25 intro intro Wouter Cyx",
            "20:25-20:50 presentation situatieschets Ighor Van de Vyver",
            "20:50-21:20 debate debat-1 Wouter Cyx",
            "21:20-21:30 break pauze -",
            "21:30-21:55 debate debat-2 Wouter Cyx",
            "21:55-22:20 debate debat-3 Wouter Cyx",
            "22:20-22:30 close afsluit Wouter Cyx",
        ])
        #expect(agenda.title == "Workshop: Mechelse warmtestrategie en Mechelse warmtecoalitie")
        #expect(agenda.date == CivilDate(year: 2023, month: 11, day: 8))
        #expect(agenda.place == "Mechelen")
        #expect(agenda.language == .nl)
        #expect(agenda.participationTarget == 0.75)
        #expect(agenda.timeZone == "Europe/Brussels")
        #expect(agenda.people == [
            Person(name: "Wouter Cyx", role: .moderator),
            Person(name: "Ighor Van de Vyver", role: .presenter, title: "Adviseur klimaatbeleid"),
        ])
    }

    @Test func mechelenHasTheInsteekvragenTheDebatesAndTheClose() throws {
        let agenda = BundledAgenda.mechelen()
        let intro = try #require(agenda.block(id: "intro"))
        #expect(intro.polls.map(\.question) == [
            "Hoe goed ken ik het thema Warmte?", "Hoeveel interesse heb ik in dit thema?", "Welke vragen stel ik mij hierover?",
        ])
        #expect(intro.polls.map(\.kind) == [.scale, .scale, .open])
        #expect(intro.polls[0].scaleValues == 1...5 && intro.polls[1].scaleValues == 1...5)

        for id in ["debat-1", "debat-2", "debat-3"] {
            let debate = try #require(agenda.block(id: id))
            #expect(debate.phases == [Phase(name: "Reflectie & invultijd", minutes: 5), Phase(name: "Debat & verdieping", minutes: 20)])
            #expect(debate.question != nil)
        }
        let debate1 = try #require(agenda.block(id: "debat-1"))
        #expect(debate1.question == "Welke beleidsrollen zijn prioritair om de komende jaren verder uit te bouwen?")
        #expect(debate1.polls.first?.kind == .ranking)
        #expect(debate1.polls.first?.options == [
            "Richting geven", "Het oude afbouwen & het nieuwe ondersteunen", "Governance creëren",
            "Interne capaciteit en structuren ontwikkelen",
        ])
        let close = try #require(agenda.block(id: "afsluit"))
        #expect(close.prompts == ["Afspraken & acties?", "Feedback op onze aanpak?", "Wat blijft kleven?"])
    }

    @Test func theDecksTypoCopyFailsAtTheEndValueOfDebate3() throws {
        let result = AgendaFixture.load("mechelen-typo-21-20.yaml")
        #expect(result.agenda == nil)
        #expect(AgendaFixture.lines(result) == [
            "124:10: error: `end` 21:20 of block `debat-3` is before its `start` 21:55; a block must end after it starts"
                + " — did you mean `end: \"22:20\"`, when the next block starts?",
        ])
    }

    @Test func theTypoCopyDiffersFromTheRealAgendaOnlyInThatEnd() throws {
        let real = try String(contentsOf: AgendaFixture.agendas.appendingPathComponent(BundledAgenda.mechelenFileName), encoding: .utf8)
        let typo = try String(contentsOf: AgendaFixture.fixtures.appendingPathComponent("mechelen-typo-21-20.yaml"), encoding: .utf8)
        let realLines = real.split(separator: "\n", omittingEmptySubsequences: false)
        let typoLines = typo.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(realLines.count == typoLines.count)
        let differing = zip(realLines, typoLines).enumerated().filter { $0.element.0 != $0.element.1 }
        #expect(differing.map { "\($0.offset + 1): \($0.element.0) -> \($0.element.1)" } == [
            #"124:     end: "22:20" ->     end: "21:20""#,
        ])
    }
}
