import Foundation
import WorkshopModel

// Release benchmarks of the session reducer and the poll tally.

/// Folds 100,000 realistic events (speaker changes, answers, votes, hands, clock moves, undos) into a
/// session, several times, and prints the median.
func benchFold() {
    let agenda = BenchEvening.agenda
    var generator = BenchEvening(seed: 2023_11_08)
    let events = (0..<100_000).map { _ in generator.next() }
    var applied = 0
    let median = BenchEvening.medianMilliseconds(runs: 7) {
        let session = Session(agenda: agenda, timeZoneID: "Europe/Brussels", events: events)
        applied = session.eventCount
    }
    let undos = events.filter { $0.action == .undo }.count
    print(String(format: "fold 100000 events: median %.1f ms (target ≤ 200 ms) [cpu %.1f ms; %d applied, %d undos]",
                 median.wall, median.cpu, applied, undos))
}

/// Tallies polls holding 10,000 votes each and prints the median per kind; the scale poll is the figure
/// the target is for, since it does the most (distribution, mean, median).
func benchTally() {
    var session = Session(agenda: BenchEvening.agenda, timeZoneID: "Europe/Brussels")
    var at = Instant(elapsed: 0, wall: BenchEvening.start)
    for poll in ["kennis", "rollen", "verwachting"] {
        session.apply(Event(at: at, .openPoll(id: poll)))
    }
    let words = ["warmtenet", "isolatie", "betaalbaar", "renovatie", "draagvlak", "wijken", "subsidie", "gemeente"]
    for voter in 0..<10_000 {
        at = at.adding(0.01)
        let token = Voter.device("phone-\(voter)")
        session.apply(Event(at: at, .castVote(poll: "kennis", voter: token, choice: .scale(1 + voter * 7 % 5))))
        let first = voter % 4
        session.apply(Event(at: at, .castVote(poll: "rollen", voter: token,
                                              choice: .ranking([first, (first + 1) % 4, (first + 3) % 4]))))
        let text = "Meer \(words[voter % 8]) en \(words[voter * 3 % 8]) voor de \(words[voter * 5 % 8])"
        session.apply(Event(at: at, .castVote(poll: "verwachting", voter: token, choice: .text(text))))
    }
    var figures: [(wall: Double, cpu: Double)] = []
    for poll in ["kennis", "rollen", "verwachting"] {
        var voters = 0
        let median = BenchEvening.medianMilliseconds(runs: 21) {
            voters = session.tally(poll: poll)?.voters ?? -1
        }
        precondition(voters == 10_000, "the benchmark's \(poll) poll should hold 10,000 votes, has \(voters)")
        figures.append((median.wall, median.cpu))
    }
    print(String(format: "tally 10000 votes: median %.2f ms (target ≤ 5 ms) [cpu %.2f ms; scale poll]",
                 figures[0].wall, figures[0].cpu))
    print(String(format: "tally 10000 votes: median %.2f ms ranking (Borda), %.2f ms open with word counts"
        + " [cpu %.2f, %.2f ms]", figures[1].wall, figures[2].wall, figures[1].cpu, figures[2].cpu))
}

/// A Mechelen-shaped evening and a deterministic stream of plausible events for it.
struct BenchEvening {
    static let start = Date(timeIntervalSince1970: 1_699_470_000)  // 2023-11-08 20:00 in Brussels

    static let agenda: Agenda = {
        let roles = ["Richting geven", "Het oude afbouwen & het nieuwe ondersteunen", "Governance creëren",
                     "Interne capaciteit en structuren ontwikkelen"]
        var people = [Person(name: "Wouter", role: .moderator), Person(name: "Ighor", role: .presenter)]
        people += (1...16).map { Person(name: "Raadslid \($0)", role: .participant, group: "Fractie \($0 % 5)") }
        func at(_ h: Int, _ m: Int) -> ClockTime { ClockTime(hour: h, minute: m) }
        return Agenda(title: "Warmte in Mechelen", people: people, blocks: [
            Block(id: "intro", kind: .intro, title: "Introductie", plannedStart: at(20, 0), plannedMinutes: 25, polls: [
                Poll(id: "kennis", question: "Kennis?", kind: .scale, min: 1, max: 5),
                Poll(id: "verwachting", question: "Verwachting?", kind: .open),
            ]),
            Block(id: "schets", kind: .presentation, title: "Situatieschets", plannedStart: at(20, 25), plannedMinutes: 25),
            Block(id: "debat1", kind: .debate, title: "Beleidsrol", plannedStart: at(20, 50), plannedMinutes: 30,
                  phases: [Phase(name: "Reflectie", minutes: 5), Phase(name: "Debat", minutes: 20)], polls: [
                    Poll(id: "rollen", question: "Rollen?", kind: .ranking, options: roles),
                    Poll(id: "keuze", question: "Twee rollen?", kind: .multi, options: roles, maxChoices: 2),
                  ]),
            Block(id: "pauze", kind: .break, title: "Pauze", plannedStart: at(21, 20), plannedMinutes: 10),
            Block(id: "debat2", kind: .debate, title: "Opvolging", plannedStart: at(21, 30), plannedMinutes: 25,
                  polls: [Poll(id: "gevoel", question: "Gevoel?", kind: .trafficLight)]),
            Block(id: "debat3", kind: .debate, title: "Draagvlak", plannedStart: at(21, 55), plannedMinutes: 25),
            Block(id: "afsluit", kind: .close, title: "Afsluit", plannedStart: at(22, 20), plannedMinutes: 10),
        ])
    }()

    private var state: UInt64
    private var elapsed = 0.0

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    private mutating func random(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    /// The next event, a second or so after the last; about one in twenty is an undo.
    mutating func next() -> Event {
        elapsed += Double(random(40)) / 20
        let at = Instant(elapsed: elapsed, wall: BenchEvening.start.addingTimeInterval(elapsed))
        let polls = ["kennis", "verwachting", "rollen", "keuze", "gevoel"]
        let poll = polls[random(polls.count)]
        let participant = 3 + random(16)
        let voter: Voter = random(3) == 0 ? .person(participant) : .device("phone-\(random(60))")
        let action: Action
        switch random(40) {
        case 0..<14:
            action = .speaking([.moderator, .presenter(2), .participant(participant), .participant(nil), .nobody][random(5)])
        case 14..<16:
            action = [.startBlock, .pauseBlock, .resumeBlock, .nextBlock, .previousBlock, .enterPhase(index: random(2))][random(6)]
        case 16..<22:
            action = .addAnswer(block: ["intro", "debat1", "debat2", "debat3"][random(4)], person: participant,
                                text: "De gemeente moet \(["richting geven", "faciliteren", "regisseren"][random(3)]) bij de warmte",
                                tags: random(4) == 0 ? ["rol"] : [], origin: .console)
        case 22..<24:
            action = [.editAnswer(id: 1 + random(4000), text: "aangepast antwoord", tags: []),
                      .hideAnswer(id: 1 + random(4000), hidden: random(2) == 0), .deleteAnswer(id: 1 + random(4000))][random(3)]
        case 24..<25:
            action = [.openPoll(id: poll), .openPoll(id: poll), .closePoll(id: poll), .revealPoll(id: poll, revealed: true)][random(4)]
        case 25..<33:
            let choice: Choice
            switch poll {
            case "kennis": choice = .scale(1 + random(5))
            case "verwachting": choice = .text("Meer inzicht in het warmtenet \(random(20))")
            case "rollen": choice = .ranking([random(4), (random(4) + 1) % 4])
            case "keuze": choice = .options([random(4)])
            default: choice = .light(TrafficLight(rawValue: random(3))!)
            }
            action = random(10) == 0 ? .retractVote(poll: poll, voter: voter) : .castVote(poll: poll, voter: voter, choice: choice)
        case 33..<35:
            action = .countHands(poll: poll, value: random(5), delta: random(4) - 1)
        case 35..<37:
            action = [.addNote(text: "Notitie"), .addFeedback(text: "Feedback"), .addActionItem(what: "Actie", who: "Dana", due: nil),
                      .addPerson(name: "Gast \(random(100))", group: nil, role: .participant)][random(4)]
        case 37:
            action = .shiftPlan(minutes: random(2) == 0 ? 5 : -5)
        default:
            action = .undo
        }
        return Event(at: at, action)
    }

    /// Runs `body` `runs` times and returns the median wall time and the median CPU time of this thread,
    /// both in milliseconds. On a busy machine the CPU time is the steadier figure.
    static func medianMilliseconds(runs: Int, _ body: () -> Void) -> (wall: Double, cpu: Double) {
        let clock = ContinuousClock()
        var walls: [Double] = []
        var cpus: [Double] = []
        for _ in 0..<runs {
            let cpuBefore = threadCPUMilliseconds()
            let duration = clock.measure(body)
            cpus.append(threadCPUMilliseconds() - cpuBefore)
            let (seconds, attoseconds) = duration.components
            walls.append(Double(seconds) * 1000 + Double(attoseconds) / 1e15)
        }
        return (walls.sorted()[runs / 2], cpus.sorted()[runs / 2])
    }

    private static func threadCPUMilliseconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1e6
    }
}
