import Foundation
import WorkshopModel

/// A small evening whose every text field holds something hostile: markup, attribute breakers, terminal
/// escape sequences, control characters, bidirectional overrides and spreadsheet formulas.
enum HostileEvening {
    static let script = "<script>alert('x')</script>"
    static let breakout = "\"><img src=x onerror=alert(1)>"
    static let escape = "\u{1B}[31mrood\u{1B}[0m"

    static let agenda = Agenda(
        title: "Avond \(script)", date: CivilDate(year: 2023, month: 11, day: 8), place: "Zaal \(breakout)",
        language: .nl, participationTarget: 0.75,
        people: [Person(name: "Mod <b>Erator</b>", role: .moderator)],
        blocks: [
            Block(id: "debat", kind: .debate, title: "Debat \(breakout)", plannedStart: ClockTime(hour: 20, minute: 0),
                  plannedMinutes: 30, question: "Vraag \(script)\u{7}",
                  polls: [
                    Poll(id: "keuze", question: "Keuze \(breakout)", kind: .single,
                         options: ["<svg onload=alert(1)>", "=HYPERLINK(\"http://x\")", "Optie \u{1B}]0;titel\u{7}gewoon"]),
                    Poll(id: "open", question: "Open \u{9B}31mvraag", kind: .open),
                  ],
                  prompts: ["Prompt \(script)"]),
            Block(id: "slot", kind: .close, title: "Slot", plannedStart: ClockTime(hour: 20, minute: 30),
                  plannedMinutes: 10),
        ]
    )

    static func session() -> Session {
        let start = Date(timeIntervalSince1970: 1_699_470_000)
        var minute = 0.0
        func at() -> Instant {
            minute += 1
            return Instant(elapsed: minute * 60, wall: start.addingTimeInterval(minute * 60))
        }
        let actions: [Action] = [
            .addPerson(name: "Eva \(breakout)", group: "<i>Partij</i>\u{202E}", role: .participant),
            .addPerson(name: "Rik\u{1B}[2J Smet", group: nil, role: .participant),
            .startBlock,
            .speaking(.participant(2)),
            .addAnswer(block: "debat", person: 2, text: "Antwoord \(script)\nmet een tweede regel \(escape)",
                       tags: ["<tag>", "x\u{0}y"], origin: .device("geheim-token-123")),
            .addAnswer(block: "debat", person: 3, text: "=1+2, \"quotes\"; puntkomma\r\nCR LF\u{85}NEL \u{9B}2J",
                       tags: [], origin: .console),
            .hideAnswer(id: 1, hidden: true),
            .openPoll(id: "keuze"),
            .castVote(poll: "keuze", voter: .person(2), choice: .option(0)),
            .castVote(poll: "keuze", voter: .device("geheim-token-123"), choice: .option(1)),
            .closePoll(id: "keuze"),
            .openPoll(id: "open"),
            .castVote(poll: "open", voter: .person(3), choice: .text("Open \(breakout) \u{1B}P1;2|data\u{1B}\\einde")),
            .closePoll(id: "open"),
            .nextBlock,
            .addActionItem(what: "Actie \(script)", who: "Eva \(breakout)", due: "@morgen\u{8}"),
            .addFeedback(text: "Feedback \(breakout)\u{1B}"),
            .addNote(text: "Notitie \u{2066}omgekeerd\u{2069} \(script)"),
            .endWorkshop,
        ]
        return Session(agenda: agenda, timeZoneID: "Europe/Brussels", events: actions.map { Event(at: at(), $0) })
    }
}
