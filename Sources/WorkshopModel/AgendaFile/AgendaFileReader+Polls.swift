import Yams

extension AgendaFileReader {
    /// One poll; its id must be unique across the whole agenda, since votes refer to it.
    mutating func readPoll(_ item: Node, block: String, pollIDs: inout [String: Int]) -> Poll? {
        let placeholder = peek("id", in: item).map { "poll `\($0)`" } ?? "a poll of \(block)"
        guard let fields = readFields(of: item, allowed: AgendaKeys.poll, what: placeholder) else { return nil }
        let id = identifier("id", in: fields, what: placeholder, example: "id: kennis")
        let what = id.map { "poll `\($0.value)`" } ?? placeholder
        if let id {
            if let line = pollIDs[id.value] {
                log.error("poll id `\(id.value)` is already used by the poll at line \(line); poll ids must be unique across the agenda", at: id.mark)
            } else {
                pollIDs[id.value] = id.mark?.line ?? 0
            }
        }
        let question = text("question", in: fields, what: what, required: true, example: "question: Hoe goed ken ik het thema?")
        let kind: Located<PollKind>? = choice("kind", in: fields, what: what, required: true)
        let options = textList("options", in: fields, what: what, itemExample: "Richting geven")
        let min = integer("min", in: fields, what: what, range: -1000...1000, example: 1)
        let max = integer("max", in: fields, what: what, range: -1000...1000, example: 5)
        let maxChoices = integer("max_choices", in: fields, what: what, range: -1000...1000, example: 2)
        guard let kind else { return nil }

        let optionTexts = checkOptions(options, kind: kind.value, what: what, fields: fields)
        let scale = checkScale(min: min, max: max, kind: kind.value, what: what, fields: fields)
        let labels = readLabels(fields, kind: kind.value, range: scale, what: what)
        if let maxChoices {
            if kind.value != .multi {
                log.warning("`max_choices` only applies to multi polls; \(what) is \(Self.article(kind.value.rawValue)) \(kind.value.rawValue) poll, so remove it", at: fields.keyMark("max_choices"))
            } else if maxChoices.value < 1 {
                log.error("`max_choices` of \(what) is \(maxChoices.value); a participant must be able to tick at least 1 option, so use 1 or more, or leave it out to allow any number", at: maxChoices.mark)
            } else if let optionTexts, optionTexts.count >= 2, maxChoices.value > optionTexts.count {
                log.error("`max_choices` of \(what) is \(maxChoices.value), but the poll has \(optionTexts.count) options; use a number from 1 to \(optionTexts.count), or leave it out to allow any number", at: maxChoices.mark)
            }
        }
        guard let id, let question, let scale else { return nil }
        return Poll(
            id: id.value, question: question.value, kind: kind.value, options: optionTexts ?? [],
            min: scale.lowerBound, max: scale.upperBound, labels: labels,
            maxChoices: kind.value == .multi ? maxChoices?.value : nil)
    }

    /// Choice polls need two or more distinct options; other kinds ignore them.
    mutating func checkOptions(_ options: Located<[Located<String>]>?, kind: PollKind, what: String, fields: FieldMap) -> [String]? {
        guard kind.hasOptions else {
            if options != nil {
                log.warning("`options` are ignored for \(Self.article(kind.rawValue)) \(kind.rawValue) poll; remove them, or make \(what) a single, multi or ranking poll", at: fields.keyMark("options"))
            }
            return []
        }
        guard let options else {
            if !wasUnreadable("options", options, in: fields) {
                log.error("\(what) is \(Self.article(kind.rawValue)) \(kind.rawValue) poll but has no `options`; list at least two under `options:`, one per line starting with `- `", at: fields.mark)
            }
            return nil
        }
        var seen: [String: Int] = [:]
        for option in options.value {
            let key = option.value.lowercased()
            if let line = seen[key] {
                log.error("option `\(option.value)` of \(what) appears twice (first at line \(line)); keep one", at: option.mark)
            } else {
                seen[key] = option.mark?.line ?? 0
            }
        }
        if options.value.count < 2 {
            let count = options.value.count == 1 ? "only 1 option" : "no options"
            log.error("\(what) is \(Self.article(kind.rawValue)) \(kind.rawValue) poll with \(count); give it at least two", at: options.mark)
            return nil
        }
        // One key per option on the Poll screen: 21 letters are free of other keys.
        if options.value.count > Poll.maxOptions {
            log.error("\(what) has \(options.value.count) options; use at most \(Poll.maxOptions) (one key each when votes are entered), or split it into two polls", at: options.mark)
            return nil
        }
        return options.value.map(\.value)
    }

    /// A scale's range (default 1–5); `min` must be below `max`. Nil when it is not a usable range.
    mutating func checkScale(min: Located<Int>?, max: Located<Int>?, kind: PollKind, what: String, fields: FieldMap) -> ClosedRange<Int>? {
        let low = min?.value ?? 1
        let high = max?.value ?? 5
        guard kind == .scale else {
            for key in ["min", "max"] where fields[key] != nil {
                log.warning("`\(key)` only applies to scale polls; \(what) is \(Self.article(kind.rawValue)) \(kind.rawValue) poll, so remove it", at: fields.keyMark(key))
            }
            return 1...5
        }
        if wasUnreadable("min", min, in: fields) || wasUnreadable("max", max, in: fields) { return nil }
        guard low < high else {
            log.error("the scale of \(what) runs from `min` \(low) to `max` \(high); `min` must be lower than `max`, e.g. `min: 1` and `max: 5`", at: min?.mark ?? max?.mark ?? fields.mark)
            return nil
        }
        guard high - low <= 100 else {
            log.error("the scale of \(what) has \(high - low + 1) values; use at most 101 (e.g. 0 to 100)", at: max?.mark ?? fields.mark)
            return nil
        }
        return low...high
    }

    /// `labels:` — words for some scale values, e.g. `1: helemaal niet`.
    mutating func readLabels(_ fields: FieldMap, kind: PollKind, range: ClosedRange<Int>?, what: String) -> [Int: String] {
        guard let node = fields["labels"], !isNull(node) else { return [:] }
        guard kind == .scale else {
            log.warning("`labels` only apply to scale polls; \(what) is \(Self.article(kind.rawValue)) \(kind.rawValue) poll, so remove them", at: fields.keyMark("labels"))
            return [:]
        }
        guard case .mapping(let mapping) = node else {
            log.error("`labels` of \(what) must be lines like `1: helemaal niet`, one per scale value, not \(shape(node))", at: node.mark)
            return [:]
        }
        var labels: [Int: String] = [:]
        for (key, value) in mapping {
            guard case .scalar(let keyScalar) = key, let number = Int(SourceText.trimmed(keyScalar.string)) else {
                log.error("each label of \(what) must start with a scale value such as `1:`, not \(shape(key))", at: key.mark)
                continue
            }
            guard case .scalar(let valueScalar) = value, !isNull(valueScalar) else {
                log.error("label \(number) of \(what) must be text, not \(shape(value))", at: value.mark)
                continue
            }
            if let range, !range.contains(number) {
                log.error("label \(number) of \(what) is outside its scale \(range.lowerBound)–\(range.upperBound); remove it or widen `min`/`max`", at: key.mark)
                continue
            }
            labels[number] = SourceText.trimmed(valueScalar.string)
        }
        return labels
    }
}
