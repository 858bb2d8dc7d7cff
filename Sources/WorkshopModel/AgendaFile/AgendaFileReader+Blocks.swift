import Yams

extension AgendaFileReader {
    /// `blocks:` — read, timed, and checked against each other and against `people`.
    mutating func readBlocks(_ fields: FieldMap, agendaStart: Located<ClockTime>?, people: [Person]) -> [Block]? {
        guard fields["blocks"] != nil else {
            missing("blocks", in: fields, what: "the agenda", example: "blocks:")
            return nil
        }
        guard let items = list("blocks", in: fields, what: "the agenda", itemExample: "id: intro") else {
            if let node = fields["blocks"], isNull(node) {
                log.error("`blocks` is empty; add at least one block with `id`, `kind`, `title` and its times", at: fields.keyMark("blocks"))
            }
            return nil
        }
        if items.value.isEmpty {
            log.error("`blocks` is empty; add at least one block with `id`, `kind`, `title` and its times", at: items.mark)
            return nil
        }
        var drafts: [BlockDraft] = []
        var blockIDs: [String: Int] = [:]
        var pollIDs: [String: Int] = [:]
        for (index, item) in items.value.enumerated() {
            let draft = readBlock(item, number: index + 1, pollIDs: &pollIDs)
            if let id = draft.id {
                if let line = blockIDs[id.value] {
                    log.error("block id `\(id.value)` is already used by the block at line \(line); give each block its own id", at: id.mark)
                } else {
                    blockIDs[id.value] = id.mark?.line ?? 0
                }
            }
            drafts.append(draft)
        }
        resolveSchedule(&drafts, agendaStart: agendaStart)
        for draft in drafts { checkFit(draft) }
        checkLeads(drafts, people: people)
        let blocks = drafts.compactMap(\.block)
        return blocks.count == drafts.count ? blocks : nil
    }

    /// One block; always gives a draft, so a broken block still holds its place in the time chain.
    mutating func readBlock(_ item: Node, number: Int, pollIDs: inout [String: Int]) -> BlockDraft {
        var draft = BlockDraft(mark: item.mark, label: peek("id", in: item).map { "block `\($0)`" } ?? "block \(number)")
        guard let fields = readFields(of: item, allowed: AgendaKeys.block, what: draft.label) else {
            draft.hasTimeProblem = true
            return draft
        }
        draft.id = identifier("id", in: fields, what: draft.label, example: "id: debat-1")
        draft.label = draft.id.map { "block `\($0.value)`" } ?? "block \(number)"
        let label = draft.label
        draft.kind = choice("kind", in: fields, what: label, required: true)?.value
        draft.title = text("title", in: fields, what: label, required: true, example: "title: Debat 1")?.value
        draft.start = clockTime("start", in: fields, what: label)
        draft.end = clockTime("end", in: fields, what: label)
        draft.minutes = integer("minutes", in: fields, what: label, range: 1...1440, example: 25)
        draft.hasTimeProblem = (wasUnreadable("start", draft.start, in: fields) || wasUnreadable("end", draft.end, in: fields)
            || wasUnreadable("minutes", draft.minutes, in: fields))
        draft.minimumMinutes = integer("min_minutes", in: fields, what: label, range: 0...1440, example: 10)
        draft.lead = text("lead", in: fields, what: label)
        draft.notes = text("notes", in: fields, what: label)?.value
        draft.question = text("question", in: fields, what: label)?.value
        if let phases = list("phases", in: fields, what: label, itemExample: "{name: Reflectie, minutes: 5}") {
            draft.phasesMark = phases.mark
            draft.phases = phases.value.compactMap { readPhase($0, block: label) }
        }
        if let polls = list("polls", in: fields, what: label, itemExample: "id: kennis") {
            draft.polls = polls.value.compactMap { readPoll($0, block: label, pollIDs: &pollIDs) }
        }
        draft.prompts = textList("prompts", in: fields, what: label, itemExample: "Afspraken & acties?")?.value.map(\.value) ?? []
        return draft
    }

    /// Whether `key` was written with a value that could not be read (and so was reported already).
    func wasUnreadable<Value>(_ key: String, _ value: Located<Value>?, in fields: FieldMap) -> Bool {
        guard value == nil, let node = fields[key] else { return false }
        return !isNull(node)
    }

    /// An id: required, and only letters, digits, `-`, `_` and `.`, so it can be typed and referred to.
    mutating func identifier(_ key: String, in fields: FieldMap, what: String, example: String) -> Located<String>? {
        guard let id = text(key, in: fields, what: what, required: true, example: example) else { return nil }
        let allowed = id.value.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
        guard allowed else {
            let slug = id.value.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
            let hint = slug.isEmpty ? "" : ", e.g. `\(key): \(slug)`"
            log.error("\(what): `\(key)` may only contain letters, digits, `-`, `_` and `.`\(hint)", at: id.mark)
            return nil
        }
        return id
    }

    /// One phase: `{name: Reflectie & invultijd, minutes: 5}`.
    mutating func readPhase(_ item: Node, block: String) -> Phase? {
        let what = "a phase of \(block)"
        guard let fields = readFields(of: item, allowed: AgendaKeys.phase, what: what) else { return nil }
        let name = text("name", in: fields, what: what, required: true, example: "name: Debat & verdieping")
        let phaseWhat = name.map { "phase `\($0.value)` of \(block)" } ?? what
        let minutes = integer("minutes", in: fields, what: phaseWhat, range: 1...1440, example: 20)
        if fields["minutes"] == nil { missing("minutes", in: fields, what: phaseWhat, example: "minutes: 20") }
        guard let name, let minutes else { return nil }
        return Phase(name: name.value, minutes: minutes.value)
    }

    /// Phases that outlast their block, and a minimum longer than the block itself.
    mutating func checkFit(_ draft: BlockDraft) {
        guard let planned = draft.plannedMinutes else { return }
        let phaseMinutes = draft.phases.reduce(0) { $0 + $1.minutes }
        if phaseMinutes > planned {
            let parts = draft.phases.map { "\($0.minutes)" }.joined(separator: " + ")
            log.error("the phases of \(draft.label) add up to \(phaseMinutes) minutes (\(parts)), but the block lasts \(planned); shorten a phase or lengthen the block", at: draft.phasesMark)
        }
        if let minimum = draft.minimumMinutes, minimum.value > planned {
            log.error("`min_minutes` (\(minimum.value)) of \(draft.label) is more than the block's own \(planned) minutes; it is the shortest the block may become when the evening runs late, so make it \(planned) or less", at: minimum.mark)
        }
    }

    /// A lead who is not on the list of people is probably a typo: warn, do not refuse.
    mutating func checkLeads(_ drafts: [BlockDraft], people: [Person]) {
        let names = people.map(\.name)
        for draft in drafts {
            guard let lead = draft.lead, !names.contains(lead.value) else { continue }
            let lowered = lead.value.lowercased()
            let guess = names.first { $0.lowercased() == lowered }
                ?? names.first { $0.lowercased().split(separator: " ").first.map(String.init) == lowered }
                ?? Suggestion.closest(to: lead.value, in: names)
            let hint = guess.map { " (did you mean `\($0)`?)" } ?? ""
            log.warning("lead `\(lead.value)` of \(draft.label) is not among `people`\(hint); add them to `people` or fix the spelling", at: lead.mark)
        }
    }
}
