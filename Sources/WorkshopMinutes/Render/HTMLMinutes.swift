/// The minutes as one self-contained HTML file: inline style, inline SVG bars, no scripts, links or fonts;
/// prints on A4. Every recorded text is escaped.
public enum HTMLMinutes {
    /// The whole document, ending in a newline.
    public static func render(_ minutes: Minutes) -> String {
        var writer = HTMLWriter(MinutesPhrases(minutes))
        writer.document()
        return writer.out
    }
}

/// Builds the HTML text section by section.
private struct HTMLWriter {
    let phrases: MinutesPhrases
    var out = ""

    init(_ phrases: MinutesPhrases) {
        self.phrases = phrases
        out.reserveCapacity(64 * 1024)
    }

    var minutes: Minutes { phrases.minutes }
    var strings: MinutesStrings { phrases.strings }

    static func e(_ text: String) -> String { HTMLText.escape(text) }

    mutating func line(_ text: String) {
        out += text
        out += "\n"
    }

    mutating func document() {
        line("<!DOCTYPE html>")
        line("<html lang=\"\(minutes.language.rawValue)\">")
        line("<head>")
        line("<meta charset=\"utf-8\">")
        // Defence in depth: even a text that escaped escaping could load or run nothing.
        line("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        line("<title>\(Self.e(minutes.title)) — \(Self.e(strings.minutes))</title>")
        line("<style>\n\(HTMLStyle.css)\n</style>")
        line("</head>")
        line("<body>")
        titleBlock()
        line("<main>")
        attendance()
        agenda()
        participation()
        polls()
        debates()
        close()
        line("</main>")
        line("<footer>\(Self.e(strings.madeBy))</footer>")
        line("</body>")
        line("</html>")
    }

    mutating func titleBlock() {
        line("<header class=\"cover\">")
        let kicker = [minutes.subtitle, strings.minutes].compactMap { $0 }.map(Self.e).joined(separator: " · ")
        line("<p class=\"kicker\">\(kicker)</p>")
        line("<h1>\(Self.e(minutes.title))</h1>")
        line("<dl class=\"facts\">")
        if let date = phrases.date { line("<dt>\(Self.e(strings.date))</dt><dd>\(Self.e(date))</dd>") }
        if let place = minutes.place { line("<dt>\(Self.e(strings.place))</dt><dd>\(Self.e(place))</dd>") }
        if let times = phrases.times { line("<dt>\(Self.e(strings.time))</dt><dd>\(Self.e(times))</dd>") }
        for staff in phrases.staff { line("<dt>\(Self.e(staff.role))</dt><dd>\(Self.e(staff.names))</dd>") }
        line("</dl>")
        if let provisional = phrases.provisional { line("<p class=\"notice\">\(Self.e(provisional))</p>") }
        if minutes.anonymous { line("<p class=\"notice\">\(Self.e(strings.anonymousNote))</p>") }
        line("</header>")
    }

    mutating func heading(_ level: Int, _ number: String, _ title: String) {
        line("<h\(level)><span class=\"no\">\(number)</span> \(Self.e(title))</h\(level)>")
    }

    mutating func attendance() {
        line("<section>")
        heading(2, "1.", strings.attendance)
        let count = minutes.people(.participant).count
        line("<p><strong>\(Self.e(strings.participants))</strong> <span class=\"meta\">(\(Self.e(strings.people(count))))</span></p>")
        let groups = phrases.participantGroups
        if groups.isEmpty {
            line("<p>\(Self.e(strings.noParticipants))</p>")
        } else {
            line("<table class=\"attendance\">")
            line("<thead><tr><th>\(Self.e(strings.group))</th><th>\(Self.e(strings.participants))</th></tr></thead>")
            line("<tbody>")
            for group in groups { line("<tr><td>\(Self.e(group.group))</td><td>\(Self.e(group.names))</td></tr>") }
            line("</tbody></table>")
        }
        line("</section>")
    }

    mutating func agenda() {
        line("<section>")
        heading(2, "2.", strings.agenda)
        line("<table>")
        line("<thead><tr><th class=\"num\">#</th><th>\(Self.e(strings.block))</th><th>\(Self.e(strings.plannedColumn))</th>"
            + "<th>\(Self.e(strings.actualColumn))</th><th class=\"num\">\(Self.e(strings.plannedLength))</th>"
            + "<th class=\"num\">\(Self.e(strings.actualLength))</th><th class=\"num\">\(Self.e(strings.difference))</th></tr></thead>")
        line("<tbody>")
        for block in minutes.schedule.blocks {
            let muted = block.ran ? "" : " class=\"muted\""
            line("<tr\(muted)><td class=\"num\">\(block.number)</td><td>\(Self.e(block.title))</td>"
                + "<td class=\"time\">\(phrases.planned(block))</td><td class=\"time\">\(Self.e(phrases.actual(block)))</td>"
                + "<td class=\"num\">\(Self.e(phrases.length(block.plannedMinutes)))</td>"
                + "<td class=\"num\">\(Self.e(phrases.actualLength(block)))</td>"
                + "<td class=\"num\">\(Self.e(phrases.difference(block)))</td></tr>")
        }
        line("<tr class=\"total\"><td></td><td>\(Self.e(strings.total))</td><td class=\"time\">\(phrases.totalPlanned)</td>"
            + "<td class=\"time\">\(Self.e(phrases.totalActual))</td><td class=\"num\">\(Self.e(phrases.length(minutes.schedule.plannedMinutes)))</td>"
            + "<td class=\"num\">\(Self.e(phrases.totalActualLength))</td><td class=\"num\">\(Self.e(phrases.totalDifference))</td></tr>")
        line("</tbody></table>")
        line("<p>\(Self.e(phrases.drift))</p>")
        if let shift = phrases.planShift { line("<p>\(Self.e(shift))</p>") }
        line("<p class=\"note\">\(Self.e(strings.lengthNote))</p>")
        line("</section>")
    }

    mutating func participation() {
        line("<section>")
        heading(2, "3.", strings.participation)
        let participation = minutes.participation
        guard participation.recorded else {
            line("<p>\(Self.e(strings.noTalk))</p>")
            line("</section>")
            return
        }
        line("<p>\(Self.e(phrases.target))</p>")
        line("<table class=\"talk\">")
        line("<thead><tr><th>\(Self.e(strings.block))</th><th class=\"num\">\(Self.e(strings.participants))</th>"
            + "<th class=\"num\">\(Self.e(strings.moderator))</th><th class=\"num\">\(Self.e(strings.presenter))</th>"
            + "<th class=\"num\">\(Self.e(strings.participantsShare))</th><th></th></tr></thead>")
        line("<tbody>")
        for talk in participation.perBlock + [participation.overall] {
            let total = talk.blockID == nil && talk.title == nil
            line("<tr\(total ? " class=\"total\"" : "")><td>\(Self.e(talk.title ?? strings.wholeEvening))</td>"
                + "<td class=\"num\">\(phrases.clock(talk.participantSeconds))</td>"
                + "<td class=\"num\">\(phrases.clock(talk.moderatorSeconds))</td>"
                + "<td class=\"num\">\(phrases.clock(talk.presenterSeconds))</td>"
                + "<td class=\"num\">\(Self.e(phrases.share(talk)))</td>"
                + "<td class=\"bar-cell\">\(SVGBar.bar(talk.share ?? 0, mark: participation.target))</td></tr>")
        }
        line("</tbody></table>")
        line("<p class=\"note\">\(Self.e(strings.targetMark(phrases.percent(participation.target * 100))))</p>")
        if !participation.perGroup.isEmpty {
            heading(3, "3.1", strings.talkPerGroup)
            line("<table>")
            line("<thead><tr><th>\(Self.e(strings.group))</th><th class=\"num\">\(Self.e(strings.talkTime))</th>"
                + "<th class=\"num\">\(Self.e(strings.share))</th><th></th></tr></thead>")
            line("<tbody>")
            for row in participation.perGroup {
                line("<tr><td>\(Self.e(row.name))</td><td class=\"num\">\(phrases.clock(row.seconds))</td>"
                    + "<td class=\"num\">\(Self.e(phrases.share(of: row.seconds)))</td>"
                    + "<td class=\"bar-cell\">\(SVGBar.bar(row.seconds / participation.overall.totalSeconds))</td></tr>")
            }
            line("</tbody></table>")
        }
        if !participation.perPerson.isEmpty {
            heading(3, participation.perGroup.isEmpty ? "3.1" : "3.2", strings.talkPerPerson)
            line("<table>")
            line("<thead><tr><th>\(Self.e(strings.name))</th><th>\(Self.e(strings.group))</th>"
                + "<th class=\"num\">\(Self.e(strings.talkTime))</th><th class=\"num\">\(Self.e(strings.share))</th></tr></thead>")
            line("<tbody>")
            for row in participation.perPerson {
                line("<tr><td>\(Self.e(row.name))</td><td>\(Self.e(row.group ?? ""))</td>"
                    + "<td class=\"num\">\(phrases.clock(row.seconds))</td>"
                    + "<td class=\"num\">\(Self.e(phrases.share(of: row.seconds)))</td></tr>")
            }
            line("</tbody></table>")
        }
        line("<p class=\"note\">\(Self.e(strings.talkNote))</p>")
        line("</section>")
    }

    mutating func polls() {
        line("<section>")
        heading(2, "4.", strings.polls)
        if minutes.polls.isEmpty { line("<p>\(Self.e(strings.noPolls))</p>") }
        for (index, poll) in minutes.polls.enumerated() {
            line("<section class=\"poll\">")
            heading(3, "4.\(index + 1)", poll.question)
            line("<p class=\"meta\">\(Self.e(phrases.pollLine(poll)))</p>")
            if poll.notHeld {
                line("<p>\(Self.e(strings.notHeld))</p>")
            } else if poll.voters == 0 {
                line("<p>\(Self.e(strings.noVotes))</p>")
            } else {
                pollResult(poll)
            }
            line("</section>")
        }
        line("</section>")
    }

    private mutating func pollResult(_ poll: MinutesPoll) {
        switch poll.kind {
        case .open:
            line("<ul class=\"answers\">")
            for answer in phrases.openAnswers(poll) {
                line("<li><span class=\"text\">\(Self.e(answer.text))</span> <span class=\"by\">— \(Self.e(answer.by))</span></li>")
            }
            line("</ul>")
            let words = phrases.shownWords(poll.words)
            if !words.isEmpty {
                line("<p class=\"words\"><strong>\(Self.e(strings.mostFrequentWords)):</strong> \(Self.e(phrases.words(words)))</p>")
            }
        case .ranking:
            line("<table>")
            line("<thead><tr><th class=\"num\">\(Self.e(strings.rank))</th><th>\(Self.e(strings.answer))</th>"
                + "<th class=\"num\">\(Self.e(strings.points))</th><th class=\"num\">\(Self.e(strings.firstChoice))</th><th></th></tr></thead>")
            line("<tbody>")
            for (place, row) in poll.rows.enumerated() {
                line("<tr><td class=\"num\">\(place + 1)</td><td>\(Self.e(row.label))</td>"
                    + "<td class=\"num\">\(row.points ?? 0)</td><td class=\"num\">\(row.count)</td>"
                    + "<td class=\"bar-cell\">\(SVGBar.bar(phrases.fraction(row, in: poll)))</td></tr>")
            }
            line("</tbody></table>")
            line("<p class=\"note\">\(Self.e(strings.borda(poll.options.count)))</p>")
        case .scale, .single, .multi, .trafficLight:
            line("<table>")
            line("<thead><tr><th>\(Self.e(poll.kind == .scale ? strings.value : strings.answer))</th>"
                + "<th class=\"num\">\(Self.e(strings.votesColumn))</th><th class=\"num\">%</th><th></th></tr></thead>")
            line("<tbody>")
            for row in poll.rows {
                line("<tr><td>\(Self.e(row.label))</td><td class=\"num\">\(row.count)</td>"
                    + "<td class=\"num\">\(Self.e(phrases.percent(row.percent)))</td>"
                    + "<td class=\"bar-cell\">\(SVGBar.bar(phrases.fraction(row, in: poll)))</td></tr>")
            }
            line("</tbody></table>")
            if let summary = phrases.meanAndMedian(poll) { line("<p>\(Self.e(summary))</p>") }
            if poll.kind == .multi { line("<p class=\"note\">\(Self.e(strings.multiNote))</p>") }
        }
    }

    mutating func debates() {
        line("<section>")
        heading(2, "5.", strings.debates)
        let rounds = phrases.debateRounds
        if rounds.isEmpty { line("<p>\(Self.e(strings.noDebates))</p>") }
        for (index, round) in rounds.enumerated() {
            line("<section class=\"round\">")
            heading(3, "5.\(index + 1)", round.blockTitle)
            if let question = round.question {
                line("<p class=\"question\"><span class=\"text\">\(Self.e(question))</span></p>")
            }
            let prompts = phrases.loosePrompts(round)
            if !prompts.isEmpty {
                line("<p class=\"meta\"><strong>\(Self.e(strings.promptsLabel)):</strong> "
                    + prompts.map(Self.e).joined(separator: " · ") + "</p>")
            }
            answers(of: round)
            line("</section>")
        }
        if phrases.hasHiddenAnswers { line("<p class=\"note\">\(Self.e(strings.hiddenNote))</p>") }
        line("</section>")
    }

    private mutating func answers(of round: MinutesRound) {
        guard !round.answers.isEmpty else {
            line("<p>\(Self.e(strings.noAnswers))</p>")
            return
        }
        line("<p class=\"meta\">\(Self.e(strings.answers(round.answers.count)))</p>")
        for group in round.groups {
            if let title = phrases.title(group, in: round) {
                line("<h4>\(Self.e(title)) <span class=\"count\">(\(group.answers.count))</span></h4>")
            }
            line("<ul class=\"answers\">")
            for index in group.answers { answerItem(round.answers[index]) }
            line("</ul>")
        }
        let words = phrases.shownWords(round.words)
        if !words.isEmpty {
            line("<p class=\"words\"><strong>\(Self.e(strings.mostFrequentWords)):</strong> \(Self.e(phrases.words(words)))</p>")
        }
    }

    private mutating func answerItem(_ answer: MinutesAnswer) {
        var item = answer.hidden ? "<li class=\"hidden-answer\">" : "<li>"
        item += "<span class=\"text\">\(Self.e(answer.text))</span>"
        let by = phrases.attribution(answer)
        if !by.isEmpty { item += " <span class=\"by\">— \(Self.e(by))</span>" }
        if answer.tags.count > 1 {
            item += " <span class=\"tag\">" + answer.tags.map { "#" + Self.e($0) }.joined(separator: " ") + "</span>"
        }
        if answer.hidden { item += " <span class=\"mark-hidden\">\(Self.e(strings.hidden))</span>" }
        line(item + "</li>")
    }

    mutating func close() {
        line("<section>")
        heading(2, "6.", strings.close)
        heading(3, "6.1", strings.actions)
        if minutes.actions.isEmpty {
            line("<p>\(Self.e(strings.noActions))</p>")
        } else {
            line("<table>")
            line("<thead><tr><th class=\"num\">#</th><th>\(Self.e(strings.what))</th><th>\(Self.e(strings.who))</th>"
                + "<th>\(Self.e(strings.due))</th></tr></thead>")
            line("<tbody>")
            for (index, action) in minutes.actions.enumerated() {
                line("<tr><td class=\"num\">\(index + 1)</td><td><span class=\"text\">\(Self.e(action.what))</span></td>"
                    + "<td>\(Self.e(action.who ?? ""))</td><td>\(Self.e(action.due ?? ""))</td></tr>")
            }
            line("</tbody></table>")
        }
        heading(3, "6.2", strings.agreements)
        let rounds = phrases.closeRounds
        if rounds.isEmpty { line("<p>\(Self.e(strings.noAnswers))</p>") }
        for round in rounds {
            if rounds.count > 1 { line("<h4>\(Self.e(round.blockTitle))</h4>") }
            answers(of: round)
        }
        heading(3, "6.3", strings.feedback)
        notes(minutes.feedback, none: strings.noFeedback)
        heading(3, "6.4", strings.notes)
        notes(minutes.notes, none: strings.noNotes)
        line("</section>")
    }

    private mutating func notes(_ notes: [MinutesNote], none: String) {
        guard !notes.isEmpty else {
            line("<p>\(Self.e(none))</p>")
            return
        }
        line("<ul class=\"answers\">")
        for note in notes {
            line("<li><span class=\"text\">\(Self.e(note.text))</span> <span class=\"by\">— \(Self.e(phrases.noteSource(note)))</span></li>")
        }
        line("</ul>")
    }
}
