import WorkshopModel

/// What is put to the room now: the block's question (or the close's prompts), its poll — the result
/// only once revealed — and, when the evening runs late, which blocks to shorten.
enum RoomView {
    static func render(_ app: ConsoleApp, at now: Instant, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height > 0, rect.width >= 10, let block = app.currentBlock else { return }
        let s = app.strings
        var line = 0
        let replan = app.session.replan(at: now).flatMap { $0.behindMinutes > 0 ? $0 : nil }
        // Rows kept back for the re-plan, which matters more than the rest of a long question.
        let replanRows = replan.map { min(2 + $0.changes.count, max(1, rect.height / 3)) } ?? 0

        func room() -> Int { rect.height - line - replanRows }

        let poll = consolePoll(app, block: block)
        if let question = block.question {
            Draw.heading(s.question, in: rect, line: line, into: &buffer)
            line += 1
            // With a poll below, a long question gives up rows so the poll's state stays in view.
            let questionRows = poll == nil || rect.height >= 14 ? 4 : 2
            line += Draw.wrapped(question, in: rect, line: line, maxLines: min(questionRows, max(0, room())), into: &buffer)
            line += 1
        } else if !block.prompts.isEmpty {
            Draw.heading(s.question, in: rect, line: line, into: &buffer)
            line += 1
            for prompt in block.prompts where room() > 0 {
                line += Draw.wrapped("• " + prompt, in: rect, line: line, maxLines: 1, into: &buffer)
            }
            line += 1
        }

        if let poll, room() >= 2 {
            let state = app.session.pollState(id: poll.id)
            Draw.heading(s.poll, in: rect, line: line, into: &buffer)
            line += 1
            if poll.question != block.question {
                line += Draw.wrapped(poll.question, in: rect, line: line, maxLines: min(2, room()), style: Palette.title,
                                     into: &buffer)
            }
            if room() > 0 {
                let tally = app.session.tally(poll: poll.id)
                // Concatenated, not joined: the first frame draws this, and joined(separator:) is a generic the
                // runtime first has to look up.
                let status = statusWord(state.status, s) + " · " + (state.revealed ? s.revealed : s.hidden) + " · "
                    + s.votes(tally?.voters ?? 0)
                buffer.put(DisplayWidth.truncate(status, to: rect.width), in: rect, line: line, style: Palette.dim)
                line += 1
                if state.revealed, let tally, room() > 0 {
                    let area = Rect(x: rect.x, y: rect.y + line, width: rect.width, height: room())
                    line += TallyView.render(tally, strings: s, in: area, into: &buffer, maxBar: 20)
                }
            }
            line += 1
        }

        if let replan {
            // Right after the rest, or in the rows kept back for it.
            let top = max(0, min(line, rect.height - replanRows))
            let area = Rect(x: rect.x, y: rect.y + top, width: rect.width, height: rect.height - top)
            ReplanView.render(replan, strings: s, in: area, into: &buffer)
        }
    }

    /// The poll the console shows: the one on the poll screen if it belongs to this block, else the
    /// block's first.
    static func consolePoll(_ app: ConsoleApp, block: Block) -> Poll? {
        if let id = app.poll.pollID, let shown = block.polls.first(where: { $0.id == id }) { return shown }
        return block.polls.first
    }

    static func statusWord(_ status: PollState.Status, _ s: Strings) -> String {
        switch status {
        case .notOpened: s.pollNotOpened
        case .open: s.pollOpen
        case .closed: s.pollClosed
        }
    }
}
