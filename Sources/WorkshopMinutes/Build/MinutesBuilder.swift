import Foundation
import WorkshopModel

/// Turns a session into minutes: cleans every recorded text, applies the name mask, and gathers the
/// derived figures at the session's own last moment.
struct MinutesBuilder {
    let session: Session
    let options: MinutesOptions
    let strings: MinutesStrings
    let mask: NameMask
    /// "Telefoon 1", "Telefoon 2" … for device tokens, in order of first appearance; tokens are secrets of
    /// the phones and never appear in the minutes.
    let devices: [String: String]
    /// The moment the figures hold for.
    let now: Instant?

    init(session: Session, options: MinutesOptions) {
        self.session = session
        self.options = options
        strings = MinutesStrings.for(options.language ?? session.agenda.language)
        mask = NameMask(people: session.people, anonymous: options.anonymous, strings: strings)
        devices = MinutesBuilder.deviceNames(session, phone: strings.phone)
        now = session.endedAt ?? session.lastEventAt
    }

    func build() -> Minutes {
        let agenda = session.agenda
        let startedAt = session.startedAt?.wall
        // The day it really took place; the agenda's date only until the workshop has started.
        let date = startedAt.map { WallClock(zoneID: session.timeZoneID).day($0) } ?? agenda.date
        return Minutes(
            language: strings.language, anonymous: options.anonymous, title: line(agenda.title),
            subtitle: agenda.subtitle.map(line), date: date, place: agenda.place.map(line),
            timeZone: session.timeZoneID, startedAt: startedAt, endedAt: session.endedAt?.wall, asOf: now?.wall,
            people: people(), schedule: schedule(), participation: participation(), turns: turns(),
            polls: polls(), rounds: rounds(), actions: actions(),
            feedback: session.feedback.map(note), notes: session.notes.map(note)
        )
    }

    // MARK: Text

    /// A single-line recorded text, cleaned and masked.
    func line(_ text: String) -> String { mask.rewrite(TextCleaner.clean(text, multiline: false)) }

    /// A multi-line recorded text, cleaned and masked.
    func paragraph(_ text: String) -> String { mask.rewrite(TextCleaner.clean(text, multiline: true)) }

    /// A duration or clock figure rounded to the millisecond, so the JSON does not show float noise.
    static func rounded(_ value: Double, places: Double = 1000) -> Double { (value * places).rounded() / places }

    /// The session-day clock time of `date`, truncated to the minute as a clock reads.
    func clock(_ date: Date) -> ClockTime {
        ClockTime(minutes: Int((session.clockSeconds(date) / 60).rounded(.down)))
    }

    /// The wall-clock date of a moment on the session's monotonic clock.
    func wall(_ elapsed: Double) -> Date? {
        guard let start = session.startedAt else { return nil }
        return start.wall.addingTimeInterval(elapsed - start.elapsed)
    }

    // MARK: People

    func people() -> [MinutesPerson] {
        session.people.map { person in
            let title = person.role == .participant && options.anonymous ? nil
                : session.agenda.people.first { $0.name == person.name }?.title.map(line)
            return MinutesPerson(
                number: person.id, name: mask.label(person.id) ?? line(person.name), role: person.role,
                group: person.group.map(line), title: title, removed: person.removed
            )
        }
    }

    /// The name (or label) and group of person `id`.
    func who(_ id: PersonID?) -> (name: String?, group: String?) {
        guard let id, let person = session.person(id) else { return (nil, nil) }
        return (mask.label(id), person.group.map(line))
    }

    private static func deviceNames(_ session: Session, phone: String) -> [String: String] {
        var names: [String: String] = [:]
        func see(_ token: String) {
            if names[token] == nil { names[token] = "\(phone) \(names.count + 1)" }
        }
        for answer in session.answers where !answer.deleted {
            if case .device(let token) = answer.origin { see(token) }
        }
        for block in session.agenda.blocks {
            for poll in block.polls {
                for case .device(let token) in session.pollState(id: poll.id).voterOrder { see(token) }
            }
        }
        return names
    }

    /// The name a voter goes by in the minutes.
    func voter(_ voter: Voter) -> (name: String, person: Int?, group: String?) {
        switch voter {
        case .person(let id):
            let found = who(id)
            return (found.name ?? "\(strings.participant) #\(id)", id, found.group)
        case .device(let token):
            return (devices[token] ?? strings.phone, nil, nil)
        }
    }

    // MARK: Actions, feedback, notes

    func actions() -> [MinutesAction] {
        session.actionItems.map { item in
            MinutesAction(id: item.id, what: paragraph(item.what), who: item.who.map(line),
                          due: item.due.map(line), recordedAt: item.recordedAt.wall)
        }
    }

    func note(_ note: Note) -> MinutesNote {
        MinutesNote(id: note.id, text: paragraph(note.text), blockID: note.block,
                    blockTitle: note.block.flatMap { session.agenda.block(id: $0) }.map { line($0.title) },
                    recordedAt: note.recordedAt.wall)
    }

    func turns() -> [MinutesTurn] {
        session.turns.compactMap { turn in
            let kind: MinutesTurn.Speaker
            switch turn.speaker {
            case .nobody: return nil
            case .moderator: kind = .moderator
            case .presenter: kind = .presenter
            case .participant: kind = .participant
            }
            guard let from = wall(turn.start) else { return nil }
            let person = turn.speaker.person
            return MinutesTurn(speaker: kind, person: who(person).name, personNumber: person, from: from,
                               to: turn.end.flatMap(wall))
        }
    }
}
