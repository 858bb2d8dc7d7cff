import WorkshopModel

/// Who speaks now, and the participants' share of the talk in this block and overall against the target,
/// as numbers and as gauges with a marker at the target.
enum ParticipationView {
    static func render(_ app: ConsoleApp, at now: Instant, timing: Timing, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let s = app.strings
        let talk = app.session.participation(at: now)
        let block = talk.perBlock.indices.contains(timing.current) ? talk.perBlock[timing.current].share : nil
        let overall = talk.overall.share
        let target = talk.target
        var speaker = s.speaker(talk.nowSpeaking, in: app.session)
        if let turn = app.session.turns.last, turn.end == nil, talk.nowSpeaking != .nobody {
            speaker += " · " + TimeText.duration(max(0, now.elapsed - turn.start))
        }
        let percent = { (share: Double?) in share.map(TimeText.percent) ?? "—" }
        let goal = "\(s.target) \(TimeText.percent(target))"

        if rect.height == 1 {
            let text = "\(s.speaking): \(speaker) · \(s.thisBlock) \(percent(block)) · \(s.overall) \(percent(overall)) · \(goal)"
            buffer.put(DisplayWidth.truncate(text, to: rect.width), in: rect)
            return
        }
        var x = rect.x
        x += buffer.put("\(s.speaking): ", x: x, y: rect.y, style: Palette.plain, maxWidth: rect.width)
        buffer.put(DisplayWidth.truncate(speaker, to: max(0, rect.maxX - x)), x: x, y: rect.y, style: Palette.title,
                   maxWidth: max(0, rect.maxX - x))
        // The target in words as well as the marker, as room allows.
        let used = DisplayWidth.of("\(s.speaking): \(speaker)") + 3
        for right in ["\(s.participantsShare) · \(goal)", goal] where used + DisplayWidth.of(right) <= rect.width {
            buffer.put(right, in: rect, line: 0, style: Palette.dim, align: .right)
            break
        }

        // Two gauges side by side when there is room, else the block's only.
        let row = rect.row(1)
        let halves = row.width >= 60 ? row.columns([nil, nil], spacing: 3) : [row]
        gauge(s.thisBlock, share: block, target: target, in: halves[0], into: &buffer)
        if halves.count > 1 {
            gauge(s.overall, share: overall, target: target, in: halves[1], into: &buffer)
        }
    }

    /// "dit blok ███████░░│░ 64%".
    private static func gauge(_ label: String, share: Double?, target: Double, in rect: Rect, into buffer: inout ScreenBuffer) {
        let number = share.map(TimeText.percent) ?? "—"
        let labelWidth = DisplayWidth.of(label) + 1
        let numberWidth = 5
        let barWidth = rect.width - labelWidth - numberWidth
        buffer.put(label, x: rect.x, y: rect.y, style: Palette.plain, maxWidth: rect.width)
        guard barWidth >= 5 else { return }
        let meets = (share ?? 0) >= target && share != nil
        Draw.gauge(&buffer, x: rect.x + labelWidth, y: rect.y, width: barWidth, fraction: share ?? 0, marker: target,
                   style: meets ? Palette.barGood : Palette.barShort)
        buffer.put(DisplayWidth.pad(number, to: numberWidth, align: .right), x: rect.x + labelWidth + barWidth, y: rect.y,
                   style: Palette.title, maxWidth: numberWidth)
    }
}
