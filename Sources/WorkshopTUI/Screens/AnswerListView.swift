import WorkshopModel

/// The current round's answers, newest at the bottom, the chosen one marked; each answer wrapped over up
/// to three lines with who said it and its tags.
enum AnswerListView {
    static func render(_ app: ConsoleApp, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height > 0 else { return }
        let s = app.strings
        let answers = app.roundAnswers
        let title = app.noteRound.map { "\(s.answers) · \($0.title)" } ?? s.answers
        Draw.heading(DisplayWidth.truncate("\(title) (\(answers.count))", to: max(1, rect.width - 4)), in: rect, into: &buffer)
        let list = rect.take(top: 1).rest.inset(left: 0)
        guard !list.isEmpty else { return }
        if answers.isEmpty {
            Draw.wrapped(s.noAnswers, in: list, style: Palette.dim, into: &buffer)
            return
        }
        let selected = app.selectedAnswerIndex
        let textWidth = max(1, list.width - 2)
        // Only the answers in the window are laid out: a round may hold hundreds.
        var laidOut: [Int: [String]] = [:]
        func block(_ index: Int) -> [String] {
            if let lines = laidOut[index] { return lines }
            let lines = self.lines(answers[index], app: app, width: textWidth)
            laidOut[index] = lines
            return lines
        }
        // The window holds the chosen answer (the newest unless one was chosen), then newer ones below it,
        // then older ones above it, as far as they fit.
        var last = selected ?? answers.count - 1
        var used = block(last).count
        while last + 1 < answers.count, used + block(last + 1).count <= list.height {
            last += 1
            used += block(last).count
        }
        var first = selected ?? answers.count - 1
        while first > 0, used + block(first - 1).count <= list.height {
            first -= 1
            used += block(first).count
        }
        var y = list.y
        for index in first...last {
            let isSelected = index == selected
            for (n, line) in block(index).enumerated() where y < list.maxY {
                if n == 0 {
                    buffer.put(isSelected ? "›" : " ", x: list.x, y: y, style: isSelected ? Palette.selected : Palette.plain,
                               maxWidth: 1)
                }
                let style: Style = answers[index].hidden ? Palette.dim : (n == 0 ? Palette.title : Palette.plain)
                buffer.put(line, x: list.x + 2, y: y, style: style, maxWidth: textWidth)
                y += 1
            }
        }
    }

    /// "Els Peeters (CD&V): Geïntegreerde aanpak – Mechelaar  #governance", wrapped to at most 3 lines; an
    /// answer sent from a phone says so after the name ("· telefoon").
    static func lines(_ answer: Answer, app: ConsoleApp, width: Int) -> [String] {
        let s = app.strings
        var who = s.name(answer.person, in: app.session)
        if let id = answer.person, let group = app.session.person(id)?.group { who += " (\(group))" }
        if case .device = answer.origin { who += " · " + s.fromPhone }
        var text = "\(who): " + answer.text.replacingNewlines()
        if !answer.tags.isEmpty { text += "  " + answer.tags.map { "#" + $0 }.joined(separator: " ") }
        if answer.hidden { text = "[\(s.hiddenMark)] " + text }
        var wrapped = DisplayWidth.wrap(text, to: width)
        if wrapped.count > 3 {
            wrapped = Array(wrapped.prefix(3))
            wrapped[2] = DisplayWidth.truncate(wrapped[2], to: max(1, width - 1), ellipsis: false) + "…"
        }
        return wrapped.isEmpty ? [""] : wrapped
    }
}

extension String {
    /// The text on one line: line breaks become " / ".
    func replacingNewlines() -> String {
        // Most answers are one line: checking the bytes avoids splitting by characters on every frame.
        guard utf8.contains(10) else { return self }
        return split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " / ")
    }
}
