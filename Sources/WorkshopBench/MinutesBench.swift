import Foundation
import WorkshopMinutes
import WorkshopModel

// Release benchmark of the minutes export.

/// Exports a session holding 10,000 answers and 50,000 votes in every format and prints the median time of
/// each (building the minutes included, since that is what `workshop export` does), against the 1 s target.
func benchMinutes() {
    let session = MinutesBenchEvening.session()
    let answers = session.answers.count
    let votes = session.polls.values.reduce(0) { $0 + $1.ballots.count }
    precondition(answers == 10_000 && votes == 50_000,
                 "the minutes benchmark should hold 10,000 answers and 50,000 votes, has \(answers) and \(votes)")
    let build = MinutesBenchEvening.median { _ = Minutes(session: session) }
    let minutes = Minutes(session: session)
    var sizes: [String: Int] = [:]
    let formats: [(String, () -> Int)] = [
        ("markdown", { MarkdownMinutes.render(minutes).utf8.count }),
        ("html", { HTMLMinutes.render(minutes).utf8.count }),
        ("csv", { CSVMinutes.files(minutes).reduce(0) { $0 + $1.data.count } }),
        ("csv --excel", { CSVMinutes.files(minutes, excel: true).reduce(0) { $0 + $1.data.count } }),
        ("json", { JSONMinutes.render(minutes).count }),
    ]
    // The word lists are the model's `WordFrequency`; shown apart so a slow word count is seen as such.
    let texts = session.answers.map(\.text)
    let words = MinutesBenchEvening.median { _ = WordFrequency.top(texts, limit: 15) }
    print(String(format: "minutes: build from 10000 answers + 50000 votes: median %.0f ms"
        + " (of which %.0f ms counting the words of the 10000 answers)", build, words))
    for (name, render) in formats {
        let time = MinutesBenchEvening.median { sizes[name] = render() }
        print(String(format: "minutes export %@: median %.0f ms build + %.0f ms render = %.0f ms (target ≤ 1000 ms) [%.1f MB]",
                     name, build, time, build + time, Double(sizes[name] ?? 0) / 1_000_000))
    }
}

/// A long Mechelen-shaped evening: 200 participants in seven parties, 5,000 phones voting on ten polls of
/// every kind, and 10,000 tagged answers over the three debates.
enum MinutesBenchEvening {
    static let start = Date(timeIntervalSince1970: 1_699_470_000)  // 2023-11-08 20:00 in Brussels
    static let parties = ["Groen", "N-VA", "CD&V", "Vooruit", "Open Vld", "Vlaams Belang", "PVDA"]
    static let phrases = [
        "Meer inzetten op het warmtenet in Mechelen-Noord, met duidelijke tarieven",
        "Eerst isoleren, dan pas warmtepompen; anders wordt de factuur te hoog",
        "De \"warmtecoalitie\" moet ook huurders en VME's bereiken",
        "Financiële steun voor wie het niet zelf kan betalen, zeker in oudere wijken",
        "Een warmteregisseur bij de stad die alle projecten opvolgt",
        "Cijfers per wijk in de commissie, twee keer per jaar",
        "Samenwerken met de buurgemeenten voor restwarmte uit de industrie",
        "Communicatie in gewone taal: wat betekent dit voor mijn woning?",
    ]

    static func session() -> Session {
        var agenda = BundledAgenda.mechelen()
        let roles = agenda.blocks[2].polls.first?.options ?? ["A", "B", "C", "D"]
        let extra: [Poll] = [
            Poll(id: "b-scale", question: "Hoe dringend is dit?", kind: .scale, min: 1, max: 10),
            Poll(id: "b-single", question: "Wat eerst?", kind: .single, options: roles),
            Poll(id: "b-multi", question: "Kies er twee", kind: .multi, options: roles, maxChoices: 2),
            Poll(id: "b-light", question: "Hoe voel je je erbij?", kind: .trafficLight),
            Poll(id: "b-open", question: "Wat blijft kleven?", kind: .open),
            Poll(id: "b-rank", question: "Rangschik opnieuw", kind: .ranking, options: roles),
        ]
        agenda.blocks[4].polls += extra
        let polls = agenda.blocks.flatMap(\.polls)
        precondition(polls.count == 10, "the benchmark expects ten polls")

        var events: [Event] = []
        var at = Instant(elapsed: 0, wall: start)
        func add(_ action: Action) {
            at = at.adding(0.05)
            events.append(Event(at: at, action))
        }
        for index in 0..<200 {
            add(.addPerson(name: "Raadslid \(index + 1)", group: parties[index % parties.count], role: .participant))
        }
        add(.startBlock)
        for poll in polls { add(.openPoll(id: poll.id)) }
        for voter in 0..<5_000 {
            let token = Voter.device(String(format: "phone-%05d", voter))
            for poll in polls {
                let n = max(1, poll.options.count)
                let choice: Choice
                switch poll.kind {
                case .scale: choice = .scale(poll.min + voter * 7 % (poll.max - poll.min + 1))
                case .single: choice = .option(voter % n)
                case .multi: choice = .options([voter % n, (voter + 1) % n])
                case .ranking: choice = .ranking([voter % n, (voter + 2) % n, (voter + 1) % n])
                case .trafficLight: choice = .light(TrafficLight(rawValue: voter % 3)!)
                case .open: choice = .text(phrases[voter % phrases.count] + " (\(voter % 97))")
                }
                add(.castVote(poll: poll.id, voter: token, choice: choice))
            }
        }
        for poll in polls { add(.closePoll(id: poll.id)) }
        let debates = ["debat-1", "debat-2", "debat-3"]
        let tags = ["richting", "governance", "capaciteit", "afbouwen", "financiering", ""]
        for index in 0..<10_000 {
            if index % 3_334 == 0 { add(.goToBlock(id: debates[index / 3_334])) }
            if index % 40 == 0 { add(.speaking(.participant(3 + index / 40 % 200))) }
            let tag = tags[index % tags.count]
            add(.addAnswer(block: debates[index / 3_334], person: 3 + index % 200,
                           text: phrases[index % phrases.count] + ", punt \(index)", tags: tag.isEmpty ? [] : [tag],
                           origin: index % 5 == 0 ? .device("phone-\(index % 5_000)") : .console))
        }
        add(.endWorkshop)
        return Session(agenda: agenda, timeZoneID: "Europe/Brussels", events: events)
    }

    /// The median wall time of five runs, in milliseconds.
    static func median(_ work: () -> Void) -> Double {
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<5 {
            let elapsed = clock.measure(work)
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        return times.sorted()[times.count / 2]
    }
}
