import Testing
@testable import WorkshopTUI

@Suite("Rectangles and big digits")
struct RenderingLayoutTests {
    @Test("Rows: fixed heights first, the rest shared, nothing past the rectangle")
    func rows() {
        let r = Rect(x: 2, y: 1, width: 10, height: 10)
        let parts = r.rows([2, nil, 3, nil])
        #expect(parts.map(\.height) == [2, 3, 3, 2])
        #expect(parts.map(\.y) == [1, 3, 6, 9])
        #expect(r.rows([8, 8]).map(\.height) == [8, 2])
    }

    @Test("Columns with spacing stay inside")
    func columns() {
        let r = Rect(width: 20, height: 1)
        let parts = r.columns([nil, 5], spacing: 1)
        #expect(parts.map(\.width) == [14, 5])
        #expect(parts.map(\.x) == [0, 15])
        for p in r.columns([15, 15], spacing: 2) {
            #expect(p.maxX <= r.maxX)
        }
    }

    @Test("Inset, take and centre")
    func splitting() {
        let r = Rect(x: 0, y: 0, width: 10, height: 6)
        #expect(r.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 4))
        #expect(r.inset(by: 7).isEmpty)
        let (top, rest) = r.take(top: 2)
        #expect(top.height == 2 && rest.y == 2 && rest.height == 4)
        #expect(r.take(bottom: 1).bottom == Rect(x: 0, y: 5, width: 10, height: 1))
        #expect(r.take(right: 3).rest.width == 7)
        #expect(r.centered(width: 4, height: 2) == Rect(x: 3, y: 2, width: 4, height: 2))
        #expect(r.intersection(Rect(x: 8, y: 4, width: 5, height: 5)) == Rect(x: 8, y: 4, width: 2, height: 2))
    }

    @Test("Big digits: five rows of equal width, as wide as announced")
    func bigDigits() {
        for text in ["12:34", "-3:05", "+0:09", "0"] {
            let rows = BigDigits.render(text)
            #expect(rows.count == BigDigits.height)
            #expect(Set(rows.map(DisplayWidth.of)).count == 1)
            #expect(DisplayWidth.of(rows[0]) == BigDigits.width(of: text))
        }
        #expect(BigDigits.render("1:0") == [
            "  █    ████",
            " ██  █ █  █",
            "  █    █  █",
            "  █  █ █  █",
            " ███   ████",
        ])
    }
}
