import Foundation
import Testing
import WorkshopModel

/// One undo case: a session set up by `setup`, then `action` at 21:00.
struct UndoCase: Sendable, CustomTestStringConvertible {
    var name: String
    var setup: [Event]
    var action: Action
    var testDescription: String { name }

    typealias F = SessionFixtures

    /// The intro runs from 20:00 with An speaking; polls "kennis" and "verwachting" are open with votes;
    /// two answers, one of them hidden.
    static let evening: [Event] = [
        event(20, 0, .startBlock),
        event(20, 0, .speaking(.participant(F.an))),
        event(20, 1, .openPoll(id: "kennis")),
        event(20, 1, .castVote(poll: "kennis", voter: .person(F.an), choice: .scale(2))),
        event(20, 1, .castVote(poll: "kennis", voter: .person(F.bart), choice: .scale(4))),
        event(20, 1, .castVote(poll: "kennis", voter: .device("t"), choice: .scale(5))),
        event(20, 1, .countHands(poll: "kennis", value: 3, delta: 2)),
        event(20, 2, .addAnswer(block: "intro", person: F.an, text: "Eerst", tags: ["a"], origin: .console)),
        event(20, 2, .addAnswer(block: "intro", person: nil, text: "Tweede", tags: [], origin: .console)),
        event(20, 3, .hideAnswer(id: 2, hidden: true)),
    ]

    static let all: [UndoCase] = [
        UndoCase(name: "start", setup: [], action: .startBlock),
        UndoCase(name: "pause", setup: evening, action: .pauseBlock),
        UndoCase(name: "resume", setup: evening + [event(20, 30, .pauseBlock)], action: .resumeBlock),
        UndoCase(name: "next while running", setup: evening, action: .nextBlock),
        UndoCase(name: "next while stopped", setup: [], action: .nextBlock),
        UndoCase(name: "previous back into a done block",
                 setup: evening + [event(20, 25, .nextBlock)], action: .previousBlock),
        UndoCase(name: "go to", setup: evening, action: .goToBlock(id: "debat1")),
        UndoCase(name: "enter phase", setup: [event(20, 50, .goToBlock(id: "debat1")), event(20, 50, .startBlock)],
                 action: .enterPhase(index: 1)),
        UndoCase(name: "shift plan", setup: [event(20, 0, .shiftPlan(minutes: 5))], action: .shiftPlan(minutes: -10)),
        UndoCase(name: "end workshop", setup: evening, action: .endWorkshop),
        UndoCase(name: "speaker change", setup: evening, action: .speaking(.moderator)),
        UndoCase(name: "floor to nobody", setup: evening, action: .speaking(.nobody)),
        UndoCase(name: "floor from nobody", setup: [], action: .speaking(.presenter(F.ighor))),
        UndoCase(name: "add person", setup: [], action: .addPerson(name: "Eva", group: nil, role: .participant)),
        UndoCase(name: "rename person", setup: [], action: .renamePerson(id: F.an, name: "An D.", group: nil)),
        UndoCase(name: "remove person", setup: [], action: .removePerson(id: F.bart)),
        UndoCase(name: "add answer", setup: evening,
                 action: .addAnswer(block: "schets", person: nil, text: "Nieuw", tags: [], origin: .console)),
        UndoCase(name: "edit answer", setup: evening, action: .editAnswer(id: 1, text: "Anders", tags: [])),
        UndoCase(name: "delete answer", setup: evening, action: .deleteAnswer(id: 1)),
        UndoCase(name: "unhide answer", setup: evening, action: .hideAnswer(id: 2, hidden: false)),
        UndoCase(name: "open poll", setup: evening, action: .openPoll(id: "gevoel")),
        UndoCase(name: "close poll", setup: evening, action: .closePoll(id: "kennis")),
        UndoCase(name: "reveal poll", setup: evening, action: .revealPoll(id: "kennis", revealed: true)),
        UndoCase(name: "first vote", setup: evening,
                 action: .castVote(poll: "kennis", voter: .person(F.chris), choice: .scale(1))),
        UndoCase(name: "changed vote", setup: evening,
                 action: .castVote(poll: "kennis", voter: .person(F.an), choice: .scale(1))),
        UndoCase(name: "retracted vote", setup: evening, action: .retractVote(poll: "kennis", voter: .person(F.bart))),
        UndoCase(name: "hands on a new value", setup: evening, action: .countHands(poll: "kennis", value: 1, delta: 4)),
        UndoCase(name: "hands down to zero", setup: evening, action: .countHands(poll: "kennis", value: 3, delta: -2)),
        UndoCase(name: "action item", setup: [], action: .addActionItem(what: "Mail", who: nil, due: nil)),
        UndoCase(name: "feedback", setup: [], action: .addFeedback(text: "Top")),
        UndoCase(name: "note", setup: [], action: .addNote(text: "Notitie")),
    ]
}

/// Undo takes back exactly one recorded event, whatever its kind.
struct SessionUndoTests {
    typealias F = SessionFixtures

    @Test(arguments: UndoCase.all)
    func undoRestoresExactlyWhatTheEventChanged(_ undoCase: UndoCase) {
        var s = F.session(undoCase.setup)
        let before = s.recorded
        let undoableBefore = s.lastUndoable
        #expect(s.apply(21, 0, undoCase.action) == .applied)
        #expect(s.recorded != before)
        #expect(s.lastUndoable == undoCase.action)
        #expect(s.apply(21, 5, .undo) == .applied)
        #expect(s.recorded == before)
        #expect(s.lastUndoable == undoableBefore)
    }

    @Test func everyActionButUndoHasAnUndoCase() {
        // Guards the list above: a new kind of event must come with its undo case.
        let names = Set(UndoCase.all.map { String(describing: $0.action).prefix { $0 != "(" } })
        #expect(names == ["startBlock", "pauseBlock", "resumeBlock", "nextBlock", "previousBlock", "goToBlock",
                          "enterPhase", "shiftPlan", "endWorkshop", "speaking", "addPerson", "renamePerson",
                          "removePerson", "addAnswer", "editAnswer", "deleteAnswer", "hideAnswer", "openPoll",
                          "closePoll", "revealPoll", "castVote", "retractVote", "countHands", "addActionItem",
                          "addFeedback", "addNote"])
    }

    @Test func undoingAPauseLetsTheBlockRunThrough() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        s.apply(20, 10, .pauseBlock)
        s.apply(20, 15, .undo)
        #expect(s.isRunning)
        #expect(s.timing(at: F.at(20, 20)).blocks[0].runningSeconds == 1200)
    }

    @Test func undoingTheEndReopensTheBlockAndTheFloor() {
        var s = F.session(UndoCase.evening)
        s.apply(20, 30, .endWorkshop)
        s.apply(20, 31, .undo)
        #expect(s.endedAt == nil)
        #expect(s.isRunning)
        #expect(s.currentSpeaker == .participant(F.an))
        #expect(s.participation(at: F.at(20, 40)).overall.participantSeconds == 2400)
        #expect(s.apply(20, 41, .startBlock) == .ignored(.alreadyRunning))
    }

    @Test func undoingARetractionPutsTheVoterBackInPlace() {
        var s = F.session(UndoCase.evening)
        s.apply(21, 0, .retractVote(poll: "kennis", voter: .person(F.bart)))
        s.apply(21, 1, .undo)
        #expect(s.pollState(id: "kennis").voterOrder == [.person(F.an), .person(F.bart), .device("t")])
    }

    @Test func undosTakeBackEventsNewestFirst() {
        var s = F.session()
        s.apply(20, 0, .addNote(text: "een"))
        s.apply(20, 1, .startBlock)
        s.apply(20, 2, .addNote(text: "twee"))
        #expect(s.lastUndoable == .addNote(text: "twee"))
        s.apply(20, 3, .undo)
        #expect(s.lastUndoable == .startBlock)
        s.apply(20, 4, .undo)
        #expect(s.notes.map(\.text) == ["een"])
        #expect(!s.isRunning)
        #expect(s.runs[0] == BlockRun())
        s.apply(20, 5, .undo)
        #expect(s.notes.isEmpty)
        #expect(!s.canUndo)
        #expect(s.apply(20, 6, .undo) == .ignored(.nothingToUndo))
        #expect(s.eventCount == 6)
    }

    @Test func refusedEventsLeaveNothingToUndo() {
        var s = F.session()
        s.apply(20, 0, .pauseBlock)
        s.apply(20, 0, .openPoll(id: "nope"))
        #expect(!s.canUndo)
        #expect(s.lastUndoable == nil)
        #expect(s.apply(20, 0, .undo) == .ignored(.nothingToUndo))
    }

    @Test func recordNumbersAreNotReusedAfterAnUndo() {
        var s = F.session()
        s.apply(20, 0, .addAnswer(block: "intro", person: nil, text: "Een", tags: [], origin: .console))
        s.apply(20, 1, .undo)
        s.apply(20, 2, .addAnswer(block: "intro", person: nil, text: "Twee", tags: [], origin: .console))
        #expect(s.answers.map(\.id) == [2])
    }
}
