import Foundation
import Testing
import WorkshopModel
@testable import WorkshopStore

@Suite struct PayloadDecoderTests {
    /// One action of every shape the payloads take: nested enums, optionals present and absent, arrays,
    /// unlabelled associated values, text with quotes, escapes, accents, emoji and a line break.
    static let actions: [Action] = StoreFixtures.events.map(\.action) + [
        .goToBlock(id: "debat1"), .enterPhase(index: 1), .shiftPlan(minutes: -15), .endWorkshop,
        .speaking(.nobody), .speaking(.moderator), .speaking(.presenter(nil)), .speaking(.participant(nil)),
        .renamePerson(id: 3, name: "An \"Annie\" Peeters\\", group: nil), .removePerson(id: 4),
        .editAnswer(id: 7, text: "tab\there, cr\r, nul-free \u{1F}, ☃︎, 🇧🇪", tags: ["a", "b/c"]),
        .deleteAnswer(id: 7), .hideAnswer(id: 8, hidden: true),
        .addAnswer(block: "b", person: nil, text: "via gsm", tags: [], origin: .device("tok-123")),
        .closePoll(id: "p"), .revealPoll(id: "p", revealed: false),
        .castVote(poll: "p", voter: .device("d"), choice: .option(2)),
        .castVote(poll: "p", voter: .person(1), choice: .options([0, 3])),
        .castVote(poll: "p", voter: .person(2), choice: .ranking([3, 1, 0])),
        .castVote(poll: "p", voter: .person(3), choice: .light(.amber)),
        .castVote(poll: "p", voter: .person(4), choice: .text("Meer groen\nminder grijs")),
        .retractVote(poll: "p", voter: .person(4)), .countHands(poll: "p", value: 0, delta: -2),
        .addActionItem(what: "Plan", who: nil, due: nil), .addFeedback(text: "Goed!"), .addNote(text: ""),
    ]

    @Test func decodesWhatJSONEncoderWritesExactlyAsJSONDecoderDoes() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for action in Self.actions {
            let text = String(decoding: try encoder.encode(action), as: UTF8.self)
            let ours = try PayloadDecoder().decode(Action.self, from: text)
            let theirs = try JSONDecoder().decode(Action.self, from: Data(text.utf8))
            #expect(ours == action, "\(text)")
            #expect(ours == theirs)
        }
    }

    @Test func readsEscapesAndWhitespaceJSONEncoderDoesNotWrite() throws {
        let text = #" { "addNote" : { "text" : "\u00e9\u00E9 \ud83c\udde7\ud83c\uddea \/ \b\f" } } "#
        #expect(try PayloadDecoder().decode(Action.self, from: text) == .addNote(text: "éé 🇧🇪 / \u{8}\u{C}"))
    }

    @Test(arguments: [
        "", "{", "{}", "[]", "null", #"{"addNote":{}}"#, #"{"addNote":{"text":3}}"#, #"{"nope":{}}"#,
        #"{"addNote":{"text":"x"}} trailing"#, #"{"addNote":{"text":"\x"}}"#, #"{"addNote":{"text":"\ud800"}}"#,
        #"{"enterPhase":{"index":1.5}}"#, #"{"enterPhase":{"index":99999999999999999999}}"#,
        #"{"startBlock":{},"endWorkshop":{}}"#, String(repeating: "[", count: 100_000),
    ])
    func refusesWhatIsNotAnAction(text: String) {
        #expect(throws: (any Error).self) { try PayloadDecoder().decode(Action.self, from: text) }
    }

    @Test func randomBytesNeverTrap() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array(#"{}[]":,\ u0123456789abcdeftrn-.eE"#.utf8)
        for _ in 0..<3000 {
            let length = Int.random(in: 0..<40, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            _ = try? PayloadDecoder().decode(Action.self, from: String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func kindIsTheCaseName() throws {
        let coder = EventCoder()
        for action in Self.actions {
            let row = try coder.row(seq: 1, event: Event(at: StoreFixtures.at(0), action))
            #expect(row.kind == EventCoder.kind(of: action))
        }
    }

    @Test func aLongReplayDecodesInOrderOnEveryCore() throws {
        let coder = EventCoder()
        let events = (0..<20_000).map { Event(at: StoreFixtures.at(Double($0)), Self.actions[$0 % Self.actions.count]) }
        let rows = try events.enumerated().map { try coder.row(seq: $0.offset + 1, event: $0.element) }
        let decoded = try EventCoder.events(from: rows)
        #expect(decoded.map(\.seq) == Array(1...20_000))
        #expect(decoded.map(\.event) == events)
        var broken = rows
        broken[15_000].payload = "{"
        #expect(throws: StoreProblem.self) { try EventCoder.events(from: broken) }
    }
}
