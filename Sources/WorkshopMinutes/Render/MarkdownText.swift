/// Recorded text made safe for Markdown: it reads the same as plain text and renders as the same text,
/// never as markup, a link, an image or raw HTML.
///
/// Everything that needs a backslash is ASCII, so the work is done on UTF-8 bytes (10,000 answers in a few
/// milliseconds); other bytes are copied as they are.
enum MarkdownText {
    /// One line of text for running prose or a list item (line breaks become spaces).
    static func inline(_ text: String) -> String {
        escapeLine(Array(flattened(text).utf8)[...], atLineStart: true)
    }

    /// Text for a table cell: one line, with `|` escaped too. A cell never starts a line of Markdown, so
    /// only inline markup needs escaping.
    static func cell(_ text: String) -> String {
        escapeLine(Array(flattened(text).utf8)[...], atLineStart: false, pipe: true)
    }

    /// Several lines, the second and later indented by `indent` so they stay inside a list item.
    static func block(_ text: String, indent: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(0x0A) || bytes.contains(0x09) else { return escapeLine(bytes[...], atLineStart: true) }
        var lines: [String] = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let spaced = line.map { $0 == 0x09 ? 0x20 : $0 }
            lines.append(escapeLine(spaced.drop { $0 == 0x20 }, atLineStart: true))
        }
        // Runs of empty lines would end the list item; one empty line keeps a paragraph break.
        var kept: [String] = []
        for line in lines where !(line.isEmpty && (kept.last?.isEmpty ?? true)) { kept.append(line) }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.enumerated().map { $0.offset == 0 || $0.element.isEmpty ? $0.element : indent + $0.element }
            .joined(separator: "\n")
    }

    /// The text with line breaks and tabs as spaces.
    private static func flattened(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return text }
        return String(decoding: text.utf8.map { $0 == 0x0A || $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
    }

    /// Backslash-escapes what Markdown would read as markup; `atLineStart` also guards the characters that
    /// only mean something at the start of a line (headings, quotes, list markers, rules). Trailing spaces
    /// go (two of them would make a hard line break).
    private static func escapeLine(_ line: ArraySlice<UInt8>, atLineStart: Bool, pipe: Bool = false) -> String {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == 0x20 { end -= 1 }
        let line = line[..<end]
        var out: [UInt8] = []
        out.reserveCapacity(line.count + 8)
        let start = line.startIndex
        for index in line.indices {
            let byte = line[index]
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "~"):
                out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "|") where pipe:
                out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "&") where startsEntity(line[(index + 1)...]):
                out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
                if atLineStart && index == start { out.append(UInt8(ascii: "\\")) }
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                // "1." or "1)" at the start would begin a numbered list.
                let digits = line[start..<index]
                if atLineStart, !digits.isEmpty, digits.count <= 9,
                   digits.allSatisfy({ (0x30...0x39).contains($0) }) {
                    out.append(UInt8(ascii: "\\"))
                }
            default:
                break
            }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the text after an `&` would make it a character reference (`&amp;`, `&#38;`, `&#x26;`).
    private static func startsEntity(_ rest: ArraySlice<UInt8>) -> Bool {
        let body = rest.prefix(33)
        guard let end = body.firstIndex(of: UInt8(ascii: ";")), end > rest.startIndex else { return false }
        let name = body[..<end]
        func isHex(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
        }
        if name.first == UInt8(ascii: "#") {
            let afterHash = name.dropFirst()
            let digits = afterHash.first == UInt8(ascii: "x") || afterHash.first == UInt8(ascii: "X")
                ? afterHash.dropFirst() : afterHash
            return !digits.isEmpty && digits.allSatisfy(isHex)
        }
        return name.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }
}

extension String {
    /// The text without trailing spaces (two of them would make a hard line break in Markdown).
    func trimmingTrailingSpaces() -> String {
        var bytes = Array(utf8)
        guard bytes.last == 0x20 else { return self }
        while bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
