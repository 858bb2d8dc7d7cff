/// How many terminal columns text takes, computed in pure Swift so that rendering and its tests do not
/// depend on the process locale (`wcwidth` answers -1 for "é" in the C locale).
///
/// Rules: control and format characters 0 (they are never drawn); combining and other zero-width marks 0;
/// East Asian wide and fullwidth characters and emoji presentation 2; a flag (two regional indicators) 2;
/// everything else 1. A cluster (see `TextClusters`) takes the width of its first scalar, so "e" + U+0301
/// is 1 and an emoji ZWJ sequence is 2.
enum DisplayWidth {
    /// How text is placed in a wider column.
    enum Alignment: Sendable {
        case left, center, right
    }

    /// Columns one grapheme cluster takes: 0, 1 or 2 (more only for text that a terminal splits).
    static func of(_ c: Character) -> Int {
        of(String(c))
    }

    /// Columns a string takes.
    static func of(_ s: String) -> Int {
        var text = s
        return text.withUTF8 { of($0) }
    }

    /// Columns a substring takes.
    static func of(_ s: Substring) -> Int {
        var text = s
        return text.withUTF8 { of($0) }
    }

    /// Columns UTF-8 text takes.
    static func of(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0
        var clusters = TextClusters.Iterator(utf8)
        while let cluster = clusters.next() { total += cluster.width }
        return total
    }

    /// The text without what must never reach the terminal: control characters (C0, C1, DEL), and
    /// bidirectional embeddings, overrides and isolates that would reorder the rest of the line.
    static func sanitized(_ s: String) -> String {
        var clean = true
        for scalar in s.unicodeScalars where isControl(scalar) || isBidiControl(scalar) {
            clean = false
            break
        }
        if clean { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars where !isControl(scalar) && !isBidiControl(scalar) {
            out.append(scalar)
        }
        return String(out)
    }

    /// The text cut to at most `columns` columns; when cut, the last column holds "…" if `ellipsis`.
    /// A wide character is never split: it is left out whole.
    static func truncate(_ s: String, to columns: Int, ellipsis: Bool = true) -> String {
        guard columns > 0 else { return "" }
        var text = s
        return text.withUTF8 { utf8 -> String in
            let room = ellipsis ? columns - 1 : columns
            var used = 0
            var fitting = 0
            var clusters = TextClusters.Iterator(utf8)
            while let cluster = clusters.next() {
                used += cluster.width
                if used > columns {
                    let kept = String(decoding: UnsafeBufferPointer(rebasing: utf8[..<fitting]), as: UTF8.self)
                    return ellipsis ? kept + "…" : kept
                }
                if used <= room { fitting = cluster.end }
            }
            return s
        }
    }

    /// The text made exactly `columns` wide: cut (with "…") when too long, filled with spaces otherwise.
    static func pad(_ s: String, to columns: Int, align: Alignment = .left) -> String {
        guard columns > 0 else { return "" }
        let cut = truncate(s, to: columns)
        let gap = columns - of(cut)
        guard gap > 0 else { return cut }
        switch align {
        case .left:
            return cut + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + cut
        case .center:
            let before = gap / 2
            return String(repeating: " ", count: before) + cut + String(repeating: " ", count: gap - before)
        }
    }

    /// Splits text into lines of at most `columns` columns, breaking at spaces where possible and inside
    /// a word only when it is longer than a line. Explicit newlines start a new line; runs of spaces
    /// between words become one.
    static func wrap(_ s: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var text = s
        return text.withUTF8 { utf8 -> [String] in
            var lines: [String] = []
            var line = ""
            var lineWidth = 0
            var clusters = TextClusters.Iterator(utf8)
            var next = clusters.next()
            while true {
                // The next word: clusters up to a space, a newline or the end.
                var wordStart = -1, wordEnd = -1, wordWidth = 0
                var breaksLine = false
                while let cluster = next {
                    next = clusters.next()
                    if cluster.end - cluster.start == 1, utf8[cluster.start] == 0x20 || utf8[cluster.start] == 0x0A {
                        breaksLine = utf8[cluster.start] == 0x0A
                        if wordStart >= 0 || breaksLine { break }
                        continue
                    }
                    if wordStart < 0 { wordStart = cluster.start }
                    wordEnd = cluster.end
                    wordWidth += cluster.width
                }
                if wordStart >= 0 {
                    let gap = lineWidth > 0 ? 1 : 0
                    if lineWidth + gap + wordWidth <= columns {
                        if gap == 1 { line.append(" ") }
                        line += piece(utf8, wordStart, wordEnd)
                        lineWidth += gap + wordWidth
                    } else {
                        if lineWidth > 0 {
                            lines.append(line)
                            line = ""
                            lineWidth = 0
                        }
                        if wordWidth <= columns {
                            line = piece(utf8, wordStart, wordEnd)
                            lineWidth = wordWidth
                        } else {
                            // A word longer than a line is broken by columns.
                            var inside = TextClusters.Iterator(UnsafeBufferPointer(rebasing: utf8[wordStart..<wordEnd]))
                            while let cluster = inside.next() {
                                if lineWidth + cluster.width > columns, lineWidth > 0 {
                                    lines.append(line)
                                    line = ""
                                    lineWidth = 0
                                }
                                line += piece(utf8, wordStart + cluster.start, wordStart + cluster.end)
                                lineWidth += cluster.width
                            }
                        }
                    }
                }
                if breaksLine {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                } else if next == nil {
                    break
                }
            }
            lines.append(line)
            return lines
        }
    }

    /// Bytes `start..<end` of UTF-8 text as a string.
    private static func piece(_ utf8: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        end - start == 1 && utf8[start] < 0x80
            ? TextClusters.ascii[Int(utf8[start])]
            : String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
    }

    /// C0 and C1 control characters and DEL.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0)
    }

    /// Embeddings, overrides and isolates (U+202A–202E, U+2066–2069): they reorder the text after them.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// The columns one scalar takes by these rules, as a terminal's `wcwidth` answers: -1 for a control
    /// character, 0 for marks, joiners and other format characters, 2 for wide ones, else 1. For tests and
    /// benchmarks of the terminal output, which have no terminal to ask.
    static func ofScalar(_ value: UInt32) -> Int {
        guard let scalar = Unicode.Scalar(value), !isControl(scalar) else { return -1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return isWide(value) ? 2 : 1
        }
    }

    /// Whether a code point is East Asian wide or fullwidth, or an emoji shown as one.
    static func isWide(_ v: UInt32) -> Bool {
        if v < wideRanges[0] { return false }
        // wideRanges holds each range's first and last code point, one after the other.
        var low = 0, high = wideRanges.count / 2 - 1
        while low <= high {
            let mid = (low + high) / 2
            if v < wideRanges[2 * mid] {
                high = mid - 1
            } else if v > wideRanges[2 * mid + 1] {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East Asian wide and fullwidth characters and emoji with emoji presentation: the code points that
    /// glibc 2.36 (Unicode 15) gives width 2, so ncurses and the terminal agree with this table. Each range
    /// as its first and last code point, flat: an array of ranges would cost the first frame a generic type.
    private static let wideRanges: [UInt32] = [
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0,
        0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F,
        0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
        0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
        0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
        0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
        0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
        0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x2FFB, 0x3000, 0x3029,
        0x302E, 0x303E, 0x3041, 0x3096, 0x309B, 0x30FF, 0x3105, 0x312F, 0x3131, 0x318E,
        0x3190, 0x31E3, 0x31F0, 0x321E, 0x3220, 0xA48C, 0xA490, 0xA4C6, 0xA960, 0xA97C,
        0xAC00, 0xD7A3, 0xF900, 0xFA6D, 0xFA70, 0xFAD9, 0xFE10, 0xFE19, 0xFE30, 0xFE52,
        0xFE54, 0xFE66, 0xFE68, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE3,
        0x16FF0, 0x16FF1, 0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18D00, 0x18D08, 0x1AFF0, 0x1AFF3,
        0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B150, 0x1B152, 0x1B164, 0x1B167,
        0x1B170, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A,
        0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265,
        0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA,
        0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440,
        0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A,
        0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC,
        0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DD, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC,
        0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF,
        0x1FA70, 0x1FA74, 0x1FA78, 0x1FA7C, 0x1FA80, 0x1FA86, 0x1FA90, 0x1FAAC, 0x1FAB0, 0x1FABA,
        0x1FAC0, 0x1FAC5, 0x1FAD0, 0x1FAD9, 0x1FAE0, 0x1FAE7, 0x1FAF0, 0x1FAF6, 0x20000, 0x2A6DF,
        0x2A700, 0x2B738, 0x2B740, 0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x2F800, 0x2FA1D,
        0x30000, 0x3134A,
    ]
}
