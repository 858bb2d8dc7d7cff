import WorkshopModel

/// The agenda as a list: each block's state mark, number, planned and actual times and title. A window
/// around the current block when not all blocks fit.
enum AgendaView {
    static func render(_ app: ConsoleApp, timing: Timing, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height >= 2 else {
            if rect.height == 1 { row(app, timing: timing, index: timing.current, in: rect, into: &buffer) }
            return
        }
        let s = app.strings
        Draw.heading(s.agenda, in: rect, into: &buffer)
        let list = rect.take(top: 1).rest
        let count = timing.blocks.count
        // Keep the current block in view, with the one before it when possible.
        let first = max(0, min(timing.current - 1, count - list.height))
        for line in 0..<min(list.height, count - first) {
            row(app, timing: timing, index: first + line, in: list.row(line), into: &buffer)
        }
    }

    /// The mark that says a block's state without colour.
    static func mark(_ state: BlockState, current: Bool) -> String {
        switch state {
        case .done: "✓"
        case .running: "▶"
        case .paused: "‖"
        case .skipped: "–"
        case .pending: current ? "›" : " "
        }
    }

    private static func row(_ app: ConsoleApp, timing: Timing, index: Int, in rect: Rect, into buffer: inout ScreenBuffer) {
        let block = timing.blocks[index]
        let current = index == timing.current && !timing.ended
        let zone = app.session.timeZone
        let wide = rect.width >= 60
        let planned = wide ? "\(block.plannedStart)–\(block.plannedEnd)" : "\(block.plannedStart)"
        var actual = ""
        if let start = block.actualStart {
            let from = TimeText.clock(start, in: zone, seconds: false)
            actual = block.actualEnd.map { "\(from)–\(TimeText.clock($0, in: zone, seconds: false))" } ?? "\(from)–"
            if wide, block.actualEnd != nil { actual += " " + TimeText.minutes(block.runningSeconds) }
        } else if block.state == .skipped, wide {
            actual = app.strings.skipped
        }
        let style: Style = current ? Palette.title : (block.state == .done || block.state == .skipped ? Palette.dim : Palette.plain)
        let number = timing.blocks.count > 9 ? DisplayWidth.pad("\(index + 1)", to: 2, align: .right) : "\(index + 1)"
        let head = "\(mark(block.state, current: index == timing.current)) \(number) \(planned) "
        let actualWidth = wide ? 18 : 11
        let shownActual = actual.isEmpty ? "" : DisplayWidth.pad(actual, to: actualWidth)
        let titleWidth = rect.width - DisplayWidth.of(head) - (actual.isEmpty && !wide ? 0 : actualWidth + 1)
        var x = rect.x
        x += buffer.put(head, x: x, y: rect.y, style: style, maxWidth: rect.width)
        guard titleWidth > 0 else { return }
        buffer.put(DisplayWidth.truncate(block.title, to: titleWidth), x: x, y: rect.y, style: style, maxWidth: titleWidth)
        if !shownActual.isEmpty {
            buffer.put(shownActual, x: rect.maxX - actualWidth, y: rect.y, style: style, maxWidth: actualWidth)
        }
    }
}
