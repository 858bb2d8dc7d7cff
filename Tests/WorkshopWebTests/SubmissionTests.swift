import Foundation
import Testing
import WorkshopModel
@testable import WorkshopWeb

@Suite struct SubmissionTests {
    let session = Session(agenda: ConsoleStandIn.agenda(), timeZoneID: "Europe/Brussels")

    @Test func aVoteIsCastByTheDevice() {
        let vote = Submission(device: "d1", content: .vote(poll: "scale", choice: .scale(3)))
        #expect(vote.actions(for: session) == [.castVote(poll: "scale", voter: .device("d1"), choice: .scale(3))])
    }

    @Test func anAnswerIsAnonymousUnlessANameIsGiven() {
        let anonymous = Submission(device: "d1", content: .answer(block: "debat", text: "Ja", name: nil, group: "Groen"))
        #expect(anonymous.actions(for: session) == [.addAnswer(block: "debat", person: nil, text: "Ja", tags: [], origin: .device("d1"))])
        let known = Submission(device: "d1", content: .answer(block: "debat", text: "Ja", name: "ANNA PEETERS", group: nil))
        #expect(known.actions(for: session) == [.addAnswer(block: "debat", person: 1, text: "Ja", tags: [], origin: .device("d1"))])
        // The moderator is not a participant: a phone cannot speak in their name.
        let moderator = Submission(device: "d1", content: .answer(block: "debat", text: "Ja", name: "Moderator", group: nil))
        #expect(moderator.actions(for: session).first == .addPerson(name: "Moderator", group: nil, role: .participant))
        let newcomer = Submission(device: "d2", content: .answer(block: "debat", text: "Nee", name: " Jan ", group: " N-VA "))
        #expect(newcomer.actions(for: session) == [
            .addPerson(name: "Jan", group: "N-VA", role: .participant),
            .addAnswer(block: "debat", person: 3, text: "Nee", tags: [], origin: .device("d2")),
        ])
    }
}
