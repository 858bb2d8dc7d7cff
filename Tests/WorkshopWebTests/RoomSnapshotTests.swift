import Foundation
import Testing
import WorkshopModel
@testable import WorkshopWeb

@Suite struct RoomSnapshotTests {
    private func stamped(_ n: Double, _ action: Action) -> Event {
        Event(at: Instant(elapsed: n, wall: Date(timeIntervalSince1970: n)), action)
    }

    @Test func theSnapshotFollowsWhatTheModeratorOpens() throws {
        var session = Session(agenda: ConsoleStandIn.agenda(), timeZoneID: "Europe/Brussels")
        #expect(RoomSnapshot(session: session, version: 1).opening == .round(OpenRound(block: "debat", question: "Hoe pakken we warmte aan?")))

        session.apply(stamped(1, .openPoll(id: "scale")))
        let open = RoomSnapshot(session: session, version: 2)
        #expect(open.pollTakingVotes?.id == "scale")
        guard case .poll(let poll) = open.opening else { Issue.record("no poll"); return }
        #expect(poll.tally == nil)

        session.apply(stamped(2, .castVote(poll: "scale", voter: .device("d"), choice: .scale(5))))
        session.apply(stamped(3, .closePoll(id: "scale")))
        #expect(RoomSnapshot(session: session, version: 3).opening == .round(OpenRound(block: "debat", question: "Hoe pakken we warmte aan?")))
        session.apply(stamped(4, .revealPoll(id: "scale", revealed: true)))
        guard case .poll(let revealed) = RoomSnapshot(session: session, version: 4).opening else { Issue.record("no result"); return }
        #expect(!revealed.isOpen)
        #expect(revealed.tally?.voters == 1)

        session.apply(stamped(5, .nextBlock))
        #expect(RoomSnapshot(session: session, version: 5).opening == .nothing)
        #expect(RoomSnapshot(session: session, version: 5).blockTitle == "Afsluiting")
        session.apply(stamped(6, .endWorkshop))
        #expect(RoomSnapshot(session: session, version: 6).opening == .ended)
    }
}
