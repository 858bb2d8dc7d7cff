import Testing
@testable import WorkshopTUI

@Suite("Screen buffer")
struct RenderingScreenBufferTests {
    @Test("Text lands where it is put and the buffer prints as trimmed rows")
    func putAndText() {
        var b = ScreenBuffer(width: 10, height: 3)
        let n = b.put("Geïntegreerde", x: 1, y: 1)
        #expect(n == 9)
        #expect(b.text() == "\n Geïntegre\n")
        #expect(b[3, 1].text == "ï")
    }

    @Test("Nothing is drawn past the buffer, in any direction")
    func clipsAtEdges() {
        var b = ScreenBuffer(width: 4, height: 2)
        b.put("abcdef", x: -2, y: 0)
        b.put("zz", x: 0, y: 2)
        b.put("zz", x: 0, y: -1)
        b.put("xy", x: 3, y: 1)
        #expect(b.text() == "cdef\n   x")
    }

    @Test("maxWidth and a rectangle clip the text")
    func clipsAtArea() {
        var b = ScreenBuffer(width: 12, height: 2)
        b.put("Mechelaar", x: 0, y: 0, maxWidth: 4)
        b.put("Mechelaar", in: Rect(x: 6, y: 1, width: 3, height: 1))
        b.put("nope", in: Rect(x: 6, y: 1, width: 3, height: 1), line: 1)
        #expect(b.text() == "Mech\n      Mec")
    }

    @Test("A wide character cut at the edge becomes a space, never half a glyph")
    func wideCutAtEdge() {
        var b = ScreenBuffer(width: 5, height: 1)
        let n = b.put("ab日本", x: 0, y: 0)
        #expect(n == 5)
        #expect(b[2, 0] == Cell(text: "日", width: 2))
        #expect(b[3, 0].isContinuation)
        #expect(b[4, 0].text == " ")
        var c = ScreenBuffer(width: 6, height: 1)
        c.put("日本", x: 0, y: 0, maxWidth: 3)
        #expect(c.text() == "日")
        #expect(c[2, 0] == .blank)
    }

    @Test("A wide character cut at the left edge of a rectangle shows as a space")
    func wideCutAtLeft() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("x", x: 0, y: 0)
        b.put("日本", in: Rect(x: 1, y: 0, width: 4, height: 1))
        // Put at x 1: 日 in 1–2, 本 in 3–4, all inside.
        #expect(b.text() == "x日本")
        b.put("日本", x: -1, y: 0)
        #expect(b.text() == " 本本")
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func overwriteHalves() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("日本語", x: 0, y: 0)
        b.put("a", x: 1, y: 0)  // right half of 日
        b.put("b", x: 2, y: 0)  // left half of 本
        #expect(b.text() == " ab 語")
        for x in 0..<6 where b[x, 0].isContinuation {
            #expect(b[x - 1, 0].width == 2)
        }
    }

    @Test("Emoji sequences and flags stay whole in one cell")
    func emojiCells() {
        var b = ScreenBuffer(width: 8, height: 1)
        b.put("👨‍👩‍👧🇧🇪!", x: 0, y: 0)
        #expect(b[0, 0].text == "👨‍👩‍👧")
        #expect(b[2, 0].text == "🇧🇪")
        #expect(b[4, 0].text == "!")
        #expect(b.text() == "👨‍👩‍👧🇧🇪!")
    }

    @Test("Control characters and escape bytes never reach a cell")
    func noControls() {
        var b = ScreenBuffer(width: 20, height: 1)
        b.put("a\u{1B}]0;pwned\u{7}b\r\nc\u{0}d", x: 0, y: 0)
        #expect(b.text() == "a]0;pwnedbcd")
        for x in 0..<20 {
            #expect(b[x, 0].text.unicodeScalars.allSatisfy { !DisplayWidth.isControl($0) })
        }
    }

    @Test("Alignment inside a rectangle")
    func alignment() {
        var b = ScreenBuffer(width: 10, height: 3)
        let r = Rect(x: 0, y: 0, width: 10, height: 3)
        b.put("ab", in: r, line: 0, align: .left)
        b.put("ab", in: r, line: 1, align: .center)
        b.put("ab", in: r, line: 2, align: .right)
        #expect(b.text() == "ab\n    ab\n        ab")
    }

    @Test("fill and style touch only their rectangle, clipped to the buffer")
    func fillAndStyle() {
        var b = ScreenBuffer(width: 4, height: 3)
        b.fill(Rect(x: 2, y: 1, width: 5, height: 5), style: .plain, char: "#")
        b.style(Rect(x: -1, y: 0, width: 2, height: 2)) { $0.bold = true }
        #expect(b.text() == "\n  ##\n  ##")
        #expect(b.styleMask { $0.bold } == "#\n#\n")
        b.fill(Rect(x: 0, y: 0, width: 1, height: 1), style: .plain, char: "日")
        #expect(b[0, 0] == .blank)
    }

    @Test("A frame draws a box with its title inside its rectangle")
    func frame() {
        var b = ScreenBuffer(width: 12, height: 3)
        b.frame(Rect(x: 0, y: 0, width: 12, height: 3), title: "Agenda en tijden")
        #expect(b.text() == "┌─ Agenda …┐\n│          │\n└──────────┘")
    }

    @Test("A zero-sized buffer accepts drawing without effect")
    func empty() {
        var b = ScreenBuffer(width: 0, height: 0)
        b.put("x", x: 0, y: 0)
        b.fill(Rect(width: 3, height: 3), style: .plain)
        #expect(b.text() == "")
        #expect(b[0, 0] == .blank)
    }

    @Test("A copy shares its rows until one is written; rows compare equal by content either way")
    func rowsShareUntilWritten() {
        var before = ScreenBuffer(width: 6, height: 3)
        before.put("één", x: 0, y: 0)
        before.put("Mechelen", x: 0, y: 2)
        var after = before
        #expect((0..<3).allSatisfy { after.sharesRow($0, with: before) })
        after.fill(Rect(x: 0, y: 2, width: 6, height: 1), style: .plain)
        after.put("Mech", x: 0, y: 2)
        #expect(after.sharesRow(0, with: before) && after.sharesRow(1, with: before))
        #expect(!after.sharesRow(2, with: before))
        #expect(after.rowEquals(before, row: 0))
        #expect(!after.rowEquals(before, row: 2))
        #expect(before.row(2) == "Mechel")
        // The same content drawn into a buffer of its own: not shared, still equal, cell for cell.
        var again = ScreenBuffer(width: 6, height: 3)
        again.put("één", x: 0, y: 0)
        #expect(!again.sharesRow(0, with: before))
        #expect(again.rowEquals(before, row: 0) && again.rowEquals(before, row: 1))
        again.style(Rect(x: 1, y: 0, width: 1, height: 1)) { $0.bold = true }
        #expect(!again.rowEquals(before, row: 0))
    }
}
