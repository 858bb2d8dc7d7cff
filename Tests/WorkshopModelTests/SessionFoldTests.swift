import Foundation
import Testing
import WorkshopModel

/// Folding a list of events equals applying them one by one, and a session survives encoding.
struct SessionFoldTests {
    typealias F = SessionFixtures

    /// A scripted evening with refusals, undos and every kind of event.
    static let script: [Event] = UndoCase.evening + [
        event(20, 5, .pauseBlock),
        event(20, 4, .resumeBlock),  // stamped early: happens at 20:05
        event(20, 10, .undo),
        event(20, 10, .resumeBlock),
        event(20, 11, .speaking(.moderator)),
        event(20, 12, .speaking(.moderator)),  // refused: nothing changes
        event(20, 25, .nextBlock),
        event(20, 25, .speaking(.presenter(F.ighor))),
        event(20, 50, .goToBlock(id: "debat1")),
        event(20, 50, .enterPhase(index: 0)),
        event(20, 55, .enterPhase(index: 1)),
        event(20, 56, .openPoll(id: "rollen")),
        event(20, 57, .castVote(poll: "rollen", voter: .person(F.an), choice: .ranking([2, 0, 1]))),
        event(20, 57, .castVote(poll: "rollen", voter: .person(F.bart), choice: .ranking([9]))),  // refused
        event(21, 0, .addPerson(name: "Eva", group: "CD&V", role: .participant)),
        event(21, 1, .speaking(.participant(7))),
        event(21, 2, .addAnswer(block: "debat1", person: 7, text: "Governance is nodig", tags: ["governance"], origin: .console)),
        event(21, 3, .undo),
        event(21, 20, .nextBlock),
        event(21, 30, .nextBlock),
        event(21, 31, .openPoll(id: "gevoel")),
        event(21, 32, .countHands(poll: "gevoel", value: 2, delta: 5)),
        event(21, 33, .shiftPlan(minutes: 5)),
        event(22, 20, .goToBlock(id: "afsluit")),
        event(22, 25, .addActionItem(what: "Verslag", who: "Dana", due: "15/11")),
        event(22, 31, .endWorkshop),
        event(22, 32, .startBlock),  // refused: the workshop ended
        event(22, 40, .addFeedback(text: "Boeiend")),
    ]

    @Test func foldingAllAtOnceEqualsApplyingOneByOne() {
        let folded = F.session(Self.script)
        var stepped = F.session()
        var outcomes: [Outcome] = []
        for e in Self.script { outcomes.append(stepped.apply(e)) }
        #expect(folded == stepped)
        #expect(outcomes.filter { $0 != .applied } == [.ignored(.nothingChanged), .ignored(.choiceDoesNotFitPoll),
                                                       .ignored(.workshopEnded)])
        #expect(folded.eventCount == Self.script.count - 3)
        #expect(folded.endedAt == F.at(22, 31))
        #expect(folded.runs[0].segments == [Span(start: 1000, end: 1300), Span(start: 1600, end: 2500)])
        #expect(folded.answers.map(\.id) == [1, 2])
    }

    @Test func aGeneratedEveningFoldsTheSameWay() {
        var generator = EveningGenerator(seed: 7)
        let events = (0..<3000).map { _ in generator.next() }
        var stepped = F.session()
        for e in events { stepped.apply(e) }
        #expect(F.session(events) == stepped)
        #expect(stepped.eventCount > 1000)
    }

    @Test func aSessionSurvivesEncodingAndGoesOnTheSame() throws {
        let original = F.session(Self.script)
        let data = try JSONEncoder().encode(original)
        var decoded = try JSONDecoder().decode(Session.self, from: data)
        #expect(decoded == original)
        // The undo history came along: undoing goes on identically.
        var continued = original
        for _ in 0..<5 {
            #expect(decoded.apply(22, 50, .undo) == continued.apply(22, 50, .undo))
        }
        #expect(decoded == continued)
        #expect(decoded.feedback.isEmpty)
    }

    @Test func eventsSurviveEncoding() throws {
        let data = try JSONEncoder().encode(Self.script)
        #expect(try JSONDecoder().decode([Event].self, from: data) == Self.script)
    }
}

/// A deterministic stream of plausible events (speaker changes, answers, votes, clock moves, undos) for
/// fold tests; the same seed gives the same evening.
struct EveningGenerator {
    private var state: UInt64
    private var elapsed = 0.0

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    private mutating func random(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    mutating func next() -> Event {
        elapsed += Double(random(30)) / 2
        let at = Instant(elapsed: 1000 + elapsed, wall: SessionFixtures.eightPM.addingTimeInterval(elapsed))
        let polls = ["kennis", "prioriteit", "verwachting", "rollen", "rollenMulti", "gevoel"]
        let poll = polls[random(polls.count)]
        let voter: Voter = random(2) == 0 ? .person(3 + random(3)) : .device("tok-\(random(40))")
        let action: Action
        switch random(20) {
        case 0...5: action = .speaking([.moderator, .presenter(2), .participant(3 + random(3)), .participant(nil), .nobody][random(5)])
        case 6: action = [.startBlock, .pauseBlock, .resumeBlock, .nextBlock, .previousBlock][random(5)]
        case 7: action = .enterPhase(index: random(2))
        case 8...9: action = .addAnswer(block: ["intro", "debat1", "debat2"][random(3)], person: random(4) == 0 ? nil : 3 + random(3),
                                        text: "antwoord over warmte \(random(100))", tags: [], origin: .console)
        case 10: action = .editAnswer(id: 1 + random(200), text: "bijgewerkt \(random(10))", tags: ["t"])
        case 11: action = [.openPoll(id: poll), .closePoll(id: poll), .revealPoll(id: poll, revealed: random(2) == 0)][random(3)]
        case 12...14:
            let choices: [Choice] = [.scale(1 + random(5)), .option(random(4)), .options([random(4)]),
                                     .ranking([random(4), (random(4) + 1) % 4]), .light(.green), .text("warmtenet \(random(5))")]
            action = .castVote(poll: poll, voter: voter, choice: choices[random(choices.count)])
        case 15: action = .countHands(poll: poll, value: random(5), delta: random(5) - 1)
        case 16: action = random(4) == 0 ? .retractVote(poll: poll, voter: voter) : .deleteAnswer(id: 1 + random(200))
        case 17: action = [.addNote(text: "notitie"), .addFeedback(text: "feedback"), .addActionItem(what: "actie", who: nil, due: nil),
                           .hideAnswer(id: 1 + random(200), hidden: random(2) == 0)][random(4)]
        default: action = .undo
        }
        return Event(at: at, action)
    }
}
