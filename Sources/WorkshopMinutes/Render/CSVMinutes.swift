import Foundation
import WorkshopModel

/// The minutes as CSV files for spreadsheets, one per kind of record: answers, votes, results, actions,
/// notes (feedback and free notes) and timings.
///
/// By default: comma-separated, UTF-8, decimal points. For Dutch-locale Excel (`excel`): semicolons, a UTF-8
/// byte order mark, decimal commas, and a text cell that starts with `=`, `+`, `-` or `@` gets a leading
/// apostrophe so Excel shows it instead of running it as a formula.
public enum CSVMinutes {
    /// The file names, in the order they are written.
    public static let fileNames = ["answers.csv", "votes.csv", "results.csv", "actions.csv", "notes.csv", "timings.csv"]

    /// Every CSV file of the minutes.
    public static func files(_ minutes: Minutes, excel: Bool = false) -> [CSVMinutesFile] {
        let sheet = CSVSheet(minutes: minutes, excel: excel)
        let tables = [sheet.answers(), sheet.votes(), sheet.results(), sheet.actions(), sheet.notes(), sheet.timings()]
        return zip(fileNames, tables).map { name, table in
            CSVMinutesFile(name: name, data: table.encoded(separator: excel ? UInt8(ascii: ";") : UInt8(ascii: ","),
                                                           byteOrderMark: excel))
        }
    }

    /// Writes every CSV file into `folder`, creating it if needed; existing files of the same names are replaced.
    public static func write(_ minutes: Minutes, to folder: URL, excel: Bool = false) throws(MinutesError) {
        let files = files(minutes, excel: excel)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw MinutesError("cannot create the folder \(folder.path) for the CSV files: \(error.localizedDescription) — choose another folder with -o")
        }
        for file in files {
            let url = folder.appendingPathComponent(file.name)
            do {
                try file.data.write(to: url, options: .atomic)
            } catch {
                throw MinutesError("cannot write \(url.path): \(error.localizedDescription) — check that the folder is writable")
            }
        }
    }
}

/// The rows of each CSV file.
private struct CSVSheet {
    let minutes: Minutes
    let excel: Bool
    let strings: MinutesStrings
    let numbers: NumberText
    let clock: WallClock

    init(minutes: Minutes, excel: Bool) {
        self.minutes = minutes
        self.excel = excel
        strings = MinutesStrings.for(minutes.language)
        numbers = NumberText(decimalMark: excel ? "," : ".")
        clock = WallClock(zoneID: minutes.timeZone)
    }

    /// A recorded text as a cell; for Excel, a leading formula character is neutralised.
    func text(_ value: String?) -> String {
        guard let value else { return "" }
        guard excel, let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }

    func date(_ value: Date?) -> String { value.map(clock.spreadsheet) ?? "" }

    func flag(_ value: Bool) -> String { value ? strings.yes : strings.no }

    func answers() -> CSVTable {
        var table = CSVTable(header: strings.csvAnswers)
        for round in minutes.rounds {
            for answer in round.answers {
                table.add([String(answer.id), text(round.blockID), text(round.blockTitle), text(answer.person),
                           text(answer.group), text(answer.text), text(answer.tags.joined(separator: ", ")),
                           flag(answer.hidden), text(answer.origin ?? strings.noteTakerSource),
                           date(answer.recordedAt), date(answer.editedAt)])
            }
        }
        return table
    }

    func votes() -> CSVTable {
        var table = CSVTable(header: strings.csvVotes)
        for poll in minutes.polls {
            let kind = strings.kind(poll.kind)
            for ballot in poll.ballots {
                table.add([text(poll.id), text(poll.question), kind, text(ballot.voter), text(ballot.group),
                           text(ballot.choice), ballot.values.map(String.init).joined(separator: " "),
                           String(ballot.count)])
            }
        }
        return table
    }

    func results() -> CSVTable {
        var table = CSVTable(header: strings.csvResults)
        for poll in minutes.polls where poll.kind != .open {
            for (place, row) in poll.rows.enumerated() {
                table.add([text(poll.id), text(poll.question), strings.kind(poll.kind), strings.status(poll.status),
                           String(place + 1), text(row.label), String(row.count),
                           numbers.decimal(row.percent, places: 1), row.points.map(String.init) ?? ""])
            }
        }
        return table
    }

    func actions() -> CSVTable {
        var table = CSVTable(header: strings.csvActions)
        for (index, action) in minutes.actions.enumerated() {
            table.add([String(index + 1), text(action.what), text(action.who), text(action.due), date(action.recordedAt)])
        }
        return table
    }

    func notes() -> CSVTable {
        var table = CSVTable(header: strings.csvNotes)
        for (kind, notes) in [(strings.feedbackKind, minutes.feedback), (strings.noteKind, minutes.notes)] {
            for (index, note) in notes.enumerated() {
                table.add([kind, String(index + 1), text(note.text), text(note.blockTitle), date(note.recordedAt)])
            }
        }
        return table
    }

    func timings() -> CSVTable {
        var table = CSVTable(header: strings.csvTimings)
        let talk = Dictionary(minutes.participation.perBlock.compactMap { row in row.blockID.map { ($0, row) } },
                              uniquingKeysWith: { first, _ in first })
        for block in minutes.schedule.blocks {
            let time = talk[block.id]
            table.add([
                String(block.number), text(block.id), text(block.title), block.kind.rawValue, strings.state(block.state),
                block.plannedStart.description, block.plannedEnd.description, String(block.plannedMinutes),
                block.actualStart?.description ?? "", block.actualEnd?.description ?? "",
                block.ran ? numbers.decimal(block.runningSeconds / 60, places: 1) : "",
                block.ran ? numbers.decimal(block.overSeconds / 60, places: 1) : "",
                time.map { numbers.decimal($0.participantSeconds, places: 0) } ?? "",
                time.map { numbers.decimal($0.moderatorSeconds, places: 0) } ?? "",
                time.map { numbers.decimal($0.presenterSeconds, places: 0) } ?? "",
                time?.share.map { numbers.decimal($0 * 100, places: 1) } ?? "",
            ])
        }
        return table
    }
}
