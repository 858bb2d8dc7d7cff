import WorkshopModel

/// The left half of the poll screen: the participants with their votes (the next one to vote marked),
/// or the values with the hands counted; and the open-answer box.
enum VoteEntryView {
    static func render(_ app: ConsoleApp, poll: Poll, state: PollState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height > 0 else { return }
        let s = app.strings
        var list = rect
        if let form = app.poll.form, case .openVote(_, let voter) = form.kind {
            let height = min(rect.height, FormView.height(form))
            FormView.render(form, strings: s, voterName: s.name(voter, in: app.session), in: list.take(top: height).top,
                            into: &buffer)
            list = list.take(top: height).rest
        }
        guard list.height > 0 else { return }
        if app.countsHands {
            hands(app, poll: poll, state: state, in: list, into: &buffer)
        } else {
            perPerson(app, poll: poll, state: state, in: list, into: &buffer)
        }
    }

    private static func perPerson(_ app: ConsoleApp, poll: Poll, state: PollState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let s = app.strings
        Draw.heading("\(s.voters) · \(s.perPerson)", in: rect, into: &buffer)
        var list = rect.take(top: 1).rest
        if !app.poll.pending.isEmpty, list.height > 1 {
            let chosen = app.poll.pending.map { i in i < KeyMap.optionLetters.count ? String(KeyMap.optionLetters[i]) : "\(i + 1)" }
            let join = poll.kind == .ranking ? " > " : " "
            buffer.put("\(s.pendingChoice): \(chosen.joined(separator: join)) — \(s.enterCasts)", in: list, style: Palette.amber)
            list = list.take(top: 1).rest
        }
        let voters = app.voters
        guard !voters.isEmpty, list.height > 0 else { return }
        let selected = min(app.poll.voter, voters.count - 1)
        let first = max(0, min(selected - list.height / 2, voters.count - list.height))
        let valueWidth = min(16, max(4, list.width / 3))
        for (row, index) in (first..<min(voters.count, first + list.height)).enumerated() {
            let person = voters[index]
            let line = list.row(row)
            let isSelected = index == selected
            buffer.put(isSelected ? "›" : " ", x: line.x, y: line.y, style: isSelected ? Palette.selected : Palette.plain, maxWidth: 1)
            var name = person.name
            if let group = person.group { name += " · \(group)" }
            buffer.put(DisplayWidth.truncate(name, to: max(0, line.width - valueWidth - 3)), x: line.x + 2, y: line.y,
                       style: isSelected ? Palette.title : Palette.plain, maxWidth: max(0, line.width - valueWidth - 3))
            let choice = state.ballots[.person(person.id)].map { short($0, poll: poll, strings: s) } ?? "–"
            buffer.put(DisplayWidth.pad(choice, to: valueWidth, align: .right), x: line.maxX - valueWidth, y: line.y,
                       style: Palette.title, maxWidth: valueWidth)
        }
    }

    private static func hands(_ app: ConsoleApp, poll: Poll, state: PollState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let s = app.strings
        Draw.heading(s.showOfHands, in: rect, into: &buffer)
        var list = rect.take(top: 1).rest
        if app.voters.isEmpty, list.height > 3 {
            let rows = Draw.wrapped(s.noParticipants, in: list, maxLines: 2, style: Palette.dim, into: &buffer)
            list = list.take(top: rows).rest
        }
        let values = app.handValues(poll)
        guard !values.isEmpty else {
            if poll.kind == .open { buffer.put(s.useDigits(.open), in: list, style: Palette.dim) }
            return
        }
        let selected = app.poll.handValue ?? values[0]
        for (row, value) in values.prefix(list.height).enumerated() {
            let line = list.row(row)
            let isSelected = value == selected
            buffer.put(isSelected ? "›" : " ", x: line.x, y: line.y, style: isSelected ? Palette.selected : Palette.plain, maxWidth: 1)
            let key: String
            switch poll.kind {
            case .scale: key = value == 10 && !poll.scaleValues.contains(0) ? "0" : "\(value)"
            case .trafficLight: key = "\(value + 1)"
            default: key = value < KeyMap.optionLetters.count ? String(KeyMap.optionLetters[value]) : " "
            }
            let words = TallyView.label(value: value, poll: poll, fallback: "\(value)", strings: s)
            let label = poll.kind == .scale && key == "\(value)" ? words : "\(key) " + words
            buffer.put(DisplayWidth.truncate(label, to: max(0, line.width - 8)), x: line.x + 2, y: line.y,
                       style: isSelected ? Palette.title : Palette.plain, maxWidth: max(0, line.width - 8))
            buffer.put(DisplayWidth.pad("\(state.hands[value] ?? 0)", to: 5, align: .right), x: line.maxX - 5, y: line.y,
                       style: Palette.title, maxWidth: 5)
        }
    }

    /// A vote in a few characters: "4", "b Governance…", "a c", "c > a", "groen", "“…”".
    static func short(_ choice: Choice, poll: Poll, strings s: Strings) -> String {
        func letter(_ i: Int) -> String { i < KeyMap.optionLetters.count ? String(KeyMap.optionLetters[i]) : "\(i + 1)" }
        switch choice {
        case .scale(let v): return "\(v)"
        case .option(let i): return poll.options.indices.contains(i) ? "\(letter(i)) \(poll.options[i])" : letter(i)
        case .options(let list): return list.map(letter).joined(separator: " ")
        case .ranking(let list): return list.map(letter).joined(separator: ">")
        case .light(let light): return s.light(light)
        case .text(let text): return "“\(text.replacingNewlines())”"
        }
    }
}
