/// A GitHub-style Markdown table, padded so it also lines up as plain text.
struct MarkdownTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    /// Cells already escaped for Markdown.
    var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map { MarkdownText.cell($0.0) }
        alignments = columns.map(\.1)
    }

    mutating func add(_ cells: [String]) { rows.append(cells) }

    /// The table's lines.
    func lines() -> [String] {
        var widths = headers.map { max(3, DisplayWidth.of($0)) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            let padded = widths.indices.map { index -> String in
                let cell = index < cells.count ? cells[index] : ""
                let fill = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
                return alignments[index] == .right ? fill + cell : cell + fill
            }
            return ("| " + padded.joined(separator: " | ") + " |").trimmingTrailingSpaces()
        }
        let rule = widths.indices.map { index in
            alignments[index] == .right ? String(repeating: "-", count: widths[index] - 1) + ":"
                : String(repeating: "-", count: widths[index])
        }
        return [line(headers), "| " + rule.joined(separator: " | ") + " |"] + rows.map(line)
    }
}
