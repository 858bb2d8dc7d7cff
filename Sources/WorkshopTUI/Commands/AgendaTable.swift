import ArgumentParser
import Foundation
import WorkshopModel

/// `workshop agenda [FILE]`: the planned timeline of an agenda as an aligned table.
struct AgendaTable: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Print an agenda's planned timeline as a table: times, minutes, kind, title, lead, phases, polls.",
        discussion: """
            Without FILE the bundled Mechelen agenda is shown. The table is in the agenda's language unless \
            --lang says otherwise. A file that is not a valid agenda prints its problems as \
            FILE:LINE:COLUMN: error: message (see `workshop validate`) and exits with status 1.
            """
    )

    @Argument(help: ArgumentHelp("The agenda file (YAML). Without it: the bundled Mechelen agenda.", valueName: "file"))
    var file: String?

    @Option(name: .long, help: "Language of the table: nl or en (default: the agenda's `language`).")
    var lang: Language?

    func run() throws {
        var agenda = BundledAgenda.mechelen()
        if let file {
            let result = AgendaLoader.load(path: file)
            for diagnostic in result.diagnostics {
                Validate.write(diagnostic.formatted, to: .standardError)
            }
            guard let loaded = result.agenda else { throw ExitCode(1) }
            agenda = loaded
        }
        Validate.write(AgendaTable.render(agenda, language: lang ?? agenda.language), to: .standardOutput)
    }

    /// The widest a text column may get before it is cut with "…", so a row fits a wide terminal.
    static let textColumnLimit = 60

    /// The heading lines and the table, without a trailing newline.
    static func render(_ agenda: Agenda, language: Language) -> String {
        let words = Strings(language)
        var lines = [clean(agenda.title)]
        if let subtitle = agenda.subtitle { lines.append(clean(subtitle)) }
        var facts: [String] = []
        if let date = agenda.date { facts.append(date.description) }
        if let place = agenda.place { facts.append(clean(place)) }
        let target = Int((agenda.participationTarget * 100).rounded())
        facts.append(words.t("doel participatietijd \(target)%", "participation target \(target)%"))
        lines.append(facts.joined(separator: " · "))
        lines.append("")

        let header = [
            words.t("Tijd", "Time"), words.t("Min", "Min"), words.t("Soort", "Kind"), words.t("Titel", "Title"),
            words.t("Leiding", "Lead"), words.t("Fasen", "Phases"), words.t("Stemmingen", "Polls"),
        ]
        let rows = agenda.blocks.map { block in
            [
                "\(block.plannedStart)–\(block.plannedEnd)",
                "\(block.plannedMinutes)",
                words.kind(block.kind),
                clean(block.title),
                block.lead.map(clean) ?? "",
                block.phases.map { "\($0.minutes) \(clean($0.name))" }.joined(separator: ", "),
                block.polls.map { pollSummary($0, words: words) }.joined(separator: ", "),
            ]
        }
        let total = agenda.blocks.reduce(0) { $0 + $1.plannedMinutes }
        let span = agenda.plannedStart.flatMap { start in agenda.plannedEnd.map { "\(start)–\($0)" } } ?? ""
        let footer = [span, "\(total)", words.t("totaal", "total"), "", "", "", ""]
        lines += table([header] + rows + [footer], rightAligned: [1], ruleAfter: [0, rows.count])
        return lines.joined(separator: "\n")
    }

    /// "schaal 1–5", "rangschikking (4)", "open".
    static func pollSummary(_ poll: Poll, words: Strings) -> String {
        let kind = words.pollKind(poll.kind)
        switch poll.kind {
        case .scale: return "\(kind) \(poll.min)–\(poll.max)"
        case .single, .multi, .ranking: return "\(kind) (\(poll.options.count))"
        case .open, .trafficLight: return kind
        }
    }

    /// Lines of aligned columns; widths count terminal columns, so accents, CJK and emoji line up.
    static func table(_ rows: [[String]], rightAligned: Set<Int>, ruleAfter: Set<Int>) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], min(DisplayWidth.of(cell), textColumnLimit))
            }
        }
        // Columns empty in every row (e.g. no block has phases) are left out.
        let shown = (0..<columns).filter { column in rows.dropFirst().contains { !$0[column].isEmpty } }
        var lines: [String] = []
        for (index, row) in rows.enumerated() {
            let cells = shown.map { column in
                DisplayWidth.pad(row[column], to: widths[column], align: rightAligned.contains(column) ? .right : .left)
            }
            lines.append(String(cells.joined(separator: "  ").reversed().drop { $0 == " " }.reversed()))
            if ruleAfter.contains(index) {
                lines.append(shown.map { String(repeating: "─", count: widths[$0]) }.joined(separator: "  "))
            }
        }
        return lines
    }

    /// Text from the file without control or bidirectional-override characters, on one line.
    static func clean(_ text: String) -> String {
        DisplayWidth.sanitized(text.replacingOccurrences(of: "\n", with: " "))
    }
}
