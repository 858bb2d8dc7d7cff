import Foundation
import Testing
import WorkshopModel

/// Drift, projected end, plan shifts, phases and the clock of the day.
struct SessionTimingTests {
    typealias F = SessionFixtures

    @Test func beforeTheStartOnlyLatenessCounts() {
        let s = F.session()
        let early = s.timing(at: F.at(19, 50))
        #expect(early.plannedEnd == ClockTime(hour: 22, minute: 30))
        #expect(early.projectedEndSeconds == F.daySeconds(22, 30))
        #expect(early.driftSeconds == 0)
        let late = s.timing(at: F.at(20, 7))
        #expect(late.projectedEndSeconds == F.daySeconds(22, 37))
        #expect(late.driftSeconds == 420)
        #expect(late.driftMinutes == 7)
        #expect(late.projectedEnd == ClockTime(hour: 22, minute: 37))
    }

    @Test func aLateStartDriftsTheWholeEvening() {
        var s = F.session()
        s.apply(20, 5, .startBlock)
        let t = s.timing(at: F.at(20, 10))
        #expect(t.isRunning)
        #expect(t.blocks[0].remainingSeconds == 1200)
        // 20:10 + 20 minutes left of the intro + 125 planned minutes after it.
        #expect(t.projectedEndSeconds == F.daySeconds(22, 35))
        #expect(t.driftSeconds == 300)
        #expect(t.driftMinutes == 5)
    }

    @Test func anOverrunAddsToTheDriftAsItGoes() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        let t = s.timing(at: F.at(20, 28))
        #expect(t.blocks[0].overrunSeconds == 180)
        #expect(t.projectedEndSeconds == F.daySeconds(22, 33))
        #expect(t.driftSeconds == 180)
        // A pause holds the block's clock, but the evening's clock goes on.
        s.apply(20, 28, .pauseBlock)
        let paused = s.timing(at: F.at(20, 31, 30))
        #expect(paused.blocks[0].runningSeconds == 1680)
        #expect(paused.driftSeconds == 390)
        #expect(paused.driftMinutes == 7)
    }

    @Test func blocksFinishedEarlyGiveTimeBack() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        s.apply(20, 15, .nextBlock)
        let t = s.timing(at: F.at(20, 15))
        // 20:15 + all 25 minutes of the sketch + 100 planned minutes after it = 22:20.
        #expect(t.projectedEndSeconds == F.daySeconds(22, 20))
        #expect(t.driftSeconds == -600)
        #expect(t.driftMinutes == -10)
    }

    @Test func afterTheEndTheProjectedEndIsTheActualEnd() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        s.apply(22, 20, .goToBlock(id: "afsluit"))
        s.apply(22, 41, .endWorkshop)
        let t = s.timing(at: F.at(23, 0))
        #expect(t.projectedEndSeconds == F.daySeconds(22, 41))
        #expect(t.driftSeconds == 660)
        #expect(t.driftMinutes == 11)
        #expect(!t.isRunning)
        #expect(t.phase == nil)
    }

    @Test func shiftingThePlanMovesEveryPlannedTime() {
        var s = F.session()
        #expect(s.apply(19, 55, .shiftPlan(minutes: 15)) == .applied)
        #expect(s.apply(19, 55, .shiftPlan(minutes: 0)) == .ignored(.nothingChanged))
        s.apply(20, 15, .startBlock)
        let t = s.timing(at: F.at(20, 20))
        #expect(t.blocks[0].plannedStart == ClockTime(hour: 20, minute: 15))
        #expect(t.blocks[6].plannedEnd == ClockTime(hour: 22, minute: 45))
        #expect(t.plannedEnd == ClockTime(hour: 22, minute: 45))
        #expect(t.projectedEndSeconds == F.daySeconds(22, 45))
        #expect(t.driftSeconds == 0)
        #expect(s.planShiftMinutes == 15)
    }

    @Test func phasesFollowEachOtherAndTheLastTakesTheOverrun() throws {
        var s = F.session()
        s.apply(20, 50, .goToBlock(id: "debat1"))
        let pending = try #require(s.timing(at: F.at(20, 50)).phase)
        #expect(pending == PhaseTiming(index: 0, name: "Reflectie", minutes: 5, elapsedSeconds: 0, remainingSeconds: 300))
        s.apply(20, 50, .startBlock)
        #expect(s.timing(at: F.at(20, 53)).phase
            == PhaseTiming(index: 0, name: "Reflectie", minutes: 5, elapsedSeconds: 180, remainingSeconds: 120))
        #expect(s.timing(at: F.at(20, 56)).phase
            == PhaseTiming(index: 1, name: "Debat", minutes: 20, elapsedSeconds: 60, remainingSeconds: 1140))
        // The moderator cuts the reflection short at four minutes.
        #expect(s.apply(20, 54, .enterPhase(index: 1)) == .applied)
        #expect(s.runs[2].phase == PhaseMark(index: 1, atRunningSeconds: 240))
        #expect(s.timing(at: F.at(20, 56)).phase
            == PhaseTiming(index: 1, name: "Debat", minutes: 20, elapsedSeconds: 120, remainingSeconds: 1080))
        #expect(s.timing(at: F.at(21, 20)).phase
            == PhaseTiming(index: 1, name: "Debat", minutes: 20, elapsedSeconds: 1560, remainingSeconds: -360))
        #expect(s.apply(21, 20, .enterPhase(index: 2)) == .ignored(.noSuchPhase))
        #expect(s.apply(21, 20, .enterPhase(index: -1)) == .ignored(.noSuchPhase))
    }

    @Test func aPauseHoldsThePhaseCountdown() {
        var s = F.session()
        s.apply(20, 50, .goToBlock(id: "debat1"))
        s.apply(20, 50, .startBlock)
        s.apply(20, 52, .pauseBlock)
        s.apply(21, 0, .resumeBlock)
        #expect(s.timing(at: F.at(21, 2)).phase
            == PhaseTiming(index: 0, name: "Reflectie", minutes: 5, elapsedSeconds: 240, remainingSeconds: 60))
        #expect(s.timing(at: F.at(21, 0)).blocks.map(\.state)
            == [.skipped, .skipped, .running, .pending, .pending, .pending, .pending])
    }

    @Test func blocksWithoutPhasesHaveNoPhase() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        #expect(s.timing(at: F.at(20, 1)).phase == nil)
        #expect(s.apply(20, 1, .enterPhase(index: 0)) == .ignored(.noSuchPhase))
    }

    @Test func clockSecondsCountFromTheSessionDaysMidnightAndRunOnPastIt() {
        var s = F.session()
        #expect(s.clockSeconds(F.at(20, 0).wall) == F.daySeconds(20, 0))
        s.apply(20, 0, .startBlock)
        #expect(s.clockSeconds(F.at(23, 59).wall) == F.daySeconds(23, 59))
        #expect(s.clockSeconds(F.at(24, 30).wall) == 88_200)
        // An unknown zone reads as UTC rather than failing.
        let utc = Session(agenda: F.agenda, timeZoneID: "Nowhere/Nothing")
        #expect(utc.clockSeconds(F.at(20, 0).wall) == F.daySeconds(19, 0))
    }

    @Test func anEveningRunningPastMidnightStillComparesWithThePlan() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        s.apply(22, 20, .goToBlock(id: "afsluit"))
        let t = s.timing(at: F.at(24, 10))
        #expect(t.blocks[6].runningSeconds == 6600)
        #expect(t.blocks[6].overrunSeconds == 6000)
        #expect(t.projectedEndSeconds == F.daySeconds(24, 10))
        #expect(t.driftSeconds == 6000)
        #expect(t.driftMinutes == 100)
    }
}
