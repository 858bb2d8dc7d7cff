import Foundation

/// `#tag` words typed inside an answer: the note-taker tags while typing, without a second field.
enum Tags {
    /// The text without its `#tag` words, and the tags in the order typed (each once, case kept from the
    /// first time it was typed).
    static func split(_ typed: String) -> (text: String, tags: [String]) {
        var tags: [String] = []
        var seen = Set<String>()
        let lines = typed.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: " ", omittingEmptySubsequences: true).filter { word in
                guard let tag = tag(in: word) else { return true }
                if seen.insert(tag.lowercased()).inserted { tags.append(tag) }
                return false
            }.joined(separator: " ")
        }
        let text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return (text, tags)
    }

    /// The text to put back in the editor when an answer is edited: its text and then its tags.
    static func join(text: String, tags: [String]) -> String {
        tags.isEmpty ? text : text + " " + tags.map { "#" + $0 }.joined(separator: " ")
    }

    /// The tag a word stands for: `#` followed by letters, digits, `-` or `_`, trailing punctuation dropped.
    private static func tag(in word: Substring) -> String? {
        guard word.first == "#" else { return nil }
        var body = word.dropFirst()
        while let last = body.last, !(last.isLetter || last.isNumber) { body = body.dropLast() }
        guard !body.isEmpty, body.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            return nil
        }
        return String(body)
    }
}
