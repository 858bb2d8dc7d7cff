import Foundation
import Testing
@testable import WorkshopWeb

@Suite struct QRCodeTests {
    let link = "http://192.168.1.23:8080/j/ABC234"

    @Test func theCodeIsASquareOfAValidVersionWithThreeFinderPatterns() throws {
        let code = try #require(QRCode(encoding: link))
        #expect(code.size >= 21 && (code.size - 21) % 4 == 0)
        #expect(code.modules.allSatisfy { $0.count == code.size })
        // Finder patterns: a 7×7 dark ring, a light ring inside, a dark 3×3 centre, at three corners.
        for (top, left) in [(0, 0), (0, code.size - 7), (code.size - 7, 0)] {
            for row in 0..<7 {
                for column in 0..<7 {
                    let ring = max(abs(row - 3), abs(column - 3))
                    #expect(code.isDark(row: top + row, column: left + column) == (ring != 2), "finder at \(top),\(left)")
                }
            }
        }
        // The fourth corner has no finder pattern.
        let corner = (0..<7).flatMap { r in (0..<7).map { c in code.isDark(row: code.size - 7 + r, column: code.size - 7 + c) } }
        #expect(corner.contains(false) && corner.contains(true))
    }

    @Test func halfBlocksPutTwoModuleRowsInOneTextRowWithAQuietZone() throws {
        let code = try #require(QRCode(encoding: link))
        let lines = code.halfBlockLines(quietZone: 2)
        #expect(lines.count == (code.size + 4 + 1) / 2)
        #expect(lines.allSatisfy { $0.count == code.size + 4 })
        #expect(lines[0].allSatisfy { $0 == " " })  // quiet zone rows 0 and 1 above the symbol
        // Row 1 of text holds module rows 0 and 1: the top-left finder's top edge is dark in both.
        let second = Array(lines[1])
        #expect(second[2] == "█")
        #expect(second[0] == " " && second[1] == " ")
        #expect(Set(lines.joined()).isSubset(of: [" ", "▀", "▄", "█"]))
        let inverted = code.halfBlockLines(quietZone: 2, inverted: true)
        #expect(inverted[0].allSatisfy { $0 == "█" })
    }

    @Test func theLargeVersionDrawsEachModuleTwoCellsWide() throws {
        let code = try #require(QRCode(encoding: link))
        let lines = QRCode.largeLines(for: link)
        #expect(lines.count == code.size + 4)
        #expect(lines.allSatisfy { $0.count == 2 * (code.size + 4) })
        #expect(Array(lines[2])[4] == "█" && Array(lines[2])[5] == "█")
        #expect(QRCode.lines(for: link) == code.halfBlockLines())
    }

    /// The half blocks as the console draws them, read back as pixels and scanned by zbarimg (Debian's
    /// zbar-tools): what a phone's camera gets is the join link itself.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg")))
    func theDrawnCodeScansAsTheJoinLink() throws {
        let lines = QRCode.lines(for: link)
        let width = try #require(lines.map(\.count).max())
        var pixels: [[Bool]] = []
        for line in lines {
            let cells = Array(line) + Array(repeating: " ", count: width - line.count)
            pixels.append(cells.map { $0 == "█" || $0 == "▀" })
            pixels.append(cells.map { $0 == "█" || $0 == "▄" })
        }
        // A grey-scale PGM, 8 pixels per module, dark modules black.
        let scale = 8
        var image = Data("P5 \(width * scale) \(pixels.count * scale) 255\n".utf8)
        for row in pixels {
            let line = row.flatMap { dark in Array(repeating: UInt8(dark ? 0 : 255), count: scale) }
            for _ in 0..<scale { image.append(contentsOf: line) }
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-qr-\(UUID().uuidString).pgm")
        try image.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let (status, output) = try runProgram("/usr/bin/zbarimg", ["--quiet", "--raw", file.path], dropErrors: true)
        let scanned = String(decoding: output, as: UTF8.self)
        #expect(status == 0)
        #expect(scanned.trimmingCharacters(in: .whitespacesAndNewlines) == link)
    }

    @Test func textTooLongForAQRCodeGivesNoLines() {
        #expect(QRCode.lines(for: String(repeating: "x", count: 8_000)).isEmpty)
    }
}
