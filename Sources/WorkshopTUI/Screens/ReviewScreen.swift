import WorkshopModel

/// "Blik op de antwoorden": a round's answers grouped by tag or by group, with counts, beside the most
/// frequent words — what the moderator reads back to the room after a debate round.
enum ReviewScreen {
    static func render(_ app: ConsoleApp, area: Rect, into buffer: inout ScreenBuffer, at now: Instant) {
        let s = app.strings
        let rounds = app.rounds
        guard let round = app.reviewRound(in: rounds) else {
            Draw.heading(s.heading(.review), in: area, into: &buffer)
            buffer.put(s.noAnswers, in: area, line: 1, style: Palette.dim)
            return
        }
        let digest = app.reviewDigest(for: round)
        let answers = digest.answers
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
        let entries = digest.entries
        guard !entries.isEmpty else {
            buffer.put(s.noAnswers, in: groupsArea, style: Palette.dim)
            if let wordsArea { words(digest.words, strings: s, in: wordsArea, into: &buffer) }
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
            case .answer(let index):
                let answer = answers[index]
                var who = s.name(answer.person, in: app.session)
                if !app.review.byGroup, let id = answer.person, let group = app.session.person(id)?.group { who += " (\(group))" }
                if case .device = answer.origin { who += " · " + s.fromPhone }
                let wrapped = DisplayWidth.wrap("\(who): \(answer.text.replacingNewlines())", to: max(1, groupsArea.width - 4))
                for (n, text) in wrapped.enumerated() where row < groupsArea.height {
                    buffer.put((n == 0 ? "  • " : "    ") + text, in: groupsArea.row(row))
                    row += 1
                }
            }
        }
        if let wordsArea {
            words(digest.words, strings: s, in: wordsArea, into: &buffer)
        }
    }

    /// The round's most frequent words, with a small bar each.
    private static func words(_ all: [WordCount], strings s: Strings, in rect: Rect, into buffer: inout ScreenBuffer) {
        Draw.heading(s.frequentWords, in: rect, into: &buffer)
        let list = rect.take(top: 1).rest
        let words = all.prefix(max(1, list.height))
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
