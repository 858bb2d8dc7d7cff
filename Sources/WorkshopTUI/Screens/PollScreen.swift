import WorkshopModel

/// Fast vote entry: the poll and its keys on top, the voters (or the hands counted) on the left, the
/// result on the right — hidden until the moderator reveals it.
enum PollScreen {
    static func render(_ app: ConsoleApp, area: Rect, into buffer: inout ScreenBuffer, at now: Instant) {
        let s = app.strings
        guard let (poll, block) = app.shownPoll else {
            buffer.put(s.noPolls, in: area, style: Palette.dim)
            return
        }
        let state = app.session.pollState(id: poll.id)
        let tally = app.session.tally(poll: poll.id)
        let all = app.allPolls
        let index = (all.firstIndex { $0.poll.id == poll.id } ?? 0) + 1
        var rest = area

        // Which poll, where it stands.
        let status = [RoomView.statusWord(state.status, s), state.revealed ? s.revealed : s.hidden,
                      s.votes(tally?.voters ?? 0)].joined(separator: " · ")
        let (top, afterTop) = rest.take(top: 1)
        let (statusArea, titleArea) = top.take(right: min(DisplayWidth.of(status), top.width / 2))
        buffer.put(DisplayWidth.truncate("\(s.poll) \(index)/\(all.count) · \(block.title)", to: max(0, titleArea.width - 2)),
                   in: titleArea, style: Palette.dim)
        buffer.put(DisplayWidth.truncate(status, to: statusArea.width), in: statusArea,
                   style: state.status == .open ? Palette.title : Palette.dim, align: .right)
        rest = afterTop

        // The question and how to vote.
        let questionRows = Draw.wrapped("\(poll.question)  (\(kindText(poll, s)))", in: rest, maxLines: area.height >= 20 ? 3 : 1,
                                        style: Palette.title, into: &buffer)
        rest = rest.take(top: questionRows).rest
        if rest.height > 4 {
            buffer.put(DisplayWidth.truncate(s.howToVote(poll.kind, hands: app.countsHands), to: rest.width), in: rest,
                       style: Palette.dim)
            rest = rest.take(top: 1).rest
        }
        rest = rest.take(top: area.height >= 16 ? 1 : 0).rest
        guard !rest.isEmpty else { return }

        // Entry on the left, the choices and result on the right (or below on a narrow screen).
        let entryArea: Rect, resultArea: Rect
        if rest.width >= 70 {
            let columns = rest.columns([min(44, rest.width * 2 / 5), nil], spacing: 3)
            (entryArea, resultArea) = (columns[0], columns[1])
        } else {
            let choices = poll.kind == .open ? 2 : app.handValues(poll).count + 2
            let split = rest.take(bottom: min(choices + 1, rest.height / 2))
            (entryArea, resultArea) = (split.rest, split.bottom.take(top: 1).rest)
        }
        VoteEntryView.render(app, poll: poll, state: state, in: entryArea, into: &buffer)
        renderResult(app, poll: poll, state: state, tally: tally, in: resultArea, into: &buffer)
    }

    /// "schaal 1–5", "één keuze", …
    static func kindText(_ poll: Poll, _ s: Strings) -> String {
        poll.kind == .scale ? "\(s.pollKind(.scale)) \(poll.min)–\(poll.max)" : s.pollKind(poll.kind)
    }

    /// The key that votes for a value, where it is not the value itself.
    static func key(for value: Int, poll: Poll) -> String? {
        switch poll.kind {
        case .scale: return value == 10 && !poll.scaleValues.contains(0) ? "0" : nil
        case .trafficLight: return "\(value + 1)"
        case .single, .multi, .ranking: return value < KeyMap.optionLetters.count ? String(KeyMap.optionLetters[value]) : " "
        case .open: return nil
        }
    }

    private static func renderResult(
        _ app: ConsoleApp, poll: Poll, state: PollState, tally: Tally?, in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        guard rect.height > 0, let tally else { return }
        let s = app.strings
        Draw.heading(state.revealed ? s.result : s.choices, in: rect, into: &buffer)
        var body = rect.take(top: 1).rest
        if !state.revealed {
            let rows = TallyView.render(tally, strings: s, keys: { key(for: $0, poll: poll) }, revealed: false, in: body,
                                        into: &buffer)
            body = body.take(top: rows + (rows > 0 ? 1 : 0)).rest
            Draw.wrapped(s.resultsHidden, in: body, maxLines: 2, style: Palette.dim, into: &buffer)
            return
        }
        TallyView.render(tally, strings: s, keys: { key(for: $0, poll: poll) }, in: body, into: &buffer)
    }
}
