import Foundation
import Testing
import WorkshopModel

/// The roster, round answers, actions, feedback and notes.
struct SessionRecordTests {
    typealias F = SessionFixtures

    @Test func peopleAddedLiveContinueTheNumbering() {
        var s = F.session()
        #expect(s.apply(20, 0, .addPerson(name: "  Eva ", group: " CD&V ", role: .participant)) == .applied)
        #expect(s.apply(20, 0, .addPerson(name: "Fien", group: "  ", role: .participant)) == .applied)
        #expect(s.person(7) == Participant(id: 7, name: "Eva", role: .participant, group: "CD&V"))
        #expect(s.person(8)?.group == nil)
        #expect(s.person(9) == nil)
        #expect(s.person(0) == nil)
        #expect(s.apply(20, 0, .addPerson(name: " ", group: nil, role: .participant)) == .ignored(.emptyText))
    }

    @Test func renamingAndRemovingKeepThePersonsNumber() {
        var s = F.session()
        #expect(s.apply(20, 0, .renamePerson(id: F.chris, name: "Chris V.", group: "Vooruit")) == .applied)
        #expect(s.person(F.chris) == Participant(id: 5, name: "Chris V.", role: .participant, group: "Vooruit"))
        #expect(s.apply(20, 0, .renamePerson(id: F.chris, name: "Chris V.", group: "Vooruit")) == .ignored(.nothingChanged))
        #expect(s.apply(20, 0, .renamePerson(id: F.chris, name: "", group: nil)) == .ignored(.emptyText))
        #expect(s.apply(20, 0, .renamePerson(id: 40, name: "X", group: nil)) == .ignored(.unknownPerson))
        s.apply(20, 1, .addAnswer(block: "intro", person: F.chris, text: "Ja", tags: [], origin: .console))
        #expect(s.apply(20, 2, .removePerson(id: F.chris)) == .applied)
        #expect(s.apply(20, 2, .removePerson(id: F.chris)) == .ignored(.personRemoved))
        #expect(s.apply(20, 2, .renamePerson(id: F.chris, name: "C", group: nil)) == .ignored(.personRemoved))
        #expect(s.person(F.chris)?.removed == true)
        #expect(s.activePeople.map(\.id) == [1, 2, 3, 4, 6])
        #expect(s.answers(inBlock: "intro").first?.person == F.chris)
        #expect(s.apply(20, 3, .addAnswer(block: "intro", person: F.chris, text: "Nee", tags: [], origin: .console))
            == .ignored(.personRemoved))
    }

    @Test func answersAreRecordedTrimmedWithCleanTagsAndNumbered() {
        var s = F.session()
        s.apply(20, 50, .goToBlock(id: "debat1"))
        #expect(s.apply(20, 51, .addAnswer(block: "debat1", person: F.an, text: "  Richting geven is de kern\n",
                                           tags: [" rol ", "", "rol", "visie"], origin: .console)) == .applied)
        s.apply(20, 52, .addNote(text: "Bart komt later"))
        s.apply(20, 53, .addAnswer(block: "debat1", person: nil, text: "Governance", tags: [], origin: .device("tok")))
        #expect(s.answers == [
            Answer(id: 1, block: "debat1", person: F.an, text: "Richting geven is de kern", tags: ["rol", "visie"],
                   origin: .console, recordedAt: F.at(20, 51)),
            Answer(id: 3, block: "debat1", person: nil, text: "Governance", tags: [], origin: .device("tok"),
                   recordedAt: F.at(20, 53)),
        ])
        #expect(s.notes == [Note(id: 2, text: "Bart komt later", block: "debat1", recordedAt: F.at(20, 52))])
        #expect(s.apply(20, 54, .addAnswer(block: "nope", person: nil, text: "x", tags: [], origin: .console)) == .ignored(.unknownBlock))
        #expect(s.apply(20, 54, .addAnswer(block: "debat1", person: 77, text: "x", tags: [], origin: .console)) == .ignored(.unknownPerson))
        #expect(s.apply(20, 54, .addAnswer(block: "debat1", person: nil, text: " \n ", tags: [], origin: .console)) == .ignored(.emptyText))
    }

    @Test func answersCanBeEditedHiddenAndDeleted() {
        var s = F.session()
        s.apply(20, 1, .addAnswer(block: "intro", person: F.an, text: "Eerst", tags: [], origin: .console))
        s.apply(20, 1, .addAnswer(block: "intro", person: F.bart, text: "Tweede", tags: [], origin: .console))
        s.apply(20, 1, .addAnswer(block: "schets", person: F.bart, text: "Elders", tags: [], origin: .console))
        #expect(s.apply(20, 2, .editAnswer(id: 1, text: "Eerste antwoord", tags: ["x"])) == .applied)
        #expect(s.apply(20, 2, .editAnswer(id: 1, text: "Eerste antwoord", tags: ["x"])) == .ignored(.nothingChanged))
        #expect(s.apply(20, 2, .editAnswer(id: 1, text: "", tags: [])) == .ignored(.emptyText))
        #expect(s.answers[0].text == "Eerste antwoord")
        #expect(s.answers[0].editedAt == F.at(20, 2))
        #expect(s.apply(20, 3, .hideAnswer(id: 2, hidden: true)) == .applied)
        #expect(s.apply(20, 3, .hideAnswer(id: 2, hidden: true)) == .ignored(.nothingChanged))
        #expect(s.answers(inBlock: "intro").map(\.hidden) == [false, true])
        #expect(s.apply(20, 4, .deleteAnswer(id: 1)) == .applied)
        #expect(s.answers(inBlock: "intro").map(\.id) == [2])
        #expect(s.answers.count == 3)
        #expect(s.answers[0].deleted)
        for action: Action in [.deleteAnswer(id: 1), .editAnswer(id: 1, text: "x", tags: []), .hideAnswer(id: 1, hidden: true),
                               .deleteAnswer(id: 99), .editAnswer(id: 0, text: "x", tags: [])] {
            #expect(s.apply(20, 5, action) == .ignored(.unknownAnswer))
        }
    }

    @Test func theWordsOfARoundLeaveOutHiddenAnswers() {
        var s = F.session()
        s.apply(20, 1, .addAnswer(block: "intro", person: nil, text: "Warmte en isolatie", tags: [], origin: .console))
        s.apply(20, 1, .addAnswer(block: "intro", person: nil, text: "Isolatie van woningen", tags: [], origin: .console))
        s.apply(20, 1, .addAnswer(block: "intro", person: nil, text: "Isolatie! Isolatie!", tags: [], origin: .console))
        s.apply(20, 2, .hideAnswer(id: 3, hidden: true))
        #expect(s.words(inBlock: "intro", limit: 10) == [
            WordCount(word: "isolatie", count: 2), WordCount(word: "warmte", count: 1), WordCount(word: "woningen", count: 1),
        ])
        #expect(s.words(inBlock: "intro", limit: 1) == [WordCount(word: "isolatie", count: 2)])
        #expect(s.words(inBlock: "schets", limit: 10).isEmpty)
    }

    @Test func actionsFeedbackAndNotesAreKeptInOrder() {
        var s = F.session()
        s.apply(22, 20, .goToBlock(id: "afsluit"))
        #expect(s.apply(22, 21, .addActionItem(what: " Verslag rondsturen ", who: " Dana ", due: "")) == .applied)
        #expect(s.apply(22, 21, .addActionItem(what: "", who: "Dana", due: nil)) == .ignored(.emptyText))
        #expect(s.apply(22, 22, .addFeedback(text: "Meer tijd voor debat")) == .applied)
        #expect(s.apply(22, 22, .addFeedback(text: "  ")) == .ignored(.emptyText))
        #expect(s.apply(22, 23, .addNote(text: "")) == .ignored(.emptyText))
        #expect(s.actionItems == [ActionItem(id: 1, what: "Verslag rondsturen", who: "Dana", due: nil, recordedAt: F.at(22, 21))])
        #expect(s.feedback == [Note(id: 2, text: "Meer tijd voor debat", block: "afsluit", recordedAt: F.at(22, 22))])
    }
}
