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
            let glyph = glyph(c) ?? blank
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
            total += (glyph(c) ?? blank)[0].count + (index > 0 ? 1 : 0)
        }
        return total
    }

    private static let blank = ["    ", "    ", "    ", "    ", "    "]

    /// A character's rows. A switch, not a dictionary: the first frame draws it, and a dictionary of a new
    /// type costs the Swift runtime a search through every protocol conformance in the program.
    private static func glyph(_ c: Character) -> [String]? {
        switch c {
        case "0": return ["████", "█  █", "█  █", "█  █", "████"]
        case "1": return ["  █ ", " ██ ", "  █ ", "  █ ", " ███"]
        case "2": return ["████", "   █", "████", "█   ", "████"]
        case "3": return ["████", "   █", " ███", "   █", "████"]
        case "4": return ["█  █", "█  █", "████", "   █", "   █"]
        case "5": return ["████", "█   ", "████", "   █", "████"]
        case "6": return ["████", "█   ", "████", "█  █", "████"]
        case "7": return ["████", "   █", "  █ ", " █  ", " █  "]
        case "8": return ["████", "█  █", "████", "█  █", "████"]
        case "9": return ["████", "█  █", "████", "   █", "████"]
        case ":": return [" ", "█", " ", "█", " "]
        case ".": return [" ", " ", " ", " ", "█"]
        case "-": return ["   ", "   ", "███", "   ", "   "]
        case "+": return ["   ", " █ ", "███", " █ ", "   "]
        case " ": return ["  ", "  ", "  ", "  ", "  "]
        default: return nil
        }
    }
}
