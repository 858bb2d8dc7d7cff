import WorkshopModel

/// A poll's choices and, once revealed, its result as bars: per row the key that votes for it (on the
/// poll screen), the label, a bar, the count and the percentage; for a scale the mean and median; for a
/// ranking the Borda points. Used by the poll screen and, smaller, by the console.
enum TallyView {
    /// One line of choices or result.
    private struct Row {
        var key: String?
        var label: String
        var numbers: String?
        /// The bar's length relative to the longest (0–1); nil while hidden.
        var bar: Double?
    }

    /// Draws the poll's rows into `rect` and returns the rows used. `keys` labels each value with the key
    /// that votes for it; without `revealed` only the choices are listed, in the poll's own order, so a
    /// ranking's order gives nothing away.
    @discardableResult
    static func render(
        _ tally: Tally, strings s: Strings, keys: ((Int) -> String?)? = nil, revealed: Bool = true, in rect: Rect,
        into buffer: inout ScreenBuffer, maxBar: Int = 40
    ) -> Int {
        guard !rect.isEmpty else { return 0 }
        let poll = tally.poll
        if poll.kind == .open {
            return revealed ? openAnswers(tally, strings: s, in: rect, into: &buffer) : 0
        }
        let rows = revealed ? resultRows(tally, strings: s, keys: keys) : choiceRows(poll, strings: s, keys: keys)
        let heads = rows.map { row in (row.key.map { $0 + " " } ?? "") + row.label }
        let longest = heads.map(DisplayWidth.of).max() ?? 0
        let numberWidth = rows.compactMap { $0.numbers.map(DisplayWidth.of) }.max() ?? 0
        let footer = revealed ? 1 : 0
        // Long labels get a line of their own above the bar when there are rows enough; else they are cut.
        let cap = max(8, rect.width * 2 / 5)
        let twoLines = revealed && longest > cap && rows.count * 2 + footer <= rect.height
        let labelWidth = twoLines || !revealed ? min(longest, rect.width) : min(longest, cap)
        let barStart = twoLines ? 4 : labelWidth + 1
        let barWidth = min(maxBar, rect.width - barStart - numberWidth - 1)
        var line = 0
        for (i, row) in rows.enumerated() where line < rect.height {
            buffer.put(DisplayWidth.pad(heads[i], to: labelWidth), in: rect, line: line)
            if twoLines { line += 1 }
            guard line < rect.height else { break }
            if let bar = row.bar, let numbers = row.numbers {
                var x = rect.x + barStart
                if barWidth >= 3 {
                    let cells = Int((bar * Double(barWidth)).rounded())
                    buffer.put(String(repeating: "█", count: cells), x: x, y: rect.y + line, style: Palette.bar, maxWidth: barWidth)
                    x += cells + 1
                }
                buffer.put(numbers, x: x, y: rect.y + line, style: Palette.title, maxWidth: max(0, rect.maxX - x))
            }
            line += 1
        }
        if revealed, line < rect.height, poll.kind == .scale, let mean = tally.mean, let median = tally.median {
            let text = "\(s.mean) \(s.decimal(mean)) · \(s.median) \(s.decimal(median))"
            buffer.put(DisplayWidth.truncate(text, to: rect.width), in: rect, line: line, style: Palette.title)
            line += 1
        }
        return line
    }

    /// The choices in the poll's order, without results.
    private static func choiceRows(_ poll: Poll, strings s: Strings, keys: ((Int) -> String?)?) -> [Row] {
        let values: [Int]
        switch poll.kind {
        case .scale: values = Array(poll.scaleValues)
        case .trafficLight: values = TrafficLight.allCases.map(\.rawValue)
        default: values = Array(poll.options.indices)
        }
        return values.map { value in
            Row(key: keys?(value), label: label(value: value, poll: poll, fallback: "\(value)", strings: s))
        }
    }

    /// The tally's rows with bars scaled to the largest, so small differences still show.
    private static func resultRows(_ tally: Tally, strings s: Strings, keys: ((Int) -> String?)?) -> [Row] {
        let top = tally.rows.map(\.count).max() ?? 0
        let topPoints = tally.rows.compactMap(\.points).max() ?? 0
        return tally.rows.map { row in
            let numbers: String
            let bar: Double
            if let points = row.points {
                numbers = "\(points) \(s.points) · \(s.firstPlaces(row.count))"
                bar = topPoints > 0 ? Double(points) / Double(topPoints) : 0
            } else {
                numbers = "\(row.count) · \(TimeText.percent(row.percent / 100))"
                bar = top > 0 ? Double(row.count) / Double(top) : 0
            }
            return Row(key: keys?(row.value), label: label(value: row.value, poll: tally.poll, fallback: row.label, strings: s),
                       numbers: numbers, bar: bar)
        }
    }

    /// An open poll: the most frequent words, then the answers themselves.
    private static func openAnswers(_ tally: Tally, strings: Strings, in rect: Rect, into buffer: inout ScreenBuffer) -> Int {
        var line = 0
        if !tally.words.isEmpty {
            let words = tally.words.prefix(12).map { "\($0.word) (\($0.count))" }.joined(separator: " · ")
            line += Draw.wrapped(words, in: rect, line: line, maxLines: 2, style: Palette.title, into: &buffer)
        }
        for text in tally.texts where line < rect.height {
            line += Draw.wrapped("• " + text.replacingNewlines(), in: rect, line: line, maxLines: 2, into: &buffer)
        }
        return line
    }

    /// A value's label: the option, the scale value with its words, or the traffic light's colour in words.
    static func label(value: Int, poll: Poll, fallback: String, strings: Strings) -> String {
        switch poll.kind {
        case .scale:
            return poll.labels[value].map { "\(value) \($0)" } ?? "\(value)"
        case .trafficLight:
            return TrafficLight(rawValue: value).map(strings.light) ?? fallback
        case .single, .multi, .ranking:
            return poll.options.indices.contains(value) ? poll.options[value] : fallback
        case .open:
            return fallback
        }
    }
}
