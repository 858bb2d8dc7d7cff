import CQRencode

/// A QR code of the join link, as a grid of modules, drawn in the terminal with Unicode blocks.
///
/// Encoded by libqrencode (error correction level M, so a smudged projector image still scans).
public struct QRCode: Sendable, Equatable {
    /// The modules row by row, `true` for a dark one; square, without the quiet zone.
    public let modules: [[Bool]]

    /// The number of modules on each side (21 for version 1, 4 more per version).
    public var size: Int { modules.count }

    /// Encodes `text` as a QR code; nil if it is too long for a QR code or libqrencode fails.
    public init?(encoding text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let data = code.pointee.data else { return nil }
        // Bit 0 of each byte is the module's colour; the other bits describe what the module is for.
        modules = (0..<width).map { row in (0..<width).map { column in data[row * width + column] & 1 == 1 } }
    }

    /// Whether the module at (`row`, `column`) is dark; everything outside the symbol is light (quiet zone).
    public func isDark(row: Int, column: Int) -> Bool {
        modules.indices.contains(row) && modules.indices.contains(column) && modules[row][column]
    }

    /// The code drawn with half blocks, two module rows per text row, with a quiet zone of `quietZone`
    /// modules. A block character is a dark module: draw the lines dark on light (black on white). With
    /// `inverted`, blocks are the light modules instead, for a terminal that can only draw light on dark.
    public func halfBlockLines(quietZone: Int = 2, inverted: Bool = false) -> [String] {
        let range = -quietZone..<(size + quietZone)
        return stride(from: range.lowerBound, to: range.upperBound, by: 2).map { row in
            String(range.map { column -> Character in
                let top = isDark(row: row, column: column) != inverted
                let bottom = (row + 1 < range.upperBound ? isDark(row: row + 1, column: column) : false) != inverted
                switch (top, bottom) {
                case (true, true): return "█"
                case (true, false): return "▀"
                case (false, true): return "▄"
                case (false, false): return " "
                }
            })
        }
    }

    /// The code drawn large for the audience view: each module two full blocks wide and one row high, which
    /// is about square in a terminal cell; dark modules are blocks (draw dark on light).
    public func largeLines(quietZone: Int = 2, inverted: Bool = false) -> [String] {
        let range = -quietZone..<(size + quietZone)
        return range.map { row in
            String(range.flatMap { column -> [Character] in
                isDark(row: row, column: column) != inverted ? ["█", "█"] : [" ", " "]
            })
        }
    }

    /// The join link's QR code as half-block lines with a quiet zone; empty if it cannot be encoded.
    public static func lines(for url: String) -> [String] {
        QRCode(encoding: url)?.halfBlockLines() ?? []
    }

    /// The join link's QR code as large lines for the audience view; empty if it cannot be encoded.
    public static func largeLines(for url: String) -> [String] {
        QRCode(encoding: url)?.largeLines() ?? []
    }
}
