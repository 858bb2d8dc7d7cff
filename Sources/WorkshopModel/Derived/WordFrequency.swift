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
        for text in texts {
            forEachWord(in: text) { counts[$0, default: 0] += 1 }
        }
        return counts.map { WordCount(word: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.word < $1.word }
            .prefix(limit)
            .map { $0 }
    }

    /// The words of one text that count: lower-cased, at least 3 letters, no stop words, in text order.
    public static func words(in text: String) -> [String] {
        var found = [String]()
        forEachWord(in: text) { found.append($0) }
        return found
    }

    private static func forEachWord(in text: String, _ body: (String) -> Void) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            forEachASCIIWord(in: text, body)
        } else {
            forEachUnicodeWord(in: text, body)
        }
    }

    /// The common case, byte by byte: it gives the same words as the Unicode path, several times faster.
    private static func forEachASCIIWord(in text: String, _ body: (String) -> Void) {
        var word = [UInt8]()
        word.reserveCapacity(32)
        func flush() {
            if word.count >= 3 {
                let candidate = String(decoding: word, as: UTF8.self)
                if !stopWords.contains(candidate) { body(candidate) }
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if byte.isASCIIWordByte {
                word.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
            } else {
                flush()
            }
        }
        flush()
    }

    private static func forEachUnicodeWord(in text: String, _ body: (String) -> Void) {
        var word = String.UnicodeScalarView()
        func flush() {
            if !word.isEmpty {
                let candidate = String(word)
                if candidate.count >= 3, !stopWords.contains(candidate) { body(candidate) }
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
