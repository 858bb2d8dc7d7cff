/// One column of a row on screen.
///
/// A wide character (CJK, most emoji) takes two cells: the first holds the grapheme cluster with width 2,
/// the second is its continuation, with empty text and width 0.
struct Cell: Equatable, Hashable, Sendable {
    /// One grapheme cluster, or "" for the right half of a wide character.
    var text: String
    /// Columns the text takes: 1 or 2, or 0 for a continuation.
    var width: Int
    var style: Style

    /// Creates a cell.
    init(text: String, width: Int, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// An empty (space) cell in the plain style.
    static let blank = Cell(text: " ", width: 1, style: .plain)

    /// A space in the given style.
    static func blank(_ style: Style) -> Cell { Cell(text: " ", width: 1, style: style) }

    /// Whether this is the right half of a wide character.
    var isContinuation: Bool { width == 0 }
}
