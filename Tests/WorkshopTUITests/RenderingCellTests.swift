import Testing
@testable import WorkshopTUI

@Suite("Cells and clusters")
struct RenderingCellTests {
    /// The clusters of a string with their widths.
    private func clusters(_ s: String) -> [(String, Int)] {
        var text = s
        return text.withUTF8 { utf8 in
            var out: [(String, Int)] = []
            var it = TextClusters.Iterator(utf8)
            while let c = it.next() {
                out.append((String(decoding: UnsafeBufferPointer(rebasing: utf8[c.start..<c.end]), as: UTF8.self), c.width))
            }
            return out
        }
    }

    @Test("A cell takes 24 bytes, none of them padding, so rows compare with memcmp")
    func cellsAreSmallAndPacked() {
        #expect(MemoryLayout<Cell>.stride == 24)
        #expect(MemoryLayout<Cell>.size == MemoryLayout<Cell>.stride)
        // Equal cells made apart have equal bytes: the spare byte is 0, not whatever was in memory.
        let made = [Cell(text: "ï", width: 1, style: .plain.bolded), Cell(text: "ï", width: 1, style: .plain.bolded)]
        let bytes = made.withUnsafeBytes { Array($0) }
        #expect(Array(bytes[0..<24]) == Array(bytes[24..<48]))
    }

    @Test("Styles and cells compare equal exactly when every part is equal")
    func equalityByBytes() {
        var styles: [Style] = []
        for (n, fg) in Color.allCases.enumerated() {
            for bits in 0..<16 {
                styles.append(Style(fg: fg, bg: Color.allCases[(n + bits) % Color.allCases.count],
                                    bold: bits & 1 != 0, dim: bits & 2 != 0, reverse: bits & 4 != 0, underline: bits & 8 != 0))
            }
        }
        for fg in Color.allCases { styles.append(Style(bg: fg)) }
        func sameParts(_ a: Style, _ b: Style) -> Bool {
            a.fg == b.fg && a.bg == b.bg && a.bold == b.bold && a.dim == b.dim && a.reverse == b.reverse
                && a.underline == b.underline
        }
        for a in styles {
            for b in styles {
                #expect((a == b) == sameParts(a, b))
            }
        }
        let cells = ["a", "b", "ï", "日", ""].flatMap { text in
            [Style.plain, .plain.bolded, Style(fg: .red)].flatMap { style in
                [1, 2].map { Cell(text: text, width: text.isEmpty ? 0 : $0, style: style) }
            }
        }
        for a in cells {
            for b in cells {
                #expect((a == b) == (a.text == b.text && a.width == b.width && sameParts(a.style, b.style)))
            }
        }
    }

    @Test("A cell gives back exactly the text it was given, short or long")
    func roundTrip() {
        for text in ["", " ", "a", "ï", "e\u{301}", "日", "🇧🇪", "👍🏽", "1️⃣", "👨‍👩‍👧‍👦", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "abcdefghijklmno", "abcdefghijklmnop"] {
            let cell = Cell(text: text, width: 1)
            #expect(cell.text == text)
            #expect(cell == Cell(text: text, width: 1))
        }
        #expect(Cell(text: "👨‍👩‍👧‍👦", width: 2) != Cell(text: "👨‍👩‍👧", width: 2))
        #expect(Cell(text: "a", width: 1) != Cell(text: "b", width: 1))
        #expect(Cell(text: "a", width: 1, style: .plain.bolded) != Cell(text: "a", width: 1))
    }

    @Test("Clusters: marks, joiners, modifiers and flags stay with their character")
    func clustering() {
        let cases: [(String, [(String, Int)])] = [
            ("e\u{301}x", [("e\u{301}", 1), ("x", 1)]),
            ("👨‍👩‍👧!", [("👨‍👩‍👧", 2), ("!", 1)]),
            ("👍🏽👍", [("👍🏽", 2), ("👍", 2)]),
            ("🇧🇪🇳", [("🇧🇪", 2), ("🇳", 1)]),
            ("1️⃣", [("1️⃣", 1)]),
            ("\u{1100}\u{1161}\u{11A8}", [("\u{1100}\u{1161}\u{11A8}", 2)]),
            ("a\u{202E}b", [("a", 1), ("\u{202E}", 0), ("b", 1)]),
            ("a\u{200B}\r\nb", [("a", 1), ("\u{200B}", 0), ("\r", 0), ("\n", 0), ("b", 1)]),
            ("\u{301}a", [("\u{301}", 0), ("a", 1)]),
        ]
        for (text, expected) in cases {
            let found = clusters(text)
            #expect(found.map(\.0) == expected.map(\.0), "\(text.debugDescription)")
            #expect(found.map(\.1) == expected.map(\.1), "\(text.debugDescription)")
        }
    }

    @Test("Format characters such as bidi overrides and zero-width spaces are never put in a cell")
    func formatDropped() {
        var b = ScreenBuffer(width: 10, height: 1)
        b.put("a\u{202E}b\u{200B}c\u{2066}d", x: 0, y: 0)
        #expect(b.text() == "abcd")
    }

    @Test("A cell's single scalar is read from its bytes, and only when the text is exactly one scalar")
    func singleScalar() {
        for text in ["a", " ", "~", "é", "€", "█", "–", "中", "🔥", "\u{10FFFF}", "\u{7F}", "\u{A0}"] {
            #expect(Cell(text: text, width: 1).scalar == text.unicodeScalars.first, "\(text.debugDescription)")
        }
        for text in ["", "e\u{301}", "ab", "👍🏽", "🇧🇪", "👨‍👩‍👧"] {
            #expect(Cell(text: text, width: 1).scalar == nil, "\(text.debugDescription)")
        }
        #expect(Cell(continuationOf: .plain).scalar == nil)
    }
}
