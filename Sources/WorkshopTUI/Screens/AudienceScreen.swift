import Foundation
import WorkshopModel

/// The audience view for the projector (`workshop display`): the current block, its countdown in large
/// type, the question put to the room and, once the moderator reveals them, the poll's results.
///
/// It shows nothing the room should not see: no notes, no names next to answers, no results before
/// they are revealed. Read-only; it never offers a key that records anything.
enum AudienceScreen {
    /// Draws the whole audience view for `session` at `now` into the buffer (any size from 40×12); with the
    /// room's server open, where phones join takes the right-hand side (or the bottom row when narrow).
    static func render(
        _ session: Session, strings s: Strings, at now: Instant, room: RoomBoard? = nil, into buffer: inout ScreenBuffer
    ) {
        var area = Rect(x: 0, y: 0, width: buffer.width, height: buffer.height)
        if let room, room.isOpen, !timingEnded(session, at: now) {
            area = join(room, strings: s, in: area, into: &buffer)
        }
        guard area.width > 0, area.height > 0 else { return }
        let inner = Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 2), height: area.height)
        let timing = session.timing(at: now)
        let zone = session.timeZone

        // The top row: the workshop's title, and the time of day on the right.
        let clock = TimeText.clock(now.wall, in: zone, seconds: false)
        buffer.put(DisplayWidth.truncate(session.agenda.title, to: max(0, inner.width - clock.count - 2)),
                   in: inner, line: 0, style: Palette.title)
        buffer.put(clock, in: inner, line: 0, style: Palette.title, align: .right)
        var line = 2

        guard let block = timing.currentBlock, session.agenda.blocks.indices.contains(timing.current) else {
            buffer.put(s.noBlocks, in: inner, line: line, align: .center)
            return
        }
        if timing.ended {
            buffer.put(s.workshopOver, in: inner, line: line, style: Palette.title, align: .center)
            buffer.put(s.t("Bedankt!", "Thank you!"), in: inner, line: line + 2, style: Palette.title, align: .center)
            return
        }
        let agendaBlock = session.agenda.blocks[timing.current]
        let counter = s.t("blok \(timing.current + 1) van \(timing.blocks.count)",
                          "block \(timing.current + 1) of \(timing.blocks.count)")
        buffer.put(counter, in: inner, line: line - 1, style: Palette.dim, align: .center)
        buffer.put(DisplayWidth.truncate(block.title, to: inner.width), in: inner, line: line, style: Palette.title,
                   align: .center)
        line += 1
        if let phase = phaseText(timing: timing, block: agendaBlock, strings: s) {
            buffer.put(DisplayWidth.truncate(phase.text, to: inner.width), in: inner, line: line, style: phase.style,
                       align: .center)
        }
        line += 2

        // The countdown: as large as the window allows while the question and the poll still fit below,
        // its state always in words under it.
        let countdown = countdownText(block, strings: s)
        let pollShown = shownPoll(session, block: agendaBlock)
        let room = inner.height - line
        let below = 6 + (pollShown.map { min(8, max($0.options.count, 5) + 2) } ?? 0)
        let scale = [2, 1].first { scale in
            BigDigits.width(of: countdown.digits) * scale <= inner.width && BigDigits.height * scale + below <= room
        }
        if let scale, !countdown.digits.isEmpty {
            let rows = Draw.big(countdown.digits, scale: scale)
            for row in rows {
                buffer.put(row, in: inner, line: line, style: countdown.style, align: .center)
                line += 1
            }
        } else {
            buffer.put(countdown.digits, in: inner, line: line, style: countdown.style, align: .center)
            line += 1
        }
        buffer.put(countdown.words, in: inner, line: line, style: countdown.style, align: .center)
        line += 2

        // The question put to the room, then the poll that is open or revealed.
        // Without a participation question, the block's prompts (e.g. "Afspraken & acties?") take its place.
        let prompts = agendaBlock.prompts.isEmpty ? nil : agendaBlock.prompts.joined(separator: " · ")
        if let question = agendaBlock.question ?? prompts, line < inner.height {
            let reserve = pollShown == nil ? 0 : min(8, max(0, inner.height - line - 3))
            let box = Rect(x: inner.x + 2, y: inner.y + line, width: max(0, inner.width - 4),
                           height: max(0, inner.height - line - reserve))
            line += centred(question, in: box, style: Palette.title, into: &buffer) + 1
        }
        guard let poll = pollShown, line < inner.height, let tally = session.tally(poll: poll.id) else { return }
        let state = session.pollState(id: poll.id)
        let box = Rect(x: inner.x + 2, y: inner.y + line, width: max(0, inner.width - 4), height: inner.height - line)
        if poll.question != agendaBlock.question {
            line += Draw.wrapped(poll.question, in: box, maxLines: 2, style: Palette.heading, into: &buffer)
        }
        let rest = Rect(x: box.x, y: inner.y + line, width: box.width, height: max(0, inner.height - line))
        if state.revealed {
            TallyView.render(tally, strings: s, revealed: true, in: rest, into: &buffer, maxBar: max(10, box.width / 2))
        } else {
            let votes = state.ballots.count + state.hands.values.reduce(0) { $0 + max(0, $1) }
            let status = state.status == .open ? s.t("Stemmen loopt", "Voting is open") : s.t("Stemming gesloten", "Voting closed")
            buffer.put("\(status) · \(s.t("stemmen", "votes")): \(votes)", in: rest, line: 0, style: Palette.plain)
        }
    }

    private static func timingEnded(_ session: Session, at now: Instant) -> Bool {
        session.endedAt != nil
    }

    /// Draws where phones join — the QR code (large when the window allows), the address and the code —
    /// on the right, or on the bottom row when there is no room for the QR code; returns what is left.
    private static func join(_ room: RoomBoard, strings s: Strings, in area: Rect, into buffer: inout ScreenBuffer) -> Rect {
        let address = room.addresses.first.map(RoomBoard.short) ?? ""
        let code = RoomPanelView.spaced(room.code)
        let large = room.largeQRLines
        let small = room.qrLines
        let qr = (large.count + 5 <= area.height && (large.first.map(DisplayWidth.of) ?? 0) * 2 <= area.width) ? large : small
        let qrWidth = qr.first.map(DisplayWidth.of) ?? 0
        guard !qr.isEmpty, qr.count + 5 <= area.height, qrWidth + 50 <= area.width else {
            let line = "\(s.audienceJoin): \(address) · \(s.codeWord) \(code)"
            let (bottom, rest) = area.take(bottom: 1)
            buffer.put(DisplayWidth.truncate(line, to: bottom.width), in: bottom, style: Palette.title, align: .center)
            return rest
        }
        let (panel, rest) = area.take(right: qrWidth + 2)
        let top = panel.y + max(1, (panel.height - qr.count - 5) / 2)
        buffer.put(s.audienceJoin, in: Rect(x: panel.x, y: top, width: qrWidth, height: 1), style: Palette.title, align: .center)
        // Dark modules are blocks: black on white, the way cameras expect a QR code.
        for (row, line) in qr.enumerated() {
            buffer.put(line, x: panel.x, y: top + 1 + row, style: Style(fg: .black, bg: .white), maxWidth: qrWidth)
        }
        let below = Rect(x: panel.x, y: top + 2 + qr.count, width: qrWidth, height: 3)
        buffer.put(address, in: below, line: 0, style: Palette.title, align: .center)
        buffer.put("\(s.codeWord) \(code)", in: below, line: 1, style: Palette.title, align: .center)
        return rest
    }

    /// The countdown's digits, its state in words, and its style (amber near the end, red when over).
    static func countdownText(_ block: BlockTiming, strings s: Strings) -> (digits: String, words: String, style: Style) {
        switch block.state {
        case .pending, .skipped, .done:
            let start = block.plannedStart.description
            return (TimeText.countdown(Double(block.plannedMinutes * 60)),
                    s.t("begint om \(start)", "starts at \(start)"), Palette.dim)
        case .running, .paused:
            let pausedWord = block.state == .paused ? " · " + s.paused : ""
            if block.remainingSeconds < 0 {
                let over = TimeText.duration(max(block.overrunSeconds, -block.remainingSeconds))
                return ("+" + over, s.over(over) + pausedWord, Palette.over)
            }
            let near = block.remainingSeconds <= ConsoleScreen.amberSeconds(plannedMinutes: block.plannedMinutes)
            let left = TimeText.countdown(block.remainingSeconds)
            return (left, (near ? s.nearlyTime + " · " : "") + s.left(left) + pausedWord,
                    near ? Palette.amber : Palette.countdown)
        }
    }

    /// "fase 1/2 · Reflectie · nog 2:14" while a phased block runs.
    private static func phaseText(timing: Timing, block: Block, strings s: Strings) -> (text: String, style: Style)? {
        guard let phase = timing.phase, !block.phases.isEmpty,
              timing.currentBlock?.state == .running || timing.currentBlock?.state == .paused
        else { return nil }
        let number = s.phaseNumber(phase.index + 1, of: block.phases.count)
        if phase.remainingSeconds < 0 {
            return ("\(number) · \(phase.name) · \(s.over(TimeText.duration(-phase.remainingSeconds)))", Palette.over)
        }
        let near = phase.remainingSeconds <= ConsoleScreen.amberSeconds(plannedMinutes: phase.minutes)
        return ("\(number) · \(phase.name) · \(s.left(TimeText.countdown(phase.remainingSeconds)))",
                near ? Palette.amber : Palette.plain)
    }

    /// The current block's poll the room may see: one that is open, else the last one revealed.
    static func shownPoll(_ session: Session, block: Block) -> Poll? {
        block.polls.first { session.pollState(id: $0.id).status == .open }
            ?? block.polls.last { session.pollState(id: $0.id).revealed }
    }

    /// Wrapped text, each line centred; returns the lines used.
    private static func centred(_ text: String, in rect: Rect, style: Style, into buffer: inout ScreenBuffer) -> Int {
        guard rect.width > 0, rect.height > 0 else { return 0 }
        var lines = DisplayWidth.wrap(text, to: rect.width)
        if lines.count > rect.height {
            lines = Array(lines.prefix(rect.height))
            lines[rect.height - 1] = DisplayWidth.truncate(lines[rect.height - 1], to: rect.width - 1, ellipsis: false) + "…"
        }
        for (index, row) in lines.enumerated() {
            buffer.put(row, in: rect, line: index, style: style, align: .center)
        }
        return lines.count
    }
}
