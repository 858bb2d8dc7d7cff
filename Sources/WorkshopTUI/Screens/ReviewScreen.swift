import WorkshopModel

/// "Blik op de antwoorden": a round's answers grouped by tag or by group, with counts, beside the most
/// frequent words — what the moderator reads back to the room after a debate round.
enum ReviewScreen {
    static func render(_ app: ConsoleApp, area: Rect, into buffer: inout ScreenBuffer, at now: Instant) {
        let s = app.strings
        guard let round = app.reviewRound else {
            Draw.heading(s.heading(.review), in: area, into: &buffer)
            buffer.put(s.noAnswers, in: area, line: 1, style: Palette.dim)
            return
        }
        let answers = app.session.answers(inBlock: round.id).filter { !$0.hidden }
        let rounds = app.rounds
        let position = (rounds.firstIndex { $0.id == round.id } ?? 0) + 1
        var rest = area
        let grouping = app.review.byGroup ? s.byGroup : s.byTag
        Draw.heading("\(s.heading(.review)) · \(s.round) \(position)/\(rounds.count) · \(s.answerCount(answers.count)) · \(grouping)",
                     in: rest, into: &buffer)
        rest = rest.take(top: 1).rest
        let titleRows = Draw.wrapped(round.question ?? round.title, in: rest, maxLines: area.height >= 20 ? 2 : 1,
                                     style: Palette.title, into: &buffer)
        rest = rest.take(top: titleRows + (area.height >= 16 ? 1 : 0)).rest
        guard !rest.isEmpty else { return }

        let groupsArea: Rect, wordsArea: Rect?
        if rest.width >= 76 {
            let columns = rest.columns([nil, min(34, rest.width / 3)], spacing: 3)
            (groupsArea, wordsArea) = (columns[0], columns[1])
        } else {
            (groupsArea, wordsArea) = (rest, nil)
        }
        let lines = self.lines(app, answers: answers, width: groupsArea.width)
        let scroll = min(app.review.scroll, max(0, lines.count - groupsArea.height))
        for (row, line) in lines.dropFirst(scroll).prefix(groupsArea.height).enumerated() {
            buffer.put(line.text, in: groupsArea.row(row), style: line.style)
        }
        if lines.isEmpty { buffer.put(s.noAnswers, in: groupsArea, style: Palette.dim) }
        if let wordsArea {
            words(app, round: round, in: wordsArea, into: &buffer)
        }
    }

    /// The groups, biggest first, each with its answers.
    static func lines(_ app: ConsoleApp, answers: [Answer], width: Int) -> [(text: String, style: Style)] {
        let s = app.strings
        var groups: [String: [Answer]] = [:]
        var order: [String] = []
        func add(_ key: String, _ answer: Answer) {
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(answer)
        }
        for answer in answers {
            if app.review.byGroup {
                add(answer.person.flatMap { app.session.person($0)?.group } ?? s.noGroup, answer)
            } else if answer.tags.isEmpty {
                add(s.untagged, answer)
            } else {
                // Tags differing only in case are one group.
                for tag in answer.tags { add("#" + tag.lowercased(), answer) }
            }
        }
        let fallback = app.review.byGroup ? s.noGroup : s.untagged
        let sorted = order.enumerated().sorted { a, b in
            let (ca, cb) = (groups[a.element]!.count, groups[b.element]!.count)
            if (a.element == fallback) != (b.element == fallback) { return b.element == fallback }
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
        var lines: [(String, Style)] = []
        for key in sorted {
            let members = groups[key] ?? []
            if !lines.isEmpty { lines.append(("", Palette.plain)) }
            lines.append(("\(key) (\(members.count))", Palette.heading))
            for answer in members {
                var who = s.name(answer.person, in: app.session)
                if !app.review.byGroup, let id = answer.person, let group = app.session.person(id)?.group { who += " (\(group))" }
                let wrapped = DisplayWidth.wrap("\(who): \(answer.text.replacingNewlines())", to: max(1, width - 4))
                for (n, text) in wrapped.enumerated() {
                    lines.append(((n == 0 ? "  • " : "    ") + text, Palette.plain))
                }
            }
        }
        return lines
    }

    /// The round's most frequent words, with a small bar each.
    private static func words(_ app: ConsoleApp, round: Block, in rect: Rect, into buffer: inout ScreenBuffer) {
        let s = app.strings
        Draw.heading(s.frequentWords, in: rect, into: &buffer)
        let list = rect.take(top: 1).rest
        let words = app.session.words(inBlock: round.id, limit: max(1, list.height))
        guard let top = words.first?.count, top > 0 else {
            buffer.put(s.nothingYet, in: list, style: Palette.dim)
            return
        }
        let wordWidth = min(16, max(6, list.width / 2))
        for (row, word) in words.prefix(list.height).enumerated() {
            let line = list.row(row)
            buffer.put(DisplayWidth.pad(word.word, to: wordWidth), in: line)
            let count = "\(word.count)"
            let barWidth = max(0, line.width - wordWidth - DisplayWidth.of(count) - 2)
            let cells = max(1, Int((Double(word.count) / Double(top) * Double(barWidth)).rounded()))
            var x = line.x + wordWidth + 1
            if barWidth > 0 {
                x += buffer.put(String(repeating: "█", count: min(cells, barWidth)), x: x, y: line.y, style: Palette.bar, maxWidth: barWidth) + 1
            }
            buffer.put(count, x: x, y: line.y, style: Palette.title, maxWidth: max(0, line.maxX - x))
        }
    }
}
