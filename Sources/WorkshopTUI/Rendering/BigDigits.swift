/// A large five-row font for the countdown, readable from across the room.
///
/// Knows digits, ":", "-", "+", "." and space; any other character is drawn as a blank of digit width.
enum BigDigits {
    /// Rows every rendering has.
    static let height = 5

    /// The text in big characters: `height` rows of equal display width, glyphs one column apart.
    static func render(_ text: String) -> [String] {
        var rows = Array(repeating: "", count: height)
        for (index, c) in text.enumerated() {
            let glyph = glyphs[c] ?? blank
            for r in 0..<height {
                if index > 0 { rows[r] += " " }
                rows[r] += glyph[r]
            }
        }
        return rows
    }

    /// Columns `render(text)` takes, to decide whether there is room before drawing.
    static func width(of text: String) -> Int {
        var total = 0
        for (index, c) in text.enumerated() {
            total += (glyphs[c] ?? blank)[0].count + (index > 0 ? 1 : 0)
        }
        return total
    }

    private static let blank = ["    ", "    ", "    ", "    ", "    "]

    private static let glyphs: [Character: [String]] = [
        "0": ["████", "█  █", "█  █", "█  █", "████"],
        "1": ["  █ ", " ██ ", "  █ ", "  █ ", " ███"],
        "2": ["████", "   █", "████", "█   ", "████"],
        "3": ["████", "   █", " ███", "   █", "████"],
        "4": ["█  █", "█  █", "████", "   █", "   █"],
        "5": ["████", "█   ", "████", "   █", "████"],
        "6": ["████", "█   ", "████", "█  █", "████"],
        "7": ["████", "   █", "  █ ", " █  ", " █  "],
        "8": ["████", "█  █", "████", "█  █", "████"],
        "9": ["████", "█  █", "████", "   █", "████"],
        ":": [" ", "█", " ", "█", " "],
        ".": [" ", " ", " ", " ", "█"],
        "-": ["   ", "   ", "███", "   ", "   "],
        "+": ["   ", " █ ", "███", " █ ", "   "],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]
}
