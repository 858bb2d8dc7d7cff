import Foundation
import Testing
@testable import WorkshopMinutes
import WorkshopModel

/// How a round's answers are grouped: by the prompt a tag names, by tag, or by the answerer's group.
@Suite struct MinutesGroupingTests {
    static func answer(_ id: Int, tags: [String] = [], group: String? = nil) -> MinutesAnswer {
        MinutesAnswer(id: id, blockID: "b", person: nil, personNumber: nil, group: group, text: "t\(id)", tags: tags,
                      hidden: false, origin: nil, recordedAt: Date(timeIntervalSince1970: 0), editedAt: nil)
    }

    @Test func tagsThatNamePromptsGroupUnderThePrompt() {
        let prompts = ["Afspraken & acties?", "Feedback op onze aanpak?", "Wat blijft kleven?"]
        let answers = [Self.answer(1, tags: ["kleven"]), Self.answer(2, tags: ["afspraak"]), Self.answer(3),
                       Self.answer(4, tags: ["Acties"]), Self.answer(5, tags: ["charter"]), Self.answer(6, tags: ["wat"])]
        let groups = MinutesBuilder.groups(answers, prompts: prompts)
        #expect(groups.map(\.basis) == [.prompt, .prompt, .tag, .tag, .rest])
        #expect(groups.map(\.title) == ["Afspraken & acties?", "Wat blijft kleven?", "charter", "wat", nil])
        #expect(groups.map(\.answers) == [[1, 3], [0], [4], [5], [2]])
    }

    @Test func withoutTagsAnswersGroupByParty() {
        let answers = [Self.answer(1, group: "N-VA"), Self.answer(2), Self.answer(3, group: "groen"),
                       Self.answer(4, group: "CD&V"), Self.answer(5, group: "N-VA")]
        let groups = MinutesBuilder.groups(answers, prompts: [])
        #expect(groups.map(\.title) == ["CD&V", "groen", "N-VA", nil])
        #expect(groups.map(\.answers) == [[3], [2], [0, 4], [1]])
    }

    @Test func theMechelenCloseGroupsByPrompt() throws {
        let minutes = Minutes(session: MechelenEvening.session())
        let close = try #require(minutes.rounds.first { $0.blockID == "afsluit" })
        #expect(close.groups.map(\.title) == ["Afspraken & acties?", "Wat blijft kleven?", nil])
        let debate = try #require(minutes.rounds.first { $0.blockID == "debat-3" })
        #expect(debate.groups.allSatisfy { $0.basis == .group || $0.basis == .rest })
    }

    @Test func hiddenAnswersStayMarkedAndDeletedOnesGo() throws {
        let minutes = Minutes(session: MechelenEvening.session())
        let debate = try #require(minutes.rounds.first { $0.blockID == "debat-1" })
        #expect(debate.answers.filter(\.hidden).map(\.text) == ["Dit is allemaal veel te duur voor de Mechelaar."])
        #expect(!debate.answers.contains { $0.text == "per ongeluk dubbel ingevoerd" })
        #expect(!debate.words.contains { $0.word == "duur" })
        #expect(debate.answers.contains { $0.editedAt != nil && $0.text.hasSuffix("transitiearena van 2023.") })
    }
}
