import Foundation
import WorkshopModel

/// The moderator's main screen: where the evening stands, at a glance from across the table.
///
/// From the top: the title with drift and projected end; the current block with a large countdown and
/// its phase; who speaks and the participants' share against the target; the agenda with planned and
/// actual times; the question, the poll result once revealed, and a re-plan suggestion when behind.
/// Rows are given out by importance, so a small window keeps the countdown and loses the rest first.
enum ConsoleScreen {
    static func render(_ app: ConsoleApp, area: Rect, into buffer: inout ScreenBuffer, at now: Instant) {
        let session = app.session
        let s = app.strings
        guard let block = app.currentBlock else {
            buffer.put(session.agenda.title, in: area, style: Palette.title)
            buffer.put(s.noBlocks, in: area, line: 2)
            return
        }
        if app.showsRoomPanel, let room = app.room {
            RoomPanelView.render(room, app: app, in: area, into: &buffer)
            return
        }
        let timing = session.timing(at: now)
        let h = area.height
        let roomy = h >= 30
        let bigDigits = h >= 17 && area.width >= 50
        let scale = h >= 36 && area.width >= 100 ? 2 : 1
        var rest = area

        // The title, then the schedule: on one line when rows are short.
        let schedule = scheduleText(timing, strings: s, compact: h < 16 && area.width < 70)
        if h >= 16 {
            let (titleRow, below) = rest.take(top: 1)
            let used = buffer.put(DisplayWidth.truncate(session.agenda.title, to: titleRow.width), in: titleRow, style: Palette.title)
            if let subtitle = session.agenda.subtitle, used + 3 + DisplayWidth.of(subtitle) <= titleRow.width {
                buffer.put(" · " + subtitle, x: titleRow.x + used, y: titleRow.y, style: Palette.dim, maxWidth: titleRow.width - used)
            }
            let (scheduleRow, after) = below.take(top: 1)
            let scheduleWidth = buffer.put(schedule, in: scheduleRow, style: scheduleStyle(timing))
            roomStrip(app, in: scheduleRow.inset(left: scheduleWidth + 3), into: &buffer)
            rest = after.take(top: roomy ? 2 : 1).rest
        } else {
            let (row, below) = rest.take(top: 1)
            let scheduleWidth = min(DisplayWidth.of(schedule), row.width / 2)
            let (right, left) = row.take(right: scheduleWidth)
            buffer.put(DisplayWidth.truncate(session.agenda.title, to: max(0, left.width - 1)), in: left, style: Palette.title)
            buffer.put(DisplayWidth.truncate(schedule, to: right.width), in: right, style: scheduleStyle(timing), align: .right)
            rest = below
        }

        // The current block.
        let (blockRow, afterBlock) = rest.take(top: 1)
        blockLine(app, block: block, timing: timing, in: blockRow, into: &buffer)
        rest = afterBlock.take(top: h >= 20 ? 1 : 0).rest

        // The countdown and the phase.
        if bigDigits {
            let (clockArea, after) = rest.take(top: BigDigits.height * scale)
            countdownBig(app, timing: timing, scale: scale, in: clockArea, into: &buffer)
            rest = after.take(top: roomy ? 2 : 1).rest
        } else {
            let hasPhase = timing.phase != nil
            let (clockArea, after) = rest.take(top: hasPhase ? 2 : 1)
            countdownSmall(app, timing: timing, in: clockArea, into: &buffer)
            rest = after
        }

        // Participation.
        let participationRows = h >= 10 ? 2 : 1
        let (talkArea, afterTalk) = rest.take(top: participationRows)
        ParticipationView.render(app, at: now, timing: timing, in: talkArea, into: &buffer)
        rest = afterTalk.take(top: h >= 20 ? 1 : 0).rest

        // The agenda and, beside or below it, the question, the poll and the re-plan; the speaker picker
        // over them while it is open.
        defer {
            if case .pickSpeaker(let picker) = app.prompt { speakerPicker(picker, app: app, in: area, into: &buffer) }
        }
        guard rest.height > 0 else { return }
        if rest.width >= 72 {
            let columns = rest.columns([max(40, rest.width * 11 / 20), nil], spacing: 3)
            AgendaView.render(app, timing: timing, in: columns[0], into: &buffer)
            RoomView.render(app, at: now, in: columns[1], into: &buffer)
        } else {
            let needed = min(rest.height, session.agenda.blocks.count + 1)
            let (agendaArea, below) = rest.take(top: needed)
            AgendaView.render(app, timing: timing, in: agendaArea, into: &buffer)
            RoomView.render(app, at: now, in: below.take(top: 1).rest, into: &buffer)
        }
    }

    /// Where phones join, on the right of the schedule row while the room's server is on (if it fits).
    private static func roomStrip(_ app: ConsoleApp, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard let room = app.room else { return }
        let address = room.addresses.first.map(RoomBoard.short) ?? ""
        // The label goes first when the row is short; the address and the code are what matter.
        let candidates = room.isOpen
            ? [app.strings.roomStrip(address, code: room.code), "\(address) · code \(room.code)"]
            : [app.strings.roomStripClosed]
        guard let text = candidates.first(where: { DisplayWidth.of($0) <= rect.width }) else { return }
        buffer.put(text, in: rect, style: room.isOpen ? Palette.title : Palette.dim, align: .right)
    }

    /// "+4 min · einde ~22:34 (plan 22:30)", or the end of the workshop.
    static func scheduleText(_ timing: Timing, strings s: Strings, compact: Bool = false) -> String {
        let projected = TimeText.clock(secondsOfDay: timing.projectedEndSeconds)
        if timing.ended { return "\(s.ended) · \(projected) (plan \(timing.plannedEnd))" }
        if compact { return "\(s.drift(minutes: timing.driftMinutes)) → \(projected)" }
        return "\(s.drift(minutes: timing.driftMinutes)) · \(s.projectedEnd(projected, planned: timing.plannedEnd.description))"
    }

    private static func scheduleStyle(_ timing: Timing) -> Style {
        if timing.ended { return Palette.dim }
        let late = timing.driftMinutes
        return late > 5 ? Palette.over : (late > 0 ? Palette.amber : Palette.title)
    }

    /// "3/7  DEBAT – Beleidsrol Warmte Mechelen" with its lead on the right.
    private static func blockLine(
        _ app: ConsoleApp, block: Block, timing: Timing, in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        let number = "\(timing.current + 1)/\(timing.blocks.count)  "
        let lead = block.lead.map { "· \($0)" } ?? ""
        let planned = "\(timing.currentBlock.map { "\($0.plannedStart)–\($0.plannedEnd)" } ?? "")"
        let right = rect.width >= 70 ? "\(planned) \(lead)" : lead
        let rightWidth = min(DisplayWidth.of(right), rect.width / 3)
        let (rightArea, leftArea) = rect.take(right: rightWidth)
        var x = leftArea.x
        x += buffer.put(number, x: x, y: rect.y, style: Palette.dim, maxWidth: leftArea.width)
        buffer.put(DisplayWidth.truncate(block.title, to: max(0, leftArea.maxX - x - 1)), x: x, y: rect.y,
                   style: Palette.title, maxWidth: max(0, leftArea.maxX - x - 1))
        buffer.put(DisplayWidth.truncate(right, to: rightArea.width), in: rightArea, style: Palette.dim, align: .right)
    }

    /// What the countdown shows and how: the time left, or the overrun with a "+".
    struct Countdown {
        var text: String
        var style: Style
        /// Beside the digits: the block's state and length, or the overrun in words.
        var state: String
        var detail: String
    }

    /// The countdown of the current block.
    static func countdown(_ app: ConsoleApp, timing: Timing) -> Countdown {
        let s = app.strings
        guard !timing.ended else {
            return Countdown(text: "0:00", style: Palette.dim, state: s.workshopOver, detail: "")
        }
        guard let current = timing.currentBlock else {
            return Countdown(text: "", style: Palette.dim, state: s.noBlocks, detail: "")
        }
        let length = s.ofMinutes(current.plannedMinutes)
        switch current.state {
        case .pending, .skipped, .done:
            return Countdown(text: TimeText.countdown(Double(current.plannedMinutes * 60)), style: Palette.dim,
                             state: "› " + s.notStarted, detail: s.pressSpaceToStart)
        case .running, .paused:
            let paused = current.state == .paused
            let state = paused ? "‖ " + s.paused + " — " + s.pressSpaceToResume : "▶ " + s.running
            if current.remainingSeconds < 0 {
                let over = TimeText.duration(max(current.overrunSeconds, -current.remainingSeconds))
                return Countdown(text: "+" + over, style: Palette.over, state: state, detail: s.over(over))
            }
            let near = current.remainingSeconds <= amberSeconds(plannedMinutes: current.plannedMinutes)
            return Countdown(text: TimeText.countdown(current.remainingSeconds), style: near ? Palette.amber : Palette.countdown,
                             state: state, detail: near ? s.nearlyTime + " · " + length : length)
        }
    }

    /// When a countdown turns amber: in the last 2 minutes, or the last 10% of a long block.
    static func amberSeconds(plannedMinutes: Int) -> Double {
        max(120, Double(plannedMinutes * 60) / 10)
    }

    /// The phase line: "fase 1/2 · Reflectie & invultijd · nog 2:14".
    static func phaseLine(_ app: ConsoleApp, timing: Timing) -> (text: String, style: Style)? {
        guard let phase = timing.phase, let block = app.currentBlock, !block.phases.isEmpty,
              timing.currentBlock?.state == .running || timing.currentBlock?.state == .paused
        else { return nil }
        let s = app.strings
        // The phase's own countdown before its name, so a narrow screen cuts the name, not the time.
        let number = s.phaseNumber(phase.index + 1, of: block.phases.count)
        if phase.remainingSeconds < 0 {
            return ("\(number) · \(s.over(TimeText.duration(-phase.remainingSeconds))) · \(phase.name)", Palette.over)
        }
        let near = phase.remainingSeconds <= amberSeconds(plannedMinutes: phase.minutes)
        return ("\(number) · \(s.left(TimeText.countdown(phase.remainingSeconds))) · \(phase.name)",
                near ? Palette.amber : Palette.plain)
    }

    private static func countdownBig(
        _ app: ConsoleApp, timing: Timing, scale: Int, in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        let c = countdown(app, timing: timing)
        // Once the workshop is over there is nothing to count down: only the words.
        let rows = timing.ended ? [] : Draw.big(c.text, scale: scale)
        let digitsWidth = timing.ended ? -4 : BigDigits.width(of: c.text) * scale
        let indent = rect.width >= 90 ? 4 : 2
        for (i, row) in rows.enumerated() {
            buffer.put(row, in: rect.inset(left: indent), line: i, style: c.style)
        }
        let side = rect.inset(left: indent + digitsWidth + 4)
        guard side.width >= 12 else { return }
        // Beside the digits, from the top: the state, the length or overrun, then the phase.
        let top = scale > 1 ? 2 : 0
        buffer.put(c.state, in: side, line: top, style: c.style == Palette.dim ? Palette.plain : Palette.title)
        buffer.put(c.detail, in: side, line: top + 1, style: c.style == Palette.countdown ? Palette.plain : c.style)
        if let phase = phaseLine(app, timing: timing) {
            Draw.wrapped(phase.text, in: side, line: top + 3, maxLines: 2, style: phase.style, into: &buffer)
        }
    }

    private static func countdownSmall(_ app: ConsoleApp, timing: Timing, in rect: Rect, into buffer: inout ScreenBuffer) {
        let c = countdown(app, timing: timing)
        var x = rect.x
        x += buffer.put(c.text, x: x, y: rect.y, style: c.style.bolded.reversed, maxWidth: rect.width)
        x += 1
        let words = c.style == Palette.over ? c.detail : "\(c.state) · \(c.detail)"
        buffer.put(DisplayWidth.truncate(words, to: max(0, rect.maxX - x)), x: x, y: rect.y,
                   style: c.style == Palette.countdown ? Palette.plain : c.style, maxWidth: max(0, rect.maxX - x))
        if rect.height > 1, let phase = phaseLine(app, timing: timing) {
            buffer.put(DisplayWidth.truncate(phase.text, to: rect.width), in: rect, line: 1, style: phase.style)
        }
    }

    /// "Which participant speaks?": the picker in a box over the lower half of the console.
    private static func speakerPicker(_ picker: PersonPicker, app: ConsoleApp, in area: Rect, into buffer: inout ScreenBuffer) {
        let found = picker.matches(in: app.session.activePeople).count
        let height = min(area.height, 3 + min(9, max(1, found)))
        let box = Rect(x: area.x, y: area.maxY - height, width: area.width, height: height)
        buffer.fill(box, style: Palette.plain)
        buffer.frame(box, style: Palette.title, title: app.strings.chooseSpeaker, titleStyle: Palette.title)
        PickerView.render(picker, app: app, in: box.inset(by: 1), into: &buffer)
    }
}
