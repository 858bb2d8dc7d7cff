import WorkshopModel

/// How people are named in the minutes: by name, or in anonymous minutes by a label — their group, or
/// "Deelnemer 1", "Deelnemer 2" … in roster order for those without one.
///
/// Anonymous minutes also rewrite free text: a participant's full name (any case) and each part of it that
/// is not a name particle such as "van" or "de" (written with its capital, as a whole word) become the
/// participant's label; a part that two participants with different labels share becomes the plain
/// word "Deelnemer". Moderator, presenters and note-taker keep their names: they act in an official role.
struct NameMask: Sendable {
    let anonymous: Bool
    /// The name or label of every person, by number.
    private var labels: [PersonID: String] = [:]
    /// Full names, lower-cased and split into words, longest first, with the label that replaces them.
    private var fullNames: [(words: [String], label: String)] = []
    /// Single words (exact case) that stand for a participant.
    private var parts: [String: String] = [:]

    /// A mask for `people`; anonymous hides the participants.
    init(people: [Participant], anonymous: Bool, strings: MinutesStrings) {
        self.anonymous = anonymous
        var unnamed = 0
        var partLabels: [String: Set<String>] = [:]
        for person in people {
            let name = TextCleaner.clean(person.name, multiline: false)
            guard anonymous, person.role == .participant else {
                labels[person.id] = name
                continue
            }
            let label: String
            if let group = person.group.map({ TextCleaner.clean($0, multiline: false) }), !group.isEmpty {
                label = group
            } else {
                unnamed += 1
                label = "\(strings.participant) \(unnamed)"
            }
            labels[person.id] = label
            let words = NameMask.words(in: name)
            guard !words.isEmpty else { continue }
            // A one-word name is matched like a part, with its capital, so "Bart" does not replace "bart".
            if words.count > 1 { fullNames.append((words.map { $0.lowercased() }, label)) }
            for word in words where words.count == 1 || !NameMask.particles.contains(word.lowercased()) {
                partLabels[word, default: []].insert(label)
            }
        }
        fullNames.sort { $0.words.count > $1.words.count }
        for (word, found) in partLabels {
            parts[word] = found.count == 1 ? found.first! : strings.participant
        }
    }

    /// The name or label of person `id`; nil for an unknown number.
    func label(_ id: PersonID) -> String? { labels[id] }

    /// `text` with participants' names replaced by their labels (unchanged in named minutes).
    func rewrite(_ text: String) -> String {
        guard anonymous, !parts.isEmpty else { return text }
        let tokens = NameMask.tokens(in: text)
        guard !tokens.isEmpty else { return text }
        // Token bounds are scalar positions, so the text is cut and copied as scalars.
        let scalars = text.unicodeScalars
        var out = String.UnicodeScalarView()
        var copied = scalars.startIndex
        var index = 0
        while index < tokens.count {
            var replaced: (length: Int, label: String)?
            if let found = fullName(at: index, tokens: tokens, in: scalars) {
                replaced = found
            } else if let label = parts[String(scalars[tokens[index]])] {
                replaced = (1, label)
            }
            guard let (length, label) = replaced else {
                index += 1
                continue
            }
            out.append(contentsOf: scalars[copied..<tokens[index].lowerBound])
            out.append(contentsOf: label.unicodeScalars)
            copied = tokens[index + length - 1].upperBound
            index += length
        }
        out.append(contentsOf: scalars[copied...])
        return String(out)
    }

    /// The longest full name that starts at token `index`, words separated by at most two spaces, hyphens
    /// or apostrophes.
    private func fullName(
        at index: Int, tokens: [Range<String.Index>], in text: String.UnicodeScalarView
    ) -> (length: Int, label: String)? {
        let first = String(text[tokens[index]]).lowercased()
        for (words, label) in fullNames where words[0] == first && index + words.count <= tokens.count {
            var matches = true
            for offset in 1..<max(1, words.count) {
                let gap = text[tokens[index + offset - 1].upperBound..<tokens[index + offset].lowerBound]
                if gap.count > 2 || !gap.allSatisfy({ $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" })
                    || String(text[tokens[index + offset]]).lowercased() != words[offset] {
                    matches = false
                    break
                }
            }
            if matches { return (words.count, label) }
        }
        return nil
    }

    /// Words that are part of many surnames and would otherwise replace ordinary words.
    private static let particles: Set<String> = [
        "van", "der", "den", "de", "het", "ter", "ten", "von", "del", "della", "les", "la", "le", "du", "des",
        "dos", "da", "di", "op", "in", "t", "mc", "mac", "bin", "ben", "zu", "and", "the",
    ]

    /// The words of a name.
    private static func words(in name: String) -> [String] {
        tokens(in: name).map { String(name.unicodeScalars[$0]) }
    }

    /// The ranges of the words of `text`: runs of letters, digits and combining marks.
    private static func tokens(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let properties = scalars[index].properties
            let isWord = properties.isAlphabetic || properties.numericType != nil
                || (start != nil && properties.generalCategory == .nonspacingMark)
            if isWord, start == nil {
                start = index
            } else if !isWord, let begin = start {
                ranges.append(begin..<index)
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begin = start { ranges.append(begin..<scalars.endIndex) }
        return ranges
    }
}
