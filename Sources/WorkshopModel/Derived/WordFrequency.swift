/// Counts the words of free answers for a word cloud, leaving out Dutch and English stop words.
public enum WordFrequency {
    /// The `limit` most frequent words of `texts`, most frequent first, ties in alphabetical order.
    ///
    /// Words are lower-cased and split at anything that is not a letter, digit or combining mark (so
    /// "financiële" stays whole, and "m'n" splits); words shorter than 3 letters and stop words are
    /// dropped.
    public static func top(_ texts: [String], limit: Int) -> [WordCount] {
        guard limit > 0 else { return [] }
        var counts = [String: Int]()
        var buffer = [UInt8]()
        for text in texts {
            forEachWord(in: text, buffer: &buffer) { counts[$0, default: 0] += 1 }
        }
        // Stop words are dropped once per distinct word rather than once per occurrence.
        return counts.compactMap { stopWords.contains($0.key) ? nil : WordCount(word: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.word < $1.word }
            .prefix(limit)
            .map { $0 }
    }

    /// The words of one text that count: lower-cased, at least 3 letters, no stop words, in text order.
    public static func words(in text: String) -> [String] {
        var found = [String]()
        var buffer = [UInt8]()
        forEachWord(in: text, buffer: &buffer) { if !stopWords.contains($0) { found.append($0) } }
        return found
    }

    /// Calls `body` with every lower-cased word of at least 3 letters, stop words included; `buffer` is
    /// scratch space kept between texts.
    private static func forEachWord(in text: String, buffer: inout [UInt8], _ body: (String) -> Void) {
        var text = text
        let handled = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            forEachASCIIWord(in: bytes, buffer: &buffer, body)
            return true
        }
        if !handled { forEachUnicodeWord(in: text, body) }
    }

    /// The common case, on the bytes themselves: the same words as the Unicode path, many times faster.
    private static func forEachASCIIWord(
        in bytes: UnsafeBufferPointer<UInt8>, buffer: inout [UInt8], _ body: (String) -> Void
    ) {
        var start = 0
        var hasUpper = false
        for end in 0...bytes.count {
            if end < bytes.count, bytes[end].isASCIIWordByte {
                hasUpper = hasUpper || bytes[end] <= 0x5A && bytes[end] >= 0x41
                continue
            }
            if end - start >= 3 {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if hasUpper {
                    buffer.removeAll(keepingCapacity: true)
                    buffer.append(contentsOf: word.lazy.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 })
                    body(String(decoding: buffer, as: UTF8.self))
                } else {
                    body(String(decoding: word, as: UTF8.self))
                }
            }
            start = end + 1
            hasUpper = false
        }
    }

    private static func forEachUnicodeWord(in text: String, _ body: (String) -> Void) {
        var word = String.UnicodeScalarView()
        func flush() {
            if !word.isEmpty {
                let candidate = String(word)
                if candidate.count >= 3 { body(candidate) }
                word = String.UnicodeScalarView()
            }
        }
        // Composed form first, so "e" + combining diaeresis compares equal to "ë".
        for scalar in text.precomposedForWords.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil
                || (!word.isEmpty && properties.generalCategory == .nonspacingMark) {
                word.append(scalar)
            } else {
                flush()
            }
        }
        flush()
    }
}
