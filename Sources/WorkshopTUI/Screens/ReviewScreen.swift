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
        let entries = self.entries(app, answers: answers)
        guard !entries.isEmpty else {
            buffer.put(s.noAnswers, in: groupsArea, style: Palette.dim)
            if let wordsArea { words(app, round: round, in: wordsArea, into: &buffer) }
            return
        }
        // Scrolled by entries, so only what shows is wrapped: a round may hold hundreds of answers.
        var row = 0
        for entry in entries.dropFirst(min(app.review.scroll, entries.count - 1)) where row < groupsArea.height {
            switch entry {
            case .group(let name, let count):
                if row > 0 { row += 1 }
                guard row < groupsArea.height else { break }
                buffer.put("\(name) (\(count))", in: groupsArea.row(row), style: Palette.heading)
                row += 1
            case .answer(let answer):
                var who = s.name(answer.person, in: app.session)
                if !app.review.byGroup, let id = answer.person, let group = app.session.person(id)?.group { who += " (\(group))" }
                let wrapped = DisplayWidth.wrap("\(who): \(answer.text.replacingNewlines())", to: max(1, groupsArea.width - 4))
                for (n, text) in wrapped.enumerated() where row < groupsArea.height {
                    buffer.put((n == 0 ? "  • " : "    ") + text, in: groupsArea.row(row))
                    row += 1
                }
            }
        }
        if let wordsArea {
            words(app, round: round, in: wordsArea, into: &buffer)
        }
    }

    /// A line of the grouped answers: a group's heading, or one of its answers.
    enum Entry {
        case group(String, Int)
        case answer(Answer)
    }

    /// The groups, biggest first (the catch-all group last), each followed by its answers.
    static func entries(_ app: ConsoleApp, answers: [Answer]) -> [Entry] {
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
            if (a.element == fallback) != (b.element == fallback) { return b.element == fallback }
            let (ca, cb) = (groups[a.element]?.count ?? 0, groups[b.element]?.count ?? 0)
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
        return sorted.flatMap { key in
            let members = groups[key] ?? []
            return [Entry.group(key, members.count)] + members.map(Entry.answer)
        }
    }

    /// The round's most frequent words, with a small bar each.
    private static func words(_ app: ConsoleApp, round: Block, in rect: Rect, into buffer: inout ScreenBuffer) {
        let s = app.strings
        Draw.heading(s.frequentWords, in: rect, into: &buffer)
        let list = rect.take(top: 1).rest
        let words = app.reviewWords(for: round).prefix(max(1, list.height))
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
