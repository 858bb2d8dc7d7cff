import Foundation
import Testing
import WorkshopModel

/// Polls: opening and closing, votes and hands, and the tally of every kind.
struct SessionPollTests {
    typealias F = SessionFixtures

    /// A session with `poll` open at 20:00.
    static func open(_ poll: String) -> Session {
        var s = F.session()
        s.apply(20, 0, .openPoll(id: poll))
        return s
    }

    @Test func aScaleTallyHasEveryValueTheMeanAndTheMedian() throws {
        var s = Self.open("kennis")
        s.apply(20, 1, .castVote(poll: "kennis", voter: .person(F.an), choice: .scale(1)))
        s.apply(20, 1, .castVote(poll: "kennis", voter: .person(F.bart), choice: .scale(4)))
        s.apply(20, 1, .castVote(poll: "kennis", voter: .device("tok-1"), choice: .scale(4)))
        s.apply(20, 1, .castVote(poll: "kennis", voter: .device("tok-2"), choice: .scale(5)))
        #expect(s.apply(20, 2, .countHands(poll: "kennis", value: 3, delta: 2)) == .applied)
        let t = try #require(s.tally(poll: "kennis"))
        #expect(t.voters == 6)
        #expect(t.rows == [
            TallyRow(label: "1", value: 1, count: 1, percent: 100.0 / 6),
            TallyRow(label: "2", value: 2, count: 0, percent: 0),
            TallyRow(label: "3", value: 3, count: 2, percent: 200.0 / 6),
            TallyRow(label: "4", value: 4, count: 2, percent: 200.0 / 6),
            TallyRow(label: "5", value: 5, count: 1, percent: 100.0 / 6),
        ])
        #expect(t.distribution == t.rows)
        // 1, 3, 3, 4, 4, 5: mean 20/6, median between the third and fourth vote.
        #expect(t.mean == 20.0 / 6)
        #expect(t.median == 3.5)
        #expect(t.texts.isEmpty)
    }

    @Test func anOddNumberOfScaleVotesHasTheMiddleOneAsMedian() throws {
        var s = Self.open("kennis")
        for (i, value) in [2, 5, 2].enumerated() {
            s.apply(20, 1, .castVote(poll: "kennis", voter: .device("t\(i)"), choice: .scale(value)))
        }
        let t = try #require(s.tally(poll: "kennis"))
        #expect(t.median == 2)
        #expect(t.mean == 3)
    }

    @Test func aPollWithoutVotesHasNoMeanAndZeroPercent() throws {
        let t = try #require(F.session().tally(poll: "kennis"))
        #expect(t.voters == 0)
        #expect(t.mean == nil)
        #expect(t.median == nil)
        #expect(t.rows.map(\.percent) == [0, 0, 0, 0, 0])
        #expect(F.session().tally(poll: "nope") == nil)
    }

    @Test func aSingleChoiceTallyCountsBallotsAndHands() throws {
        var s = Self.open("prioriteit")
        s.apply(20, 1, .castVote(poll: "prioriteit", voter: .person(F.an), choice: .option(1)))
        s.apply(20, 1, .castVote(poll: "prioriteit", voter: .person(F.bart), choice: .option(0)))
        s.apply(20, 1, .countHands(poll: "prioriteit", value: 1, delta: 3))
        s.apply(20, 1, .countHands(poll: "prioriteit", value: 1, delta: -1))
        let t = try #require(s.tally(poll: "prioriteit"))
        #expect(t.voters == 4)
        #expect(t.rows == [
            TallyRow(label: "Isolatie", value: 0, count: 1, percent: 25),
            TallyRow(label: "Warmtenet", value: 1, count: 3, percent: 75),
            TallyRow(label: "Warmtepomp", value: 2, count: 0, percent: 0),
        ])
        #expect(t.mean == nil)
        #expect(t.distribution.isEmpty)
    }

    @Test func aMultiChoiceTallyGivesPercentOfVoters() throws {
        var s = Self.open("rollenMulti")
        s.apply(20, 1, .castVote(poll: "rollenMulti", voter: .person(F.an), choice: .options([0, 1])))
        s.apply(20, 1, .castVote(poll: "rollenMulti", voter: .person(F.bart), choice: .options([1])))
        s.apply(20, 1, .castVote(poll: "rollenMulti", voter: .person(F.chris), choice: .options([3, 1])))
        s.apply(20, 1, .countHands(poll: "rollenMulti", value: 2, delta: 3))
        s.apply(20, 1, .countHands(poll: "rollenMulti", value: 0, delta: 1))
        let t = try #require(s.tally(poll: "rollenMulti"))
        // Three ballots plus at least three people with a hand up.
        #expect(t.voters == 6)
        #expect(t.rows.map(\.count) == [2, 3, 3, 1])
        let percents: [Double] = [200.0 / 6, 50, 50, 100.0 / 6]
        #expect(t.rows.map(\.percent) == percents)
        #expect(t.rows.map(\.label) == F.roles)
    }

    @Test func aMultiChoiceVoteMustFitThePoll() {
        var s = Self.open("rollenMulti")
        for bad: [Int] in [[0, 1, 2], [1, 1], [], [7], [-1]] {
            #expect(s.apply(20, 1, .castVote(poll: "rollenMulti", voter: .person(F.an), choice: .options(bad)))
                == .ignored(.choiceDoesNotFitPoll))
        }
        #expect(s.apply(20, 1, .castVote(poll: "rollenMulti", voter: .person(F.an), choice: .option(1)))
            == .ignored(.choiceDoesNotFitPoll))
    }

    @Test func aRankingTallyHasBordaPoints() throws {
        var s = Self.open("rollen")
        s.apply(20, 1, .castVote(poll: "rollen", voter: .person(F.an), choice: .ranking([0, 1, 2, 3])))
        s.apply(20, 1, .castVote(poll: "rollen", voter: .person(F.bart), choice: .ranking([1, 0, 3, 2])))
        // Chris ranks only two: the others get no points from him.
        s.apply(20, 1, .castVote(poll: "rollen", voter: .person(F.chris), choice: .ranking([1, 2])))
        let t = try #require(s.tally(poll: "rollen"))
        #expect(t.voters == 3)
        #expect(t.rows == [
            TallyRow(label: F.roles[1], value: 1, count: 2, percent: 200.0 / 3, points: 8),
            TallyRow(label: F.roles[0], value: 0, count: 1, percent: 100.0 / 3, points: 5),
            TallyRow(label: F.roles[2], value: 2, count: 0, percent: 0, points: 3),
            TallyRow(label: F.roles[3], value: 3, count: 0, percent: 0, points: 1),
        ])
        #expect(s.apply(20, 2, .countHands(poll: "rollen", value: 0, delta: 1)) == .ignored(.choiceDoesNotFitPoll))
        #expect(s.apply(20, 2, .castVote(poll: "rollen", voter: .person(F.an), choice: .ranking([0, 0])))
            == .ignored(.choiceDoesNotFitPoll))
        #expect(s.apply(20, 2, .castVote(poll: "rollen", voter: .person(F.an), choice: .ranking([4])))
            == .ignored(.choiceDoesNotFitPoll))
    }

    @Test func rankingTiesKeepTheOptionOrder() throws {
        var s = Self.open("rollen")
        s.apply(20, 1, .castVote(poll: "rollen", voter: .person(F.an), choice: .ranking([3, 2])))
        s.apply(20, 1, .castVote(poll: "rollen", voter: .person(F.bart), choice: .ranking([2, 3])))
        let t = try #require(s.tally(poll: "rollen"))
        #expect(t.rows.map(\.value) == [2, 3, 0, 1])
        #expect(t.rows.map(\.points) == [5, 5, 0, 0])
    }

    @Test func aTrafficLightTallyCountsRedAmberGreen() throws {
        var s = Self.open("gevoel")
        s.apply(20, 1, .castVote(poll: "gevoel", voter: .person(F.an), choice: .light(.red)))
        s.apply(20, 1, .castVote(poll: "gevoel", voter: .person(F.bart), choice: .light(.green)))
        s.apply(20, 1, .castVote(poll: "gevoel", voter: .device("x"), choice: .light(.green)))
        s.apply(20, 1, .castVote(poll: "gevoel", voter: .device("y"), choice: .light(.amber)))
        s.apply(20, 1, .countHands(poll: "gevoel", value: TrafficLight.green.rawValue, delta: 2))
        #expect(s.apply(20, 1, .countHands(poll: "gevoel", value: 3, delta: 1)) == .ignored(.choiceDoesNotFitPoll))
        let t = try #require(s.tally(poll: "gevoel"))
        #expect(t.voters == 6)
        #expect(t.rows == [
            TallyRow(label: "red", value: 0, count: 1, percent: 100.0 / 6),
            TallyRow(label: "amber", value: 1, count: 1, percent: 100.0 / 6),
            TallyRow(label: "green", value: 2, count: 4, percent: 400.0 / 6),
        ])
    }

    @Test func anOpenPollKeepsTextsInVotingOrderWithTheirWords() throws {
        var s = Self.open("verwachting")
        s.apply(20, 1, .castVote(poll: "verwachting", voter: .person(F.an), choice: .text("  Meer inzicht in het warmtenet ")))
        s.apply(20, 1, .castVote(poll: "verwachting", voter: .person(F.bart), choice: .text("Betaalbare warmte voor iedereen")))
        s.apply(20, 1, .castVote(poll: "verwachting", voter: .device("d"), choice: .text("Warmtenet en warmte")))
        // An changes her answer; it keeps its place.
        s.apply(20, 2, .castVote(poll: "verwachting", voter: .person(F.an), choice: .text("Inzicht in het warmtenet")))
        #expect(s.apply(20, 2, .castVote(poll: "verwachting", voter: .device("e"), choice: .text("   ")))
            == .ignored(.emptyText))
        #expect(s.apply(20, 2, .countHands(poll: "verwachting", value: 0, delta: 1)) == .ignored(.choiceDoesNotFitPoll))
        let t = try #require(s.tally(poll: "verwachting"))
        #expect(t.voters == 3)
        #expect(t.rows.isEmpty)
        #expect(t.texts == ["Inzicht in het warmtenet", "Betaalbare warmte voor iedereen", "Warmtenet en warmte"])
        #expect(t.words == [WordCount(word: "warmte", count: 2), WordCount(word: "warmtenet", count: 2),
                            WordCount(word: "betaalbare", count: 1), WordCount(word: "inzicht", count: 1)])
    }

    @Test func votesAreTakenOnlyWhileThePollIsOpen() {
        var s = F.session()
        let vote = Action.castVote(poll: "kennis", voter: .person(F.an), choice: .scale(3))
        #expect(s.apply(20, 0, vote) == .ignored(.pollNotOpen))
        #expect(s.apply(20, 0, .countHands(poll: "kennis", value: 3, delta: 1)) == .ignored(.pollNotOpen))
        #expect(s.apply(20, 0, .closePoll(id: "kennis")) == .ignored(.pollNotOpen))
        #expect(s.apply(20, 0, .openPoll(id: "kennis")) == .applied)
        #expect(s.apply(20, 0, .openPoll(id: "kennis")) == .ignored(.nothingChanged))
        #expect(s.apply(20, 1, vote) == .applied)
        #expect(s.apply(20, 2, .closePoll(id: "kennis")) == .applied)
        #expect(s.pollState(id: "kennis").status == .closed)
        #expect(s.apply(20, 3, .castVote(poll: "kennis", voter: .person(F.bart), choice: .scale(3))) == .ignored(.pollNotOpen))
        #expect(s.apply(20, 3, .retractVote(poll: "kennis", voter: .person(F.an))) == .ignored(.pollNotOpen))
        #expect(s.apply(20, 4, .openPoll(id: "kennis")) == .applied)
        #expect(s.apply(20, 4, .castVote(poll: "kennis", voter: .person(F.bart), choice: .scale(3))) == .applied)
        #expect(s.pollState(id: "kennis").ballots == [.person(F.an): .scale(3), .person(F.bart): .scale(3)])
        #expect(s.apply(20, 5, .openPoll(id: "nope")) == .ignored(.unknownPoll))
        #expect(s.apply(20, 5, .castVote(poll: "nope", voter: .person(F.an), choice: .scale(1))) == .ignored(.unknownPoll))
        #expect(s.pollState(id: "nope") == PollState())
    }

    @Test func revealingIsAFlagOfItsOwn() {
        var s = F.session()
        #expect(s.apply(20, 0, .revealPoll(id: "kennis", revealed: false)) == .ignored(.nothingChanged))
        #expect(s.apply(20, 0, .revealPoll(id: "kennis", revealed: true)) == .applied)
        #expect(s.pollState(id: "kennis") == PollState(status: .notOpened, revealed: true))
        #expect(s.apply(20, 0, .revealPoll(id: "nope", revealed: true)) == .ignored(.unknownPoll))
    }

    @Test func aSecondVoteReplacesTheFirstAndARetractionRemovesIt() {
        var s = Self.open("kennis")
        s.apply(20, 1, .castVote(poll: "kennis", voter: .person(F.an), choice: .scale(2)))
        s.apply(20, 1, .castVote(poll: "kennis", voter: .device("p"), choice: .scale(5)))
        #expect(s.apply(20, 2, .castVote(poll: "kennis", voter: .person(F.an), choice: .scale(4))) == .applied)
        #expect(s.apply(20, 2, .castVote(poll: "kennis", voter: .person(F.an), choice: .scale(4))) == .ignored(.nothingChanged))
        #expect(s.pollState(id: "kennis").ballots == [.person(F.an): .scale(4), .device("p"): .scale(5)])
        #expect(s.pollState(id: "kennis").voterOrder == [.person(F.an), .device("p")])
        #expect(s.apply(20, 3, .retractVote(poll: "kennis", voter: .person(F.an))) == .applied)
        #expect(s.apply(20, 3, .retractVote(poll: "kennis", voter: .person(F.an))) == .ignored(.nothingChanged))
        #expect(s.pollState(id: "kennis").ballots == [.device("p"): .scale(5)])
        #expect(s.pollState(id: "kennis").voterOrder == [.device("p")])
        #expect(s.tally(poll: "kennis")?.voters == 1)
    }

    @Test func votesMustFitThePollsKindAndRange() {
        var s = Self.open("kennis")
        s.apply(20, 0, .openPoll(id: "prioriteit"))
        let voter = Voter.person(F.an)
        for choice: Choice in [.scale(0), .scale(6), .option(1), .light(.red), .text("drie")] {
            #expect(s.apply(20, 1, .castVote(poll: "kennis", voter: voter, choice: choice)) == .ignored(.choiceDoesNotFitPoll))
        }
        for choice: Choice in [.option(3), .option(-1), .scale(1), .options([1])] {
            #expect(s.apply(20, 1, .castVote(poll: "prioriteit", voter: voter, choice: choice)) == .ignored(.choiceDoesNotFitPoll))
        }
        #expect(s.apply(20, 1, .castVote(poll: "kennis", voter: .person(42), choice: .scale(3))) == .ignored(.unknownPerson))
        s.apply(20, 1, .removePerson(id: F.bart))
        #expect(s.apply(20, 1, .castVote(poll: "kennis", voter: .person(F.bart), choice: .scale(3))) == .ignored(.personRemoved))
        #expect(s.pollState(id: "kennis").ballots.isEmpty)
    }

    @Test func handCountsNeverGoBelowZero() {
        var s = Self.open("kennis")
        #expect(s.apply(20, 1, .countHands(poll: "kennis", value: 3, delta: -1)) == .ignored(.countBelowZero))
        #expect(s.apply(20, 1, .countHands(poll: "kennis", value: 3, delta: 2)) == .applied)
        #expect(s.apply(20, 1, .countHands(poll: "kennis", value: 3, delta: -3)) == .ignored(.countBelowZero))
        #expect(s.apply(20, 1, .countHands(poll: "kennis", value: 3, delta: 0)) == .ignored(.nothingChanged))
        #expect(s.apply(20, 1, .countHands(poll: "kennis", value: 6, delta: 1)) == .ignored(.choiceDoesNotFitPoll))
        #expect(s.apply(20, 1, .countHands(poll: "kennis", value: 3, delta: Int.max)) == .ignored(.choiceDoesNotFitPoll))
        #expect(s.apply(20, 1, .countHands(poll: "kennis", value: 3, delta: -2)) == .applied)
        #expect(s.pollState(id: "kennis").hands.isEmpty)
    }

    @Test func onlyPollsSomethingHappenedToAreStoredAndUndoingAllLeavesNone() {
        var s = F.session()
        #expect(s.polls.isEmpty)
        s.apply(20, 0, .openPoll(id: "kennis"))
        s.apply(20, 1, .castVote(poll: "kennis", voter: .person(F.an), choice: .scale(2)))
        s.apply(20, 1, .countHands(poll: "kennis", value: 3, delta: 2))
        s.apply(20, 2, .revealPoll(id: "prioriteit", revealed: true))
        #expect(s.polls.keys.sorted() == ["kennis", "prioriteit"])
        for _ in 0..<4 { #expect(s.apply(20, 3, .undo) == .applied) }
        #expect(s.polls.isEmpty)
        #expect(s.pollState(id: "kennis") == PollState())
        // A retraction that empties an open poll keeps it: it is still open.
        s.apply(20, 4, .openPoll(id: "kennis"))
        s.apply(20, 4, .castVote(poll: "kennis", voter: .person(F.an), choice: .scale(2)))
        s.apply(20, 5, .retractVote(poll: "kennis", voter: .person(F.an)))
        #expect(s.polls == ["kennis": PollState(status: .open)])
    }

    @Test func pollsAreFoundAcrossBlocks() throws {
        let s = F.session()
        let found = try #require(s.poll(id: "gevoel"))
        #expect(found.block.id == "debat2")
        #expect(found.poll.kind == .trafficLight)
        #expect(s.poll(id: "nope") == nil)
    }
}
