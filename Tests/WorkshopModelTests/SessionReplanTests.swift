import Foundation
import Testing
import WorkshopModel

/// The re-plan suggestion: what to shorten, in which order, never below the minimums.
struct SessionReplanTests {
    typealias F = SessionFixtures

    @Test func noSuggestionUnlessAMinuteBehind() {
        var s = F.session()
        #expect(s.replan(at: F.at(20, 0, 59)) == nil)
        s.apply(20, 0, .startBlock)
        #expect(s.replan(at: F.at(20, 25, 59)) == nil)
        let replan = s.replan(at: F.at(20, 26))
        #expect(replan == Replan(behindMinutes: 1, changes: [
            Replan.Change(blockID: "pauze", title: "Pauze", fromMinutes: 10, toMinutes: 9),
        ], uncoveredMinutes: 0))
    }

    @Test func breaksGiveFirstThenDebatesInProportion() {
        var s = F.session()
        s.apply(20, 12, .startBlock)
        // 12 minutes late: the break gives its 5 spare minutes, the debates (15, 12, 12 spare) share 7.
        #expect(s.replan(at: F.at(20, 12)) == Replan(behindMinutes: 12, changes: [
            Replan.Change(blockID: "debat1", title: "Beleidsrol", fromMinutes: 30, toMinutes: 27),
            Replan.Change(blockID: "pauze", title: "Pauze", fromMinutes: 10, toMinutes: 5),
            Replan.Change(blockID: "debat2", title: "Opvolging", fromMinutes: 25, toMinutes: 23),
            Replan.Change(blockID: "debat3", title: "Draagvlak", fromMinutes: 25, toMinutes: 23),
        ], uncoveredMinutes: 0))
    }

    @Test func theCurrentBlockCountsWhileItHasNotStarted() {
        let s = F.session()
        // Nothing started at 20:10: 10 minutes late. The intro could give, but breaks and debates come first.
        #expect(s.replan(at: F.at(20, 10)) == Replan(behindMinutes: 10, changes: [
            Replan.Change(blockID: "debat1", title: "Beleidsrol", fromMinutes: 30, toMinutes: 28),
            Replan.Change(blockID: "pauze", title: "Pauze", fromMinutes: 10, toMinutes: 5),
            Replan.Change(blockID: "debat2", title: "Opvolging", fromMinutes: 25, toMinutes: 23),
            Replan.Change(blockID: "debat3", title: "Draagvlak", fromMinutes: 25, toMinutes: 24),
        ], uncoveredMinutes: 0))
    }

    @Test func whatCannotBeWonBackIsReported() {
        var s = F.session()
        s.apply(22, 0, .startBlock)
        // Two hours late; every later block goes to its minimum and 62 minutes stay uncovered.
        #expect(s.replan(at: F.at(22, 0)) == Replan(behindMinutes: 120, changes: [
            Replan.Change(blockID: "schets", title: "Situatieschets", fromMinutes: 25, toMinutes: 13),
            Replan.Change(blockID: "debat1", title: "Beleidsrol", fromMinutes: 30, toMinutes: 15),
            Replan.Change(blockID: "pauze", title: "Pauze", fromMinutes: 10, toMinutes: 5),
            Replan.Change(blockID: "debat2", title: "Opvolging", fromMinutes: 25, toMinutes: 13),
            Replan.Change(blockID: "debat3", title: "Draagvlak", fromMinutes: 25, toMinutes: 13),
            Replan.Change(blockID: "afsluit", title: "Afsluit", fromMinutes: 10, toMinutes: 8),
        ], uncoveredMinutes: 62))
    }

    @Test func theCloseGivesLastAndMinimumsFromTheAgendaHold() {
        let agenda = Agenda(title: "Kort", people: F.people, blocks: [
            Block(id: "debat", kind: .debate, title: "Debat", plannedStart: ClockTime(hour: 20, minute: 0),
                  plannedMinutes: 20, minimumMinutes: 20),
            Block(id: "koffie", kind: .break, title: "Koffie", plannedStart: ClockTime(hour: 20, minute: 20),
                  plannedMinutes: 10, minimumMinutes: 8),
            Block(id: "slot", kind: .close, title: "Slot", plannedStart: ClockTime(hour: 20, minute: 30),
                  plannedMinutes: 10),
        ])
        var s = F.session(agenda: agenda)
        s.apply(20, 0, .startBlock)
        #expect(s.replan(at: F.at(20, 25)) == Replan(behindMinutes: 5, changes: [
            Replan.Change(blockID: "koffie", title: "Koffie", fromMinutes: 10, toMinutes: 8),
            Replan.Change(blockID: "slot", title: "Slot", fromMinutes: 10, toMinutes: 8),
        ], uncoveredMinutes: 1))
    }

    @Test func noSuggestionAfterTheEnd() {
        var s = F.session()
        s.apply(21, 0, .startBlock)
        s.apply(21, 5, .endWorkshop)
        #expect(s.replan(at: F.at(23, 0)) == nil)
    }

    @Test func defaultMinimumsByKind() {
        func block(_ kind: BlockKind, _ minutes: Int, minimum: Int? = nil) -> Block {
            Block(id: "b", kind: kind, title: "B", plannedStart: ClockTime(minutes: 0), plannedMinutes: minutes,
                  minimumMinutes: minimum)
        }
        #expect(block(.debate, 25).shortestMinutes == 13)
        #expect(block(.presentation, 30).shortestMinutes == 15)
        #expect(block(.intro, 1).shortestMinutes == 1)
        #expect(block(.break, 15).shortestMinutes == 8)
        #expect(block(.close, 10).shortestMinutes == 8)
        #expect(block(.close, 12).shortestMinutes == 10)
        #expect(block(.debate, 25, minimum: 0).shortestMinutes == 1)
        #expect(block(.debate, 25, minimum: 40).shortestMinutes == 25)
        #expect(block(.other, 0).shortestMinutes == 0)
    }
}
