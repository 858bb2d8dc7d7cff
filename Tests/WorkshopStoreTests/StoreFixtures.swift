import Foundation
import WorkshopModel
@testable import WorkshopStore

/// A small agenda and a scripted evening for the store tests, plus a private temporary folder per test.
enum StoreFixtures {
    static let zone = "Europe/Brussels"

    static let agenda = Agenda(
        title: "Warmte in Mechelen: geïntegreerde aanpak", date: CivilDate(year: 2023, month: 11, day: 8),
        place: "Mechelen", language: .nl, participationTarget: 0.75,
        people: [Person(name: "Wouter", role: .moderator), Person(name: "An", role: .participant, group: "Groen")],
        blocks: [
            Block(id: "intro", kind: .intro, title: "Introductie", plannedStart: ClockTime(hour: 20, minute: 0),
                  plannedMinutes: 25, polls: [Poll(id: "kennis", question: "Hoe goed?", kind: .scale, min: 1, max: 5)]),
            Block(id: "debat1", kind: .debate, title: "Beleidsrol", plannedStart: ClockTime(hour: 20, minute: 25),
                  plannedMinutes: 30, question: "Welke rol?",
                  phases: [Phase(name: "Reflectie", minutes: 5), Phase(name: "Debat", minutes: 20)]),
            Block(id: "afsluit", kind: .close, title: "Afsluit", plannedStart: ClockTime(hour: 20, minute: 55),
                  plannedMinutes: 10),
        ])

    /// 2023-11-08 20:00:00.123456 in Brussels: a fraction that would not survive a lossy round trip.
    static let start = Date(timeIntervalSince1970: 1_699_470_000.123456)

    /// The instant `seconds` after the start; the monotonic clock starts at 1234.5678.
    static func at(_ seconds: Double) -> Instant {
        Instant(elapsed: 1234.5678 + seconds, wall: start.addingTimeInterval(seconds))
    }

    /// An evening touching many kinds of event, with accents, emoji and a line break in the text.
    static let events: [Event] = [
        Event(at: at(0.1), .startBlock),
        Event(at: at(1.7), .openPoll(id: "kennis")),
        Event(at: at(2.3), .castVote(poll: "kennis", voter: .person(2), choice: .scale(4))),
        Event(at: at(2.9), .countHands(poll: "kennis", value: 3, delta: 5)),
        Event(at: at(3.3), .revealPoll(id: "kennis", revealed: true)),
        Event(at: at(60.01), .nextBlock),
        Event(at: at(61), .startBlock),
        Event(at: at(62), .speaking(.participant(2))),
        Event(at: at(63.5), .addPerson(name: "Zoë Ündercover 👩‍🔬", group: "N-VA", role: .participant)),
        Event(at: at(70), .addAnswer(block: "debat1", person: 2, text: "Geïntegreerde aanpak – Mechelaar\nen \"meer\"",
                                     tags: ["warmte"], origin: .console)),
        Event(at: at(71), .undo),
        Event(at: at(72), .addAnswer(block: "debat1", person: nil, text: "Anoniem", tags: [], origin: .console)),
        Event(at: at(80), .pauseBlock),
        Event(at: at(90), .addActionItem(what: "Plan opmaken", who: "Stad", due: "2024-01-01")),
    ]

    /// The bytes of a file, for byte-for-byte comparisons.
    static func bytes(_ url: URL) -> Data? { FileManager.default.contents(atPath: url.path) }

    /// The names in a folder, sorted.
    static func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The permission bits of a file.
    static func mode(_ path: String) -> Int {
        Int(PrivateFiles.mode(of: path) ?? 0)
    }
}

/// A fresh folder under the system's temporary folder, removed when the test lets go of it.
final class TemporaryFolder {
    let url: URL

    init() {
        url = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("workshop-store-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }
}
