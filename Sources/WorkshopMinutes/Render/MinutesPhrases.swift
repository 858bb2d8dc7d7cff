import WorkshopModel

/// The sentences and figures every readable format shares, so Markdown and HTML say exactly the same.
/// The results are plain text; each renderer escapes them for its own format.
struct MinutesPhrases {
    let minutes: Minutes
    let strings: MinutesStrings
    let numbers: NumberText

    init(_ minutes: Minutes) {
        self.minutes = minutes
        strings = MinutesStrings.for(minutes.language)
        numbers = NumberText(language: minutes.language)
    }

    // MARK: Title block

    /// "woensdag 8 november 2023".
    var date: String? { minutes.date.map(strings.longDate) }

    /// "gepland 20:00–22:30 · werkelijk 20:02–22:41".
    var times: String? {
        let schedule = minutes.schedule
        var parts: [String] = []
        if let start = schedule.plannedStart, let end = schedule.plannedEnd {
            parts.append("\(strings.planned) \(start)–\(end)")
        }
        if let start = schedule.actualStart {
            parts.append("\(strings.actual) \(start)–\(schedule.actualEnd.map(\.description) ?? "…")")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The provisional-minutes notice of a session that still runs.
    var provisional: String? {
        guard !minutes.ended, let asOf = minutes.asOf else { return nil }
        let clock = WallClock(zoneID: minutes.timeZone).parts(asOf)
        return strings.provisional("\(strings.longDate(clock.day)), \(WallClock.hms(clock.seconds).prefix(5))")
    }

    // MARK: 1. Attendance

    /// The staff lines: role and names (with their title).
    var staff: [(role: String, names: String)] {
        let lines: [(Role, (Int) -> String)] = [
            (.moderator, strings.moderators), (.presenter, strings.presenters), (.noteTaker, strings.noteTakers),
        ]
        return lines.compactMap { role, label in
            let people = minutes.people(role)
            guard !people.isEmpty else { return nil }
            return (label(people.count), people.map(nameWithTitle).joined(separator: ", "))
        }
    }

    private func nameWithTitle(_ person: MinutesPerson) -> String {
        person.title.map { "\(person.name) (\($0))" } ?? person.name
    }

    /// The participants by group, groups alphabetically, those without a group last. In anonymous
    /// minutes a group lists only how many took part.
    var participantGroups: [(group: String, names: String)] {
        let people = minutes.people(.participant)
        var byGroup: [String: [MinutesPerson]] = [:]
        var loose: [MinutesPerson] = []
        for person in people {
            if let group = person.group { byGroup[group, default: []].append(person) } else { loose.append(person) }
        }
        var lines = byGroup.keys.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }.map { group in
            let members = byGroup[group]!
            return (group, minutes.anonymous ? strings.people(members.count) : members.map(\.name).joined(separator: ", "))
        }
        if !loose.isEmpty { lines.append((strings.noGroup, loose.map(\.name).joined(separator: ", "))) }
        return lines
    }

    // MARK: 2. Agenda

    func planned(_ block: MinutesBlock) -> String { "\(block.plannedStart)–\(block.plannedEnd)" }

    func actual(_ block: MinutesBlock) -> String {
        guard let start = block.actualStart else { return strings.state(block.state) }
        switch block.state {
        case .running, .paused: return "\(start)–… (\(strings.state(block.state)))"
        default: return "\(start)–\(block.actualEnd.map(\.description) ?? "…")"
        }
    }

    func length(_ minutes: Int) -> String { "\(minutes) \(strings.minuteUnit)" }

    func actualLength(_ block: MinutesBlock) -> String {
        block.ran ? length(numbers.minutes(block.runningSeconds)) : "–"
    }

    func difference(_ block: MinutesBlock) -> String {
        guard block.ran else { return "–" }
        return "\(numbers.signedMinutes(numbers.minutes(block.runningSeconds) - block.plannedMinutes)) \(strings.minuteUnit)"
    }

    var totalPlanned: String {
        let schedule = minutes.schedule
        guard let start = schedule.plannedStart, let end = schedule.plannedEnd else { return "" }
        return "\(start)–\(end)"
    }

    var totalActual: String {
        guard let start = minutes.schedule.actualStart else { return "–" }
        return "\(start)–\(minutes.schedule.actualEnd.map(\.description) ?? "…")"
    }

    var totalActualLength: String {
        minutes.schedule.actualStart == nil ? "–" : length(numbers.minutes(minutes.schedule.runningSeconds))
    }

    var totalDifference: String {
        guard minutes.schedule.actualStart != nil else { return "–" }
        let ranBlocks = minutes.schedule.blocks.filter(\.ran)
        let difference = ranBlocks.reduce(0) { $0 + numbers.minutes($1.runningSeconds) - $1.plannedMinutes }
        return "\(numbers.signedMinutes(difference)) \(strings.minuteUnit)"
    }

    /// How the evening ended against the plan, or where it is heading.
    var drift: String {
        let schedule = minutes.schedule
        guard let drift = schedule.driftSeconds else { return strings.notStarted }
        let late = numbers.minutes(drift)
        guard minutes.ended, let end = schedule.actualEnd, let planned = schedule.plannedEnd else {
            return strings.runningDrift(late)
        }
        var sentences: [String] = []
        if let start = schedule.actualStart, let plannedStart = schedule.plannedStart, start != plannedStart {
            sentences.append(strings.started(start - plannedStart, actual: start.description, planned: plannedStart.description))
        }
        if late > 0 {
            sentences.append(strings.endedLate(late, actual: end.description, planned: planned.description))
        } else if late < 0 {
            sentences.append(strings.endedEarly(-late, actual: end.description, planned: planned.description))
        } else {
            sentences.append(strings.endedOnTime(end.description))
        }
        return sentences.joined(separator: " ")
    }

    var planShift: String? {
        minutes.schedule.planShiftMinutes == 0 ? nil : strings.planShifted(minutes.schedule.planShiftMinutes)
    }

    // MARK: 3. Participation

    var target: String {
        let participation = minutes.participation
        let share = participation.overall.share ?? 0
        return strings.target(numbers.percent(participation.target * 100), reached: numbers.percent(share * 100),
                              met: share >= participation.target)
    }

    func share(_ talk: MinutesTalk) -> String { talk.share.map { numbers.percent($0 * 100) } ?? "–" }

    func share(of seconds: Double) -> String {
        let total = minutes.participation.overall.totalSeconds
        return total > 0 ? numbers.percent(seconds / total * 100) : "–"
    }

    func clock(_ seconds: Double) -> String { numbers.minutesSeconds(seconds) }

    // MARK: 4. Polls

    /// "Introductie · schaal 1–5 · 9 stemmen, waarvan 3 met handopsteking · nog open".
    func pollLine(_ poll: MinutesPoll) -> String {
        var kind = strings.kind(poll.kind)
        if let low = poll.scaleMin, let high = poll.scaleMax { kind += " \(low)–\(high)" }
        if let most = poll.maxChoices { kind += " (\(strings.atMost(most)))" }
        var votes = poll.kind == .open ? strings.answers(poll.voters) : strings.votes(poll.voters)
        if poll.hands > 0 { votes += ", " + strings.byHands(poll.hands) }
        var parts = [poll.blockTitle, kind, votes]
        if poll.status == .open { parts.append(strings.stillOpen) }
        return parts.joined(separator: " · ")
    }

    /// Mean and median of a scale.
    func meanAndMedian(_ poll: MinutesPoll) -> String? {
        guard let mean = poll.mean, let median = poll.median else { return nil }
        return strings.meanAndMedian(numbers.compact(mean), numbers.compact(median))
    }

    /// The bar length of a result row (0–1): the share of voters, or for a ranking the share of the
    /// most points.
    func fraction(_ row: MinutesPollRow, in poll: MinutesPoll) -> Double {
        if let points = row.points {
            let most = poll.rows.compactMap(\.points).max() ?? 0
            return most > 0 ? Double(points) / Double(most) : 0
        }
        return row.percent / 100
    }

    func percent(_ value: Double) -> String { numbers.percent(value) }

    /// The open-poll answers with who gave them.
    func openAnswers(_ poll: MinutesPoll) -> [(text: String, by: String)] {
        poll.ballots.filter { $0.count == 1 }.map { ballot in
            (ballot.choice, ballot.group.map { $0 == ballot.voter ? $0 : "\(ballot.voter) (\($0))" } ?? ballot.voter)
        }
    }

    /// The words worth printing: those said at least twice, at most 15.
    func shownWords(_ words: [WordCount]) -> [WordCount] {
        Array(words.filter { $0.count >= 2 }.prefix(15))
    }

    /// "warmtenet (4) · coalitie (3)".
    func words(_ words: [WordCount]) -> String {
        words.map { "\($0.word) (\($0.count))" }.joined(separator: " · ")
    }

    /// A round's prompts that do not head a group of its answers already.
    func loosePrompts(_ round: MinutesRound) -> [String] {
        let headings = Set(round.groups.filter { $0.basis == .prompt }.compactMap(\.title))
        return round.prompts.filter { !headings.contains($0) }
    }

    // MARK: 5. Rounds

    /// Rounds of section 5 (all but the close) and of section 6.
    var debateRounds: [MinutesRound] { minutes.rounds.filter { $0.kind != .close } }
    var closeRounds: [MinutesRound] { minutes.rounds.filter { $0.kind == .close } }

    /// The heading of a group of answers; nil when the round has only the rest.
    func title(_ group: MinutesAnswerGroup, in round: MinutesRound) -> String? {
        switch group.basis {
        case .prompt, .group: return group.title
        case .tag: return group.title.map { "#" + $0 }
        case .rest:
            guard round.groups.count > 1 else { return nil }
            return round.groups.contains { $0.basis == .group } ? strings.noGroup : strings.untagged
        }
    }

    /// Who gave an answer, how, and whether it was hidden: "An Peeters (Groen) · via Telefoon 2 · verborgen".
    func attribution(_ answer: MinutesAnswer) -> String {
        var parts: [String] = []
        if let person = answer.person {
            parts.append(answer.group.map { $0 == person ? person : "\(person) (\($0))" } ?? person)
        }
        if let origin = answer.origin { parts.append("\(strings.via) \(origin)") }
        return parts.joined(separator: " · ")
    }

    /// Whether any answer in the minutes is hidden, to explain the mark once.
    var hasHiddenAnswers: Bool { minutes.rounds.contains { $0.answers.contains(where: \.hidden) } }

    // MARK: 6. Close

    /// "Debat 2 – Opvolging, 21:47".
    func noteSource(_ note: MinutesNote) -> String {
        let clock = WallClock(zoneID: minutes.timeZone).parts(note.recordedAt)
        let time = String(WallClock.hms(clock.seconds).prefix(5))
        return note.blockTitle.map { "\($0), \(time)" } ?? time
    }
}
