/// How a cell looks: colours and attributes.
struct Style: Equatable, Hashable, Sendable {
    /// Foreground colour.
    var fg: Color = .default
    /// Background colour.
    var bg: Color = .default
    var bold = false
    var dim = false
    var reverse = false
    var underline = false

    /// Six bytes compared at once (two colours and four flags, no padding) rather than one by one: the
    /// terminal backend compares the style of every cell it writes.
    static func == (a: Style, b: Style) -> Bool {
        withUnsafeBytes(of: a) { x in
            withUnsafeBytes(of: b) { y in
                x.loadUnaligned(as: UInt32.self) == y.loadUnaligned(as: UInt32.self)
                    && x.loadUnaligned(fromByteOffset: 4, as: UInt16.self) == y.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
            }
        }
    }

    /// The terminal's own colours, no attributes.
    static let plain = Style()

    /// Creates a style; every part defaults to the terminal's plain look.
    init(
        fg: Color = .default, bg: Color = .default, bold: Bool = false, dim: Bool = false,
        reverse: Bool = false, underline: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    /// This style with bold set.
    var bolded: Style { var s = self; s.bold = true; return s }
    /// This style with reverse video set.
    var reversed: Style { var s = self; s.reverse = true; return s }
    /// This style with underline set.
    var underlined: Style { var s = self; s.underline = true; return s }
    /// This style with dim set.
    var dimmed: Style { var s = self; s.dim = true; return s }
    /// This style with another foreground colour.
    func foreground(_ color: Color) -> Style { var s = self; s.fg = color; return s }
    /// This style with another background colour.
    func background(_ color: Color) -> Style { var s = self; s.bg = color; return s }
}
