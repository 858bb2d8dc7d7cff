/// The minutes as Markdown: readable as plain text (tables padded, Unicode bars) and as rendered Markdown.
public enum MarkdownMinutes {
    /// The whole document, ending in a newline.
    public static func render(_ minutes: Minutes) -> String {
        var writer = MarkdownWriter(MinutesPhrases(minutes))
        writer.titleBlock()
        writer.attendance()
        writer.agenda()
        writer.participation()
        writer.polls()
        writer.debates()
        writer.close()
        writer.footer()
        return writer.lines.joined(separator: "\n") + "\n"
    }
}

/// Builds the Markdown lines section by section.
private struct MarkdownWriter {
    let phrases: MinutesPhrases
    var lines: [String] = []

    init(_ phrases: MinutesPhrases) { self.phrases = phrases }

    var minutes: Minutes { phrases.minutes }
    var strings: MinutesStrings { phrases.strings }

    /// Appends a paragraph or block, with an empty line before it.
    mutating func add(_ block: [String]) {
        if !lines.isEmpty { lines.append("") }
        lines += block
    }

    mutating func add(_ line: String) { add([line]) }

    static func text(_ text: String) -> String { MarkdownText.inline(text) }

    mutating func titleBlock() {
        add("# " + Self.text(minutes.title))
        add("**\(strings.minutes)**" + (minutes.subtitle.map { " · " + Self.text($0) } ?? ""))
        var facts: [String] = []
        if let date = phrases.date { facts.append("- **\(strings.date):** \(Self.text(date))") }
        if let place = minutes.place { facts.append("- **\(strings.place):** \(Self.text(place))") }
        if let times = phrases.times { facts.append("- **\(strings.time):** \(Self.text(times))") }
        add(facts)
        if let provisional = phrases.provisional { add("_\(Self.text(provisional))_") }
        if minutes.anonymous { add("_\(Self.text(strings.anonymousNote))_") }
    }

    mutating func attendance() {
        add("## 1. " + strings.attendance)
        let staff = phrases.staff
        if !staff.isEmpty { add(staff.map { "- **\(Self.text($0.role)):** \(Self.text($0.names))" }) }
        let groups = phrases.participantGroups
        let count = minutes.people(.participant).count
        add("**\(strings.participants)** (\(strings.people(count)))")
        if groups.isEmpty {
            add(strings.noParticipants)
        } else {
            add(groups.map { "- **\(Self.text($0.group)):** \(Self.text($0.names))" })
        }
    }

    mutating func agenda() {
        add("## 2. " + strings.agenda)
        var table = MarkdownTable([
            ("#", .right), (strings.block, .left), (strings.plannedColumn, .left), (strings.actualColumn, .left),
            (strings.plannedLength, .right), (strings.actualLength, .right), (strings.difference, .right),
        ])
        for block in minutes.schedule.blocks {
            table.add([String(block.number), MarkdownText.cell(block.title), phrases.planned(block),
                       MarkdownText.cell(phrases.actual(block)), phrases.length(block.plannedMinutes),
                       phrases.actualLength(block), phrases.difference(block)])
        }
        table.add(["", "**\(strings.total)**", phrases.totalPlanned, phrases.totalActual,
                   phrases.length(minutes.schedule.plannedMinutes), phrases.totalActualLength, phrases.totalDifference])
        add(table.lines())
        add(Self.text(phrases.drift))
        if let shift = phrases.planShift { add(Self.text(shift)) }
        add("_\(Self.text(strings.lengthNote))_")
    }

    mutating func participation() {
        add("## 3. " + strings.participation)
        let participation = minutes.participation
        guard participation.recorded else {
            add(strings.noTalk)
            return
        }
        add(Self.text(phrases.target))
        var table = MarkdownTable([
            (strings.block, .left), (strings.participants, .right), (strings.moderator, .right),
            (strings.presenter, .right), (strings.participantsShare, .right), ("", .left),
        ])
        for talk in participation.perBlock + [participation.overall] {
            let title = talk.title.map(MarkdownText.cell) ?? "**\(strings.wholeEvening)**"
            table.add([title, phrases.clock(talk.participantSeconds), phrases.clock(talk.moderatorSeconds),
                       phrases.clock(talk.presenterSeconds), phrases.share(talk), UnicodeBar.bar(talk.share ?? 0)])
        }
        add(table.lines())
        if !participation.perGroup.isEmpty {
            add("### 3.1 " + strings.talkPerGroup)
            var groups = MarkdownTable([(strings.group, .left), (strings.talkTime, .right), (strings.share, .right), ("", .left)])
            for row in participation.perGroup {
                groups.add([MarkdownText.cell(row.name), phrases.clock(row.seconds), phrases.share(of: row.seconds),
                            UnicodeBar.bar(row.seconds / participation.overall.totalSeconds)])
            }
            add(groups.lines())
        }
        if !participation.perPerson.isEmpty {
            add("### 3.\(participation.perGroup.isEmpty ? 1 : 2) " + strings.talkPerPerson)
            var people = MarkdownTable([(strings.name, .left), (strings.group, .left), (strings.talkTime, .right),
                                        (strings.share, .right)])
            for row in participation.perPerson {
                people.add([MarkdownText.cell(row.name), row.group.map(MarkdownText.cell) ?? "", phrases.clock(row.seconds),
                            phrases.share(of: row.seconds)])
            }
            add(people.lines())
        }
        add("_\(Self.text(strings.talkNote))_")
    }

    mutating func polls() {
        add("## 4. " + strings.polls)
        guard !minutes.polls.isEmpty else {
            add(strings.noPolls)
            return
        }
        for (index, poll) in minutes.polls.enumerated() {
            add("### 4.\(index + 1) " + Self.text(poll.question))
            add("_\(Self.text(phrases.pollLine(poll)))_")
            if poll.notHeld {
                add(strings.notHeld)
                continue
            }
            if poll.voters == 0 {
                add(strings.noVotes)
                continue
            }
            pollResult(poll)
        }
    }

    private mutating func pollResult(_ poll: MinutesPoll) {
        switch poll.kind {
        case .open:
            add(phrases.openAnswers(poll).map { answer in
                "- " + MarkdownText.block(answer.text, indent: "  ") + " — _\(Self.text(answer.by))_"
            })
            let words = phrases.shownWords(poll.words)
            if !words.isEmpty { add("**\(strings.mostFrequentWords):** " + Self.text(phrases.words(words))) }
        case .ranking:
            var table = MarkdownTable([(strings.rank, .right), (strings.answer, .left), (strings.points, .right),
                                       (strings.firstChoice, .right), ("", .left)])
            for (place, row) in poll.rows.enumerated() {
                table.add([String(place + 1), MarkdownText.cell(row.label), String(row.points ?? 0), String(row.count),
                           UnicodeBar.bar(phrases.fraction(row, in: poll))])
            }
            add(table.lines())
            add("_\(Self.text(strings.borda(poll.options.count)))_")
        case .scale, .single, .multi, .trafficLight:
            var table = MarkdownTable([(poll.kind == .scale ? strings.value : strings.answer, .left),
                                       (strings.votesColumn, .right), ("%", .right), ("", .left)])
            for row in poll.rows {
                table.add([MarkdownText.cell(row.label), String(row.count), phrases.percent(row.percent),
                           UnicodeBar.bar(phrases.fraction(row, in: poll))])
            }
            add(table.lines())
            if let summary = phrases.meanAndMedian(poll) { add(Self.text(summary)) }
            if poll.kind == .multi { add("_\(Self.text(strings.multiNote))_") }
        }
    }

    mutating func debates() {
        add("## 5. " + strings.debates)
        let rounds = phrases.debateRounds
        guard !rounds.isEmpty else {
            add(strings.noDebates)
            return
        }
        for (index, round) in rounds.enumerated() {
            add("### 5.\(index + 1) " + Self.text(round.blockTitle))
            if let question = round.question {
                add("**\(strings.question):** " + MarkdownText.block(question, indent: ""))
            }
            let prompts = phrases.loosePrompts(round)
            if !prompts.isEmpty {
                add("**\(strings.promptsLabel):** " + prompts.map(Self.text).joined(separator: " · "))
            }
            answers(of: round, level: "####")
        }
        if phrases.hasHiddenAnswers { add("_\(Self.text(strings.hiddenNote))_") }
    }

    /// A round's answers under their group headings, then its word list.
    private mutating func answers(of round: MinutesRound, level: String) {
        guard !round.answers.isEmpty else {
            add(strings.noAnswers)
            return
        }
        add("_\(strings.answers(round.answers.count))_")
        for group in round.groups {
            if let title = phrases.title(group, in: round) {
                add("\(level) \(Self.text(title)) (\(group.answers.count))")
            }
            add(group.answers.map { answerLine(round.answers[$0]) })
        }
        let words = phrases.shownWords(round.words)
        if !words.isEmpty { add("**\(strings.mostFrequentWords):** " + Self.text(phrases.words(words))) }
    }

    private func answerLine(_ answer: MinutesAnswer) -> String {
        var line = "- " + MarkdownText.block(answer.text, indent: "  ")
        let by = phrases.attribution(answer)
        if !by.isEmpty { line += " — _\(Self.text(by))_" }
        if answer.tags.count > 1 { line += " " + answer.tags.map { "\\#" + Self.text($0) }.joined(separator: " ") }
        if answer.hidden { line += " **(\(strings.hidden))**" }
        return line
    }

    mutating func close() {
        add("## 6. " + strings.close)
        add("### 6.1 " + strings.actions)
        if minutes.actions.isEmpty {
            add(strings.noActions)
        } else {
            var table = MarkdownTable([("#", .right), (strings.what, .left), (strings.who, .left), (strings.due, .left)])
            for (index, action) in minutes.actions.enumerated() {
                table.add([String(index + 1), MarkdownText.cell(action.what), action.who.map(MarkdownText.cell) ?? "",
                           action.due.map(MarkdownText.cell) ?? ""])
            }
            add(table.lines())
        }
        add("### 6.2 " + strings.agreements)
        let rounds = phrases.closeRounds
        if rounds.isEmpty { add(strings.noAnswers) }
        for round in rounds {
            if rounds.count > 1 { add("#### " + Self.text(round.blockTitle)) }
            answers(of: round, level: rounds.count > 1 ? "#####" : "####")
        }
        add("### 6.3 " + strings.feedback)
        add(minutes.feedback.isEmpty ? [strings.noFeedback] : minutes.feedback.map(noteLine))
        add("### 6.4 " + strings.notes)
        add(minutes.notes.isEmpty ? [strings.noNotes] : minutes.notes.map(noteLine))
    }

    private func noteLine(_ note: MinutesNote) -> String {
        "- " + MarkdownText.block(note.text, indent: "  ") + " — _\(Self.text(phrases.noteSource(note)))_"
    }

    mutating func footer() {
        add(["---", "", "_\(Self.text(strings.madeBy))_"])
    }
}
