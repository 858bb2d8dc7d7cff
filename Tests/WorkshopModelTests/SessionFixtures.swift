import Foundation
import WorkshopModel

/// A small evening in the shape of the Mechelen heat workshop, built in code so these tests do not depend
/// on the agenda file reader.
enum SessionFixtures {
    static let zone = "Europe/Brussels"

    static let people = [
        Person(name: "Wouter", role: .moderator),
        Person(name: "Ighor", role: .presenter, group: "Stad Mechelen"),
        Person(name: "An", role: .participant, group: "Groen"),
        Person(name: "Bart", role: .participant, group: "N-VA"),
        Person(name: "Chris", role: .participant),
        Person(name: "Dana", role: .noteTaker),
    ]
    static let wouter = 1, ighor = 2, an = 3, bart = 4, chris = 5, dana = 6

    static let roles = ["Richting geven", "Het oude afbouwen & het nieuwe ondersteunen", "Governance creëren",
                        "Interne capaciteit en structuren ontwikkelen"]

    /// Planned 20:00–22:30: intro 25, sketch 25, debate 30 (5 + 20 phases), break 10, debate 25, debate 25,
    /// close 10 — 150 minutes.
    static let agenda = Agenda(
        title: "Warmte in Mechelen", date: CivilDate(year: 2023, month: 11, day: 8), place: "Mechelen",
        language: .nl, participationTarget: 0.75, people: people,
        blocks: [
            Block(id: "intro", kind: .intro, title: "Introductie", plannedStart: ClockTime(hour: 20, minute: 0),
                  plannedMinutes: 25, polls: [
                    Poll(id: "kennis", question: "Hoe goed ken je het thema?", kind: .scale, min: 1, max: 5),
                    Poll(id: "prioriteit", question: "Wat eerst?", kind: .single,
                         options: ["Isolatie", "Warmtenet", "Warmtepomp"]),
                    Poll(id: "verwachting", question: "Wat verwacht je?", kind: .open),
                  ]),
            Block(id: "schets", kind: .presentation, title: "Situatieschets",
                  plannedStart: ClockTime(hour: 20, minute: 25), plannedMinutes: 25),
            Block(id: "debat1", kind: .debate, title: "Beleidsrol", plannedStart: ClockTime(hour: 20, minute: 50),
                  plannedMinutes: 30, question: "Welke rol?",
                  phases: [Phase(name: "Reflectie", minutes: 5), Phase(name: "Debat", minutes: 20)],
                  polls: [
                    Poll(id: "rollen", question: "Rangschik de rollen", kind: .ranking, options: roles),
                    Poll(id: "rollenMulti", question: "Kies er twee", kind: .multi, options: roles, maxChoices: 2),
                  ]),
            Block(id: "pauze", kind: .break, title: "Pauze", plannedStart: ClockTime(hour: 21, minute: 20),
                  plannedMinutes: 10),
            Block(id: "debat2", kind: .debate, title: "Opvolging", plannedStart: ClockTime(hour: 21, minute: 30),
                  plannedMinutes: 25, polls: [
                    Poll(id: "gevoel", question: "Hoe voel je je erbij?", kind: .trafficLight),
                  ]),
            Block(id: "debat3", kind: .debate, title: "Draagvlak", plannedStart: ClockTime(hour: 21, minute: 55),
                  plannedMinutes: 25),
            Block(id: "afsluit", kind: .close, title: "Afsluit", plannedStart: ClockTime(hour: 22, minute: 20),
                  plannedMinutes: 10, prompts: ["Afspraken & acties?"]),
        ]
    )

    /// 2023-11-08 20:00 in Brussels (UTC+1 in November).
    static let eightPM = Date(timeIntervalSince1970: 1_699_470_000)

    /// The instant at `hour:minute:second` on the evening (hours past 23 run on into the night). The
    /// monotonic clock reads 1000 s at 20:00, so a mix-up of the two clocks shows in the figures.
    static func at(_ hour: Int, _ minute: Int, _ second: Double = 0) -> Instant {
        let offset = Double((hour - 20) * 3600 + minute * 60) + second
        return Instant(elapsed: 1000 + offset, wall: eightPM.addingTimeInterval(offset))
    }

    /// Seconds since midnight of `hour:minute`, as `Session.clockSeconds` and `Timing` report them.
    static func daySeconds(_ hour: Int, _ minute: Int, _ second: Double = 0) -> Double {
        Double(hour * 3600 + minute * 60) + second
    }

    static func session(_ events: [Event] = [], agenda: Agenda = agenda) -> Session {
        Session(agenda: agenda, timeZoneID: zone, events: events)
    }
}

/// `action` at `hour:minute` of the fixture evening.
func event(_ hour: Int, _ minute: Int, _ action: Action) -> Event {
    Event(at: SessionFixtures.at(hour, minute), action)
}

/// `action` at `hour:minute:second` of the fixture evening.
func event(_ hour: Int, _ minute: Int, _ second: Double, _ action: Action) -> Event {
    Event(at: SessionFixtures.at(hour, minute, second), action)
}

extension Session {
    /// Applies `action` at `hour:minute` of the fixture evening.
    @discardableResult
    mutating func apply(_ hour: Int, _ minute: Int, _ action: Action) -> Outcome {
        apply(event(hour, minute, action))
    }

    /// Everything a session records, without the bookkeeping (event count, last instant, undo history),
    /// so tests can state that an undo restored exactly the state before.
    var recorded: RecordedState {
        RecordedState(people: people, currentBlock: currentBlock, runs: runs, planShiftMinutes: planShiftMinutes,
                      endedAt: endedAt, turns: turns, answers: answers, polls: polls,
                      actionItems: actionItems, feedback: feedback, notes: notes)
    }
}

/// The recorded content of a session, for comparisons.
struct RecordedState: Equatable {
    var people: [Participant]
    var currentBlock: Int
    var runs: [BlockRun]
    var planShiftMinutes: Int
    var endedAt: Instant?
    var turns: [Turn]
    var answers: [Answer]
    var polls: [String: PollState]
    var actionItems: [ActionItem]
    var feedback: [Note]
    var notes: [Note]
}
