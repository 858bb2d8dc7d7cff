import Foundation
import Testing
import WorkshopModel
@testable import WorkshopWeb

/// A real browser at phone size (headless Chromium, Debian's package) joins by the QR link, answers through
/// the page as a person would, and the answer lands in the session; screenshots go to test-output/web/.
/// Skipped when chromium is not installed.
@Suite(.serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")))
struct RoomBrowserTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let output = root.appendingPathComponent("test-output/web")

    struct Outcome: Decodable {
        var answered: Bool
        var live: String
        var problem: String
        var title: String
    }

    private func browse(_ room: ConsoleStandIn, action: String, name: String) async throws -> Outcome {
        try FileManager.default.createDirectory(at: Self.output, withIntermediateDirectories: true)
        let arguments = [Self.root.appendingPathComponent("scripts/web-browser.sh").path,
                         "http://127.0.0.1:\(room.port)/j/ABC234", action, Self.output.appendingPathComponent(name).path]
        let (status, data) = try await offPool { try runProgram("/bin/bash", arguments) }
        #expect(status == 0)
        return try JSONDecoder().decode(Outcome.self, from: data.split(separator: UInt8(ascii: "\n")).last.map { Data($0) } ?? Data())
    }

    @Test func aVoteThroughThePageLandsInTheTally() async throws {
        let room = try await ConsoleStandIn()
        room.moderator(.openPoll(id: "scale"))
        let outcome = try await browse(room, action: """
            document.querySelector('label[for="choice-4"]').click();
            document.querySelector('form.poll button').click();
            """, name: "phone-scale-poll")
        #expect(outcome.answered)
        #expect(outcome.live.contains("stem is ontvangen"))
        #expect(outcome.problem.isEmpty)
        #expect(room.drain() == 1)
        #expect(room.session.tally(poll: "scale")?.rows.first { $0.value == 4 }?.count == 1)
    }

    @Test func anAnswerThroughThePageLandsInTheRound() async throws {
        let room = try await ConsoleStandIn()
        let outcome = try await browse(room, action: """
            document.getElementById('text').value = 'Eerst isoleren, dan het warmtenet <b>uitbreiden</b>.';
            document.querySelector('details').open = true;
            document.getElementById('name').value = 'Lotte';
            document.getElementById('group').value = 'Vooruit';
            document.querySelector('form.answer button').click();
            """, name: "phone-round")
        #expect(outcome.answered)
        #expect(outcome.live.contains("antwoord is ontvangen"))
        #expect(room.drain() == 1)
        let answer = try #require(room.session.answers(inBlock: "debat").first)
        #expect(answer.text == "Eerst isoleren, dan het warmtenet <b>uitbreiden</b>.")
        #expect(room.session.person(answer.person ?? 0)?.name == "Lotte")
        if case .device = answer.origin {} else { Issue.record("origin \(answer.origin)") }
    }

    @Test func revealedResultsAndTheRankingFormAtPhoneSize() async throws {
        let room = try await ConsoleStandIn()
        room.moderator(.openPoll(id: "single"))
        for choice in [0, 0, 1, 2, 0] {
            #expect(try await room.postForm("/vote", "poll=single&choice=\(choice)", cookie: try await room.joinedPhone()).status == 303)
        }
        room.drain()
        room.moderator(.closePoll(id: "single"))
        room.moderator(.revealPoll(id: "single", revealed: true))
        room.moderator(.openPoll(id: "ranking"))
        let outcome = try await browse(room, action: """
            document.getElementById('rank-2').value = '1';
            document.getElementById('rank-0').value = '2';
            document.querySelector('form.poll button').click();
            """, name: "phone-ranking")
        #expect(outcome.answered)
        room.drain()
        #expect(room.session.pollState(id: "ranking").ballots.values.first == .ranking([2, 0]))
        room.moderator(.closePoll(id: "ranking"))
        let results = try await browse(room, action: "document.getElementById('live').textContent = 'ok';", name: "phone-results")
        #expect(results.title.contains("Welke optie?"))
    }
}
