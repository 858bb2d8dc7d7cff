import Foundation
import SwiftCSV
import Testing
import WorkshopMinutes
import WorkshopModel

/// The CSV files read back through an independent parser (SwiftCSV) give exactly the recorded texts.
@Suite struct MinutesCSVRoundTripTests {
    static let tricky = [
        "Komma's, \"aanhalingstekens\" en; puntkomma's",
        "Twee regels:\neerste\ntweede",
        "Accenten: financiële, creëren, één, Ü, ç — en een gedachtestreepje",
        "Ontbonden: cre\u{0065}\u{0308}ren",
        "=SUM(A1:A2) zou een formule zijn",
        "Gewoon",
    ]

    static func session() -> Session {
        let agenda = Agenda(
            title: "Proef", language: .nl, people: [Person(name: "Mia Dubois", role: .participant, group: "Groen; Links")],
            blocks: [Block(id: "d", kind: .debate, title: "Debat, één", plannedStart: ClockTime(hour: 20, minute: 0),
                           plannedMinutes: 20)]
        )
        let start = Date(timeIntervalSince1970: 1_699_470_000)
        var events = [Event(at: Instant(elapsed: 0, wall: start), .startBlock)]
        for (index, text) in tricky.enumerated() {
            let at = Instant(elapsed: Double(index + 1), wall: start.addingTimeInterval(Double(index + 1)))
            events.append(Event(at: at, .addAnswer(block: "d", person: 1, text: text, tags: ["a,b", "c;d"], origin: .console)))
        }
        return Session(agenda: agenda, timeZoneID: "Europe/Brussels", events: events)
    }

    /// The answers file of `minutes`, parsed by SwiftCSV: rows without the header.
    static func parsedAnswers(excel: Bool) throws -> (header: [String], rows: [[String]]) {
        let files = CSVMinutes.files(Minutes(session: session()), excel: excel)
        let data = try #require(files.first { $0.name == "answers.csv" }?.data)
        let bom = Data([0xEF, 0xBB, 0xBF])
        #expect(data.starts(with: bom) == excel)
        #expect(data.suffix(2) == Data([0x0D, 0x0A]))
        var text = String(decoding: excel ? data.dropFirst(3) : data[...], as: UTF8.self)
        // SwiftCSV splits records at LF; it keeps a CR, so records are compared after CRLF becomes LF.
        text = text.replacing("\r\n", with: "\n")
        let csv = try EnumeratedCSV(string: text, delimiter: excel ? .semicolon : .comma, loadColumns: false)
        return (csv.header, csv.rows)
    }

    @Test func commaSeparatedRoundTrip() throws {
        let (header, rows) = try Self.parsedAnswers(excel: false)
        #expect(header.first == "Nr" && header.count == 11)
        #expect(rows.count == Self.tricky.count)
        #expect(rows.map { $0[5] } == Self.tricky)
        #expect(rows.allSatisfy { $0[2] == "Debat, één" && $0[3] == "Mia Dubois" && $0[4] == "Groen; Links" })
        #expect(rows.allSatisfy { $0[6] == "a,b, c;d" })
    }

    @Test func excelRoundTripKeepsTextAndGuardsFormulas() throws {
        let (_, rows) = try Self.parsedAnswers(excel: true)
        let expected = Self.tricky.map { $0.hasPrefix("=") ? "'" + $0 : $0 }
        #expect(rows.map { $0[5] } == expected)
        #expect(rows.allSatisfy { $0[4] == "Groen; Links" })
    }

    @Test func excelUsesDecimalCommas() throws {
        let files = CSVMinutes.files(Minutes(session: MechelenEvening.session()), excel: true)
        let timings = String(decoding: try #require(files.first { $0.name == "timings.csv" }).data.dropFirst(3), as: UTF8.self)
        let csv = try EnumeratedCSV(string: timings.replacing("\r\n", with: "\n"), delimiter: .semicolon, loadColumns: false)
        #expect(csv.rows.count == 7)
        #expect(csv.rows[0][10] == "27,0")
        #expect(csv.rows[0][11] == "2,0")
    }

    @Test func everyFileParsesWithTheSameNumberOfFields() throws {
        for excel in [false, true] {
            for file in CSVMinutes.files(Minutes(session: MechelenEvening.session()), excel: excel) {
                let text = String(decoding: excel ? file.data.dropFirst(3) : file.data[...], as: UTF8.self)
                let csv = try EnumeratedCSV(string: text.replacing("\r\n", with: "\n"), delimiter: excel ? .semicolon : .comma,
                                            loadColumns: false)
                #expect(!csv.rows.isEmpty, "\(file.name) is empty")
                for row in csv.rows { #expect(row.count == csv.header.count, "\(file.name): \(row)") }
            }
        }
    }
}
