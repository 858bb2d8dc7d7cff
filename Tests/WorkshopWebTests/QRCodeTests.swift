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

    @Test func textTooLongForAQRCodeGivesNoLines() {
        #expect(QRCode.lines(for: String(repeating: "x", count: 8_000)).isEmpty)
    }
}
