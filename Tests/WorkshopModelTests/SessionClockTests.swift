import Foundation
import Testing
import WorkshopModel

/// The block clock: start, pause, moving between blocks, the end of the workshop, the clock's direction.
struct SessionClockTests {
    typealias F = SessionFixtures

    @Test func aNewSessionHasTheAgendasPeopleAndNothingRunning() {
        let s = F.session()
        #expect(s.people.map(\.id) == [1, 2, 3, 4, 5, 6])
        #expect(s.people.map(\.name) == ["Wouter", "Ighor", "An", "Bart", "Chris", "Dana"])
        #expect(s.people[2].group == "Groen")
        #expect(s.runs == Array(repeating: BlockRun(), count: 7))
        // Every poll reads as never opened; none is stored until something happens to it.
        let ids = s.agenda.blocks.flatMap(\.polls).map(\.id)
        #expect(ids.sorted() == ["gevoel", "kennis", "prioriteit", "rollen", "rollenMulti", "verwachting"])
        #expect(ids.allSatisfy { s.pollState(id: $0) == PollState() })
        #expect(s.polls.isEmpty)
        #expect(s.currentBlock == 0)
        #expect(!s.isRunning)
        #expect(s.eventCount == 0)
        #expect(s.startedAt == nil)
        #expect(!s.canUndo)
        #expect(s.currentSpeaker == .nobody)
    }

    @Test func startPauseAndResumeCountOnlyRunningTime() {
        var s = F.session()
        #expect(s.apply(20, 2, .startBlock) == .applied)
        #expect(s.apply(20, 10, .pauseBlock) == .applied)
        #expect(!s.isRunning)
        #expect(s.timing(at: F.at(20, 11)).blocks[0].state == .paused)
        #expect(s.apply(20, 12, .resumeBlock) == .applied)
        let intro = s.timing(at: F.at(20, 20)).blocks[0]
        #expect(intro.state == .running)
        #expect(intro.runningSeconds == 960)
        #expect(intro.remainingSeconds == 540)
        #expect(intro.overrunSeconds == 0)
        #expect(intro.actualStart == F.at(20, 2).wall)
        #expect(intro.actualEnd == nil)
        #expect(s.runs[0].segments == [Span(start: 1120, end: 1600), Span(start: 1720)])
        #expect(s.startedAt == F.at(20, 2))
        #expect(s.lastEventAt == F.at(20, 12))
        #expect(s.eventCount == 3)
    }

    @Test func startingTwiceOrPausingAStoppedClockIsRefusedAndChangesNothing() {
        var s = F.session()
        #expect(s.apply(20, 0, .pauseBlock) == .ignored(.notRunning))
        s.apply(20, 0, .startBlock)
        let before = s
        #expect(s.apply(20, 1, .startBlock) == .ignored(.alreadyRunning))
        #expect(s.apply(20, 1, .resumeBlock) == .ignored(.alreadyRunning))
        #expect(s == before)
        #expect(s.eventCount == 1)
    }

    @Test func leavingARunningBlockEndsItAndStartsTheNext() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        #expect(s.apply(20, 27, .nextBlock) == .applied)
        let t = s.timing(at: F.at(20, 30))
        #expect(t.current == 1)
        #expect(t.blocks[0].state == .done)
        #expect(t.blocks[0].runningSeconds == 1620)
        #expect(t.blocks[0].overrunSeconds == 120)
        #expect(t.blocks[0].remainingSeconds == -120)
        #expect(t.blocks[0].actualEnd == F.at(20, 27).wall)
        #expect(t.blocks[1].state == .running)
        #expect(t.blocks[1].runningSeconds == 180)
        #expect(t.blocks[1].actualStart == F.at(20, 27).wall)
    }

    @Test func leavingAPausedBlockOnlyMovesTheRoom() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        s.apply(20, 20, .pauseBlock)
        s.apply(20, 22, .nextBlock)
        let t = s.timing(at: F.at(20, 30))
        #expect(t.blocks[0].state == .done)
        #expect(t.blocks[0].runningSeconds == 1200)
        #expect(t.blocks[0].actualEnd == F.at(20, 22).wall)
        #expect(t.blocks[1].state == .pending)
        #expect(!t.isRunning)
        #expect(s.currentBlock == 1)
    }

    @Test func goingBackToADoneBlockWhileRunningContinuesIt() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        s.apply(20, 20, .nextBlock)
        s.apply(20, 30, .previousBlock)
        let t = s.timing(at: F.at(20, 35))
        #expect(t.current == 0)
        #expect(t.blocks[0].state == .running)
        #expect(t.blocks[0].runningSeconds == 1500)
        #expect(t.blocks[0].actualStart == F.at(20, 0).wall)
        #expect(t.blocks[0].actualEnd == nil)
        #expect(t.blocks[1].state == .done)
        #expect(t.blocks[1].runningSeconds == 600)
    }

    @Test func blocksPassedOverWhileALaterOneRanAreSkipped() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        #expect(s.apply(20, 25, .goToBlock(id: "debat1")) == .applied)
        let states = s.timing(at: F.at(20, 30)).blocks.map(\.state)
        #expect(states == [.done, .skipped, .running, .pending, .pending, .pending, .pending])
        // Going back to the skipped block makes it the current, pending one again.
        s.apply(20, 31, .pauseBlock)
        s.apply(20, 31, .goToBlock(id: "schets"))
        #expect(s.timing(at: F.at(20, 32)).blocks[1].state == .pending)
    }

    @Test func movesThatGoNowhereAreRefused() {
        var s = F.session()
        #expect(s.apply(20, 0, .previousBlock) == .ignored(.noMoreBlocks))
        #expect(s.apply(20, 0, .goToBlock(id: "nope")) == .ignored(.unknownBlock))
        #expect(s.apply(20, 0, .goToBlock(id: "intro")) == .ignored(.nothingChanged))
        #expect(s.apply(20, 0, .goToBlock(id: "afsluit")) == .applied)
        #expect(s.apply(20, 0, .nextBlock) == .ignored(.noMoreBlocks))
        #expect(s.eventCount == 1)
    }

    @Test func endingTheWorkshopStopsTheClockButNotTheNotes() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        s.apply(20, 0, .speaking(.moderator))
        s.apply(20, 25, .goToBlock(id: "afsluit"))
        #expect(s.apply(20, 40, .endWorkshop) == .applied)
        #expect(s.endedAt == F.at(20, 40))
        #expect(!s.isRunning)
        #expect(s.currentSpeaker == .nobody)
        #expect(s.turns == [Turn(speaker: .moderator, start: 1000, end: 3400)])
        let t = s.timing(at: F.at(21, 0))
        #expect(t.ended)
        #expect(t.blocks.map(\.state) == [.done, .skipped, .skipped, .skipped, .skipped, .skipped, .done])
        #expect(t.blocks[6].runningSeconds == 900)
        #expect(t.blocks[6].actualEnd == F.at(20, 40).wall)
        for action: Action in [.startBlock, .pauseBlock, .resumeBlock, .nextBlock, .previousBlock,
                               .goToBlock(id: "intro"), .enterPhase(index: 0), .shiftPlan(minutes: 5),
                               .endWorkshop, .speaking(.moderator)] {
            #expect(s.apply(20, 45, action) == .ignored(.workshopEnded))
        }
        #expect(s.apply(20, 45, .addNote(text: "Nagesprek met de schepen")) == .applied)
        #expect(s.apply(20, 45, .addActionItem(what: "Verslag rondsturen", who: "Dana", due: "15/11")) == .applied)
        #expect(s.apply(20, 46, .addFeedback(text: "Goede avond")) == .applied)
        #expect(s.notes.map(\.block) == ["afsluit"])
    }

    @Test func anEventStampedEarlierHappensAtTheLastEventsTime() {
        var s = F.session()
        s.apply(20, 10, .startBlock)
        s.apply(20, 5, .pauseBlock)
        #expect(s.runs[0].segments == [Span(start: 1600, end: 1600)])
        #expect(s.lastEventAt == F.at(20, 10))
        // A moment asked about before the last event reads as the last event.
        #expect(s.timing(at: F.at(20, 0)).blocks[0].runningSeconds == 0)
    }

    @Test func aWallClockJumpDoesNotMoveTheTimers() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        // The laptop's clock jumps an hour ahead; the monotonic clock says ten minutes passed.
        let jumped = Instant(elapsed: F.at(20, 10).elapsed, wall: F.at(21, 10).wall)
        s.apply(Event(at: jumped, .pauseBlock))
        #expect(s.timing(at: jumped).blocks[0].runningSeconds == 600)
    }

    @Test func anAgendaWithoutBlocksRefusesClockEventsWithoutCrashing() {
        var s = F.session(agenda: Agenda(title: "Leeg", people: F.people))
        #expect(s.apply(20, 0, .startBlock) == .ignored(.unknownBlock))
        #expect(s.apply(20, 0, .nextBlock) == .ignored(.unknownBlock))
        #expect(s.apply(20, 0, .enterPhase(index: 0)) == .ignored(.unknownBlock))
        #expect(s.apply(20, 1, .addNote(text: "Geen agenda")) == .applied)
        #expect(s.notes.first?.block == nil)
        #expect(s.apply(20, 2, .endWorkshop) == .applied)
        let t = s.timing(at: F.at(20, 3))
        #expect(t.blocks.isEmpty)
        #expect(t.currentBlock == nil)
        #expect(t.phase == nil)
        #expect(s.replan(at: F.at(20, 3)) == nil)
        #expect(s.participation(at: F.at(20, 3)).perBlock.isEmpty)
    }
}
