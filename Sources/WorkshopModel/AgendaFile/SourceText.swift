/// Positions in an agenda file's bytes and text, for problems found before or outside the YAML parser.
enum SourceText {
    /// A line and column, both 1-based; columns count Unicode scalars like libyaml's marks do.
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        // The standard library's validation is fast; the scalar-by-scalar walk only runs to find the place.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// The position of a byte offset in bytes that are valid UTF-8 up to that offset.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> Position {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Position(line: line, column: column)
    }

    /// The position of the `offset`-th character of `text`.
    static func position(ofCharacter offset: Int, in text: String) -> Position {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return Position(line: line, column: column)
    }

    /// The text of a 1-based line, without its line break; empty when there is no such line.
    static func line(_ number: Int, of text: String) -> Substring {
        var current = 1
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" || text[index] == "\r\n" {
                if current == number { return text[start..<index] }
                current += 1
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        return current == number ? text[start...] : ""
    }

    /// The text without leading and trailing spaces, tabs and line breaks.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
