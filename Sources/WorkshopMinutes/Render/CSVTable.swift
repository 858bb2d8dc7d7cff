import Foundation

/// Rows of one CSV file, written by RFC 4180: records end in CRLF, and a field is quoted (its quotes
/// doubled) when it holds the separator, a quote, CR or LF.
///
/// Written here rather than with CSV.swift's `CSVWriter`: on Linux that writer searches every field five
/// times through `NSString` and hands the stream one byte per call, which took 15 s for the 7.8 MB of a
/// session with 50,000 votes; this takes a few milliseconds. SwiftCSV reads the files back in the tests.
struct CSVTable {
    var rows: [[String]]

    init(header: [String]) { rows = [header] }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// The file's bytes: optionally a UTF-8 byte order mark first, every record ended by CRLF.
    func encoded(separator: UInt8, byteOrderMark: Bool) -> Data {
        var bytes: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        bytes.reserveCapacity(rows.count * 96)
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 { bytes.append(separator) }
                CSVTable.append(field, separator: separator, to: &bytes)
            }
            bytes.append(0x0D)
            bytes.append(0x0A)
        }
        return Data(bytes)
    }

    private static func append(_ field: String, separator: UInt8, to bytes: inout [UInt8]) {
        var field = field
        field.withUTF8 { utf8 in
            var needsQuotes = false
            for byte in utf8 where byte == separator || byte == 0x22 || byte == 0x0D || byte == 0x0A {
                needsQuotes = true
                break
            }
            guard needsQuotes else { return bytes.append(contentsOf: utf8) }
            bytes.append(0x22)
            for byte in utf8 {
                if byte == 0x22 { bytes.append(0x22) }
                bytes.append(byte)
            }
            bytes.append(0x22)
        }
    }
}
