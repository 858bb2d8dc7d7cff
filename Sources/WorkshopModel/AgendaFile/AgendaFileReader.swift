import Yams

/// Reads a composed YAML tree into an `Agenda`, logging every problem with its position instead of stopping
/// at the first.
///
/// The tree is walked by hand rather than through `Decodable` because typed decoding errors carry a coding
/// path but no line and column, and an editor needs the line and column.
struct AgendaFileReader {
    var log: DiagnosticLog

    init(log: DiagnosticLog) { self.log = log }

    // MARK: Shapes

    /// How a node looks, for messages: "a list", "a mapping", "nothing" or the text itself.
    func shape(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping (`key: value` lines)"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if isNull(scalar) { return "nothing" }
            let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return "`\(text.replacingOccurrences(of: "\n", with: " "))`"
        }
    }

    /// Whether a scalar is YAML's null: an empty value, `~` or `null`.
    func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Whether a node is absent in effect: YAML null.
    func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node { return isNull(scalar) }
        return false
    }

    // MARK: Mappings

    /// The fields of a mapping node, reporting keys that are not in `allowed`; nil (and an error) when the
    /// node is not a mapping.
    mutating func readFields(of node: Node, allowed: [String], what: String) -> FieldMap? {
        guard case .mapping(let mapping) = node else {
            log.error("\(what) must be a mapping of `key: value` lines, not \(shape(node))", at: node.mark)
            return nil
        }
        var fields = FieldMap(mark: mapping.mark)
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key, !isNull(scalar) else {
                log.error("keys in \(what) must be plain words like `\(allowed.first ?? "title")`, not \(shape(key))", at: key.mark)
                continue
            }
            let name = scalar.string
            if allowed.contains(name) {
                fields.set(name, keyNode: key, value: value)
            } else if let suggestion = Suggestion.closest(to: name, in: allowed) {
                log.error("unknown key `\(name)` in \(what); did you mean `\(suggestion)`?", at: key.mark)
            } else {
                log.error("unknown key `\(name)` in \(what); allowed keys are: \(allowed.joined(separator: ", "))", at: key.mark)
            }
        }
        return fields
    }

    /// The text of `key` in a mapping node, read ahead of the other fields so messages can name the thing.
    func peek(_ key: String, in node: Node) -> String? {
        guard case .mapping(let mapping) = node else { return nil }
        for (keyNode, value) in mapping {
            if case .scalar(let keyScalar) = keyNode, keyScalar.string == key, case .scalar(let scalar) = value, !isNull(scalar) {
                let text = SourceText.trimmed(scalar.string)
                return text.isEmpty ? nil : text
            }
        }
        return nil
    }

    /// "a" or "an", for messages like "an open poll".
    static func article(_ word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeio".contains(first) ? "an" : "a"
    }

    /// Reports a missing required key at the start of its mapping.
    mutating func missing(_ key: String, in fields: FieldMap, what: String, example: String) {
        log.error("\(what) has no `\(key)`; add one, e.g. `\(example)`", at: fields.mark)
    }

    // MARK: Scalars

    /// A text value; nil when absent or empty (an error if `required`) or not text.
    mutating func text(_ key: String, in fields: FieldMap, what: String, required: Bool = false, example: String = "") -> Located<String>? {
        guard let node = fields[key] else {
            if required { missing(key, in: fields, what: what, example: example) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            log.error("`\(key)` of \(what) must be text, not \(shape(node))", at: node.mark)
            return nil
        }
        let value = SourceText.trimmed(scalar.string)
        if isNull(scalar) || value.isEmpty {
            if required { log.error("`\(key)` of \(what) is empty; write it after the colon, e.g. `\(example)`", at: fields.keyMark(key)) }
            return nil
        }
        return Located(value: value, mark: node.mark)
    }

    /// A whole number within `range`; nil (with an error) when it is anything else.
    mutating func integer(_ key: String, in fields: FieldMap, what: String, range: ClosedRange<Int>, example: Int) -> Located<Int>? {
        guard let node = fields[key], !isNull(node) else { return nil }
        guard case .scalar(let scalar) = node, let value = Int(SourceText.trimmed(scalar.string)) else {
            log.error("`\(key)` of \(what) must be a whole number such as `\(key): \(example)`, not \(shape(node))", at: node.mark)
            return nil
        }
        guard range.contains(value) else {
            log.error("`\(key)` of \(what) is \(value); use a number from \(range.lowerBound) to \(range.upperBound)", at: node.mark)
            return nil
        }
        return Located(value: value, mark: node.mark)
    }

    /// A clock time `HH:MM`; hours 24–29 mean after midnight.
    mutating func clockTime(_ key: String, in fields: FieldMap, what: String) -> Located<ClockTime>? {
        guard let node = fields[key], !isNull(node) else { return nil }
        guard case .scalar(let scalar) = node else {
            log.error("`\(key)` of \(what) must be a time such as `\(key): \"20:00\"`, not \(shape(node))", at: node.mark)
            return nil
        }
        let text = SourceText.trimmed(scalar.string)
        if let time = Self.parseClockTime(text) { return Located(value: time, mark: node.mark) }
        var hint = "write times as HH:MM, e.g. `\(key): \"20:00\"`"
        if let fixed = Self.guessClockTime(text) { hint = "did you mean `\(key): \"\(fixed)\"`? Times are written HH:MM" }
        log.error("`\(key)` of \(what) is not a valid time: `\(text)`; \(hint)", at: node.mark)
        return nil
    }

    /// Parses `H:MM` or `HH:MM`, 00:00–29:59 (24:00 and later: after midnight).
    static func parseClockTime(_ text: String) -> ClockTime? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...29).contains(hour), (0...59).contains(minute)
        else { return nil }
        return ClockTime(hour: hour, minute: minute)
    }

    /// `20.30`, `20u30`, `20h30` or `2030` written as `20:30`, when that is a valid time.
    static func guessClockTime(_ text: String) -> String? {
        let digits = text.split(whereSeparator: { ".uUhH ".contains($0) })
        var candidate: String?
        if digits.count == 2, digits.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            candidate = digits[0] + ":" + (digits[1].count == 1 ? "0" + digits[1] : digits[1])
        } else if digits.count == 1, digits[0].allSatisfy(\.isNumber), (3...4).contains(digits[0].count) {
            candidate = digits[0].dropLast(2) + ":" + digits[0].suffix(2)
        } else if digits.count == 1, digits[0].allSatisfy(\.isNumber), (1...2).contains(digits[0].count) {
            candidate = digits[0] + ":00"
        }
        guard let candidate, let time = parseClockTime(candidate) else { return nil }
        return time.minutes >= 24 * 60 ? candidate : time.description
    }

    /// One of an enum's raw values; unknown values are reported with the allowed ones.
    mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ key: String, in fields: FieldMap, what: String, required: Bool = false
    ) -> Located<Value>? where Value.RawValue == String {
        let allowed = Value.allCases.map(\.rawValue)
        guard let text = text(key, in: fields, what: what, required: required, example: "\(key): \(allowed[0])") else { return nil }
        if let value = Value(rawValue: text.value) { return Located(value: value, mark: text.mark) }
        if let value = Value(rawValue: text.value.lowercased()) { return Located(value: value, mark: text.mark) }
        log.error(
            "unknown \(key) `\(text.value)` in \(what); use one of: \(allowed.joined(separator: ", "))"
                + Suggestion.didYouMean(text.value, in: allowed),
            at: text.mark)
        return nil
    }

    // MARK: Lists

    /// The items of a list; a single value where a list belongs is reported. Absent or empty: nil.
    mutating func list(_ key: String, in fields: FieldMap, what: String, itemExample: String) -> Located<[Node]>? {
        guard let node = fields[key], !isNull(node) else { return nil }
        guard case .sequence(let sequence) = node else {
            log.error("`\(key)` of \(what) must be a list, one item per line starting with `- ` (e.g. `- \(itemExample)`), not \(shape(node))", at: node.mark)
            return nil
        }
        return Located(value: Array(sequence), mark: fields.keyMark(key))
    }

    /// A list of texts, such as options or prompts; items that are not text are reported and left out.
    mutating func textList(_ key: String, in fields: FieldMap, what: String, itemExample: String) -> Located<[Located<String>]>? {
        guard let items = list(key, in: fields, what: what, itemExample: itemExample) else { return nil }
        var texts: [Located<String>] = []
        for item in items.value {
            guard case .scalar(let scalar) = item, !isNull(scalar), !SourceText.trimmed(scalar.string).isEmpty else {
                log.error("each item of `\(key)` in \(what) must be a line of text, not \(shape(item))", at: item.mark)
                continue
            }
            texts.append(Located(value: SourceText.trimmed(scalar.string), mark: item.mark))
        }
        return Located(value: texts, mark: items.mark)
    }
}
