/// The few styles the screens use, each with a meaning that never rests on colour alone: a monochrome
/// terminal (or `NO_COLOR`) keeps bold, reverse and underline, and the text says the rest.
enum Palette {
    static let plain = Style.plain
    static let title = Style(bold: true)
    static let heading = Style(bold: true)
    static let dim = Style(dim: true)
    /// The active tab, the selected line.
    static let selected = Style(reverse: true)
    static let activeTab = Style(bold: true, reverse: true)
    /// A countdown with time to spare.
    static let countdown = Style(bold: true)
    /// A countdown near its end (amber), with "bijna tijd" in text.
    static let amber = Style(fg: .yellow, bold: true)
    /// A countdown past its end (red), with "+3:12 te lang" in text.
    static let over = Style(fg: .red, bold: true)
    /// A refusal or a question in the status line (also prefixed with "!").
    static let warning = Style(fg: .red, bold: true)
    /// Something recorded, in the status line.
    static let confirmation = Style(fg: .green)
    /// A bar's filled part.
    static let bar = Style(fg: .cyan)
    /// The participation bar when it reaches the target.
    static let barGood = Style(fg: .green)
    /// The participation bar below the target.
    static let barShort = Style(fg: .yellow)
    /// The target marker on a gauge.
    static let marker = Style(bold: true)
    /// A text field being typed in.
    static let field = Style(underline: true)
    /// The cursor of a field, drawn even where the terminal cursor is hidden.
    static let cursor = Style(reverse: true)
}
