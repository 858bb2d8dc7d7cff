import Foundation
import Testing
import WorkshopModel

/// Talk time: participants against moderator and presenters, per block, person and group.
struct SessionParticipationTests {
    typealias F = SessionFixtures

    /// Intro 20:00–20:25: moderator 5, An 15, Ighor 5 minutes. Sketch from 20:25: Bart 15 minutes.
    static let evening: [Event] = [
        event(20, 0, .startBlock),
        event(20, 0, .speaking(.moderator)),
        event(20, 5, .speaking(.participant(F.an))),
        event(20, 20, .speaking(.presenter(F.ighor))),
        event(20, 25, .nextBlock),
        event(20, 25, .speaking(.participant(F.bart))),
        event(20, 40, .speaking(.nobody)),
    ]

    @Test func thirtyOfFortyMinutesByParticipantsIsSeventyFivePercent() {
        let p = F.session(Self.evening).participation(at: F.at(20, 45))
        #expect(p.target == 0.75)
        #expect(p.overall == TalkTime(blockID: nil, participantSeconds: 1800, moderatorSeconds: 300, presenterSeconds: 300))
        #expect(p.overall.totalSeconds == 2400)
        #expect(p.overall.share == 0.75)
        #expect(p.overall.meetsTarget(0.75))
        #expect(!p.overall.meetsTarget(0.76))
        #expect(p.meetsTarget)
        #expect(p.perBlock.count == 7)
        #expect(p.perBlock[0] == TalkTime(blockID: "intro", participantSeconds: 900, moderatorSeconds: 300, presenterSeconds: 300))
        #expect(p.perBlock[0].share == 0.6)
        #expect(p.perBlock[1] == TalkTime(blockID: "schets", participantSeconds: 900))
        #expect(p.perBlock[1].share == 1)
        #expect(p.perBlock[2] == TalkTime(blockID: "debat1"))
        #expect(p.perBlock[2].share == nil)
        #expect(!p.perBlock[2].meetsTarget(0.75))
        #expect(p.perPerson == [PersonTalk(person: F.an, seconds: 900), PersonTalk(person: F.bart, seconds: 900),
                                PersonTalk(person: F.ighor, seconds: 300)])
        #expect(p.perGroup == [GroupTalk(group: "Groen", seconds: 900), GroupTalk(group: "N-VA", seconds: 900),
                               GroupTalk(group: "Stad Mechelen", seconds: 300)])
        #expect(p.nowSpeaking == .nobody)
    }

    @Test func anOpenTurnCountsUpToNow() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        s.apply(20, 0, .speaking(.participant(nil)))
        let p = s.participation(at: F.at(20, 3))
        #expect(p.overall.participantSeconds == 180)
        #expect(p.perPerson.isEmpty)
        #expect(p.nowSpeaking == .participant(nil))
        #expect(s.currentSpeaker == .participant(nil))
    }

    @Test func talkDuringAPauseOrBeforeTheStartDoesNotCount() {
        var s = F.session()
        s.apply(19, 55, .speaking(.moderator))
        s.apply(20, 0, .startBlock)
        s.apply(20, 2, .speaking(.participant(F.chris)))
        s.apply(20, 4, .pauseBlock)
        s.apply(20, 10, .resumeBlock)
        s.apply(20, 11, .speaking(.nobody))
        let p = s.participation(at: F.at(20, 30))
        #expect(p.overall == TalkTime(blockID: nil, participantSeconds: 180, moderatorSeconds: 120))
        // Chris has no group, so he shows per person only.
        #expect(p.perPerson == [PersonTalk(person: F.chris, seconds: 180)])
        #expect(p.perGroup.isEmpty)
    }

    @Test func aTurnAcrossABlockChangeIsSplitBetweenTheBlocks() {
        var s = F.session()
        s.apply(20, 0, .startBlock)
        s.apply(20, 20, .speaking(.presenter(F.ighor)))
        s.apply(20, 25, .nextBlock)
        s.apply(20, 35, .speaking(.nobody))
        let p = s.participation(at: F.at(20, 40))
        #expect(p.perBlock[0].presenterSeconds == 300)
        #expect(p.perBlock[1].presenterSeconds == 600)
        #expect(p.overall.share == 0)
    }

    @Test func speakerChangesThatChangeNothingOrNameNoOneAreRefused() {
        var s = F.session()
        #expect(s.apply(20, 0, .speaking(.nobody)) == .ignored(.nothingChanged))
        #expect(s.apply(20, 0, .speaking(.moderator)) == .applied)
        #expect(s.apply(20, 1, .speaking(.moderator)) == .ignored(.nothingChanged))
        #expect(s.apply(20, 1, .speaking(.participant(99))) == .ignored(.unknownPerson))
        #expect(s.apply(20, 1, .speaking(.participant(0))) == .ignored(.unknownPerson))
        s.apply(20, 1, .removePerson(id: F.chris))
        #expect(s.apply(20, 2, .speaking(.participant(F.chris))) == .ignored(.personRemoved))
        #expect(s.turns == [Turn(speaker: .moderator, start: 1000)])
    }

    @Test func aRemovedPersonKeepsTheirTalkTime() {
        var s = F.session(Self.evening)
        s.apply(20, 50, .removePerson(id: F.an))
        let p = s.participation(at: F.at(20, 50))
        #expect(p.perPerson.first == PersonTalk(person: F.an, seconds: 900))
        #expect(s.person(F.an)?.removed == true)
    }
}
