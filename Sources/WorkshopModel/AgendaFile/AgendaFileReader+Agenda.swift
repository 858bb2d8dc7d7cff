import Foundation
import Yams

extension AgendaFileReader {
    /// The whole agenda; nil when anything in it is an error (the problems are in `log`).
    mutating func readAgenda(_ root: Node) -> Agenda? {
        let what = "the agenda"
        guard let fields = readFields(of: root, allowed: AgendaKeys.agenda, what: what) else { return nil }
        let title = text("title", in: fields, what: what, required: true, example: "title: Workshop warmte")
        let subtitle = text("subtitle", in: fields, what: what)
        let place = text("place", in: fields, what: what)
        let date = readDate(fields)
        let timeZone = readTimeZone(fields)
        let language: Located<Language>? = choice("language", in: fields, what: what)
        let target = readParticipationTarget(fields)
        let start = clockTime("start", in: fields, what: what)
        let people = readPeople(fields)
        let blocks = readBlocks(fields, agendaStart: start, people: people)

        guard let title, let blocks, !log.hasErrors else { return nil }
        return Agenda(
            title: title.value, date: date, place: place?.value, language: language?.value ?? .nl,
            participationTarget: target ?? 0.75, people: people, blocks: blocks,
            subtitle: subtitle?.value, timeZone: timeZone)
    }

    /// `date: 2023-11-08`.
    mutating func readDate(_ fields: FieldMap) -> CivilDate? {
        guard let text = text("date", in: fields, what: "the agenda") else { return nil }
        guard let date = CivilDate(text.value) else {
            log.error("`date` is not a real date: `\(text.value)`; write it as YYYY-MM-DD, e.g. `date: 2023-11-08`", at: text.mark)
            return nil
        }
        return date
    }

    /// `timezone: Europe/Brussels`, checked against the system's list of zones.
    mutating func readTimeZone(_ fields: FieldMap) -> String? {
        guard let text = text("timezone", in: fields, what: "the agenda") else { return nil }
        guard ZoneRules.named(text.value) != nil else {
            let known = TimeZone.knownTimeZoneIdentifiers
            log.error(
                "unknown time zone `\(text.value)`; use an IANA name such as `Europe/Brussels` or `Europe/Amsterdam`"
                    + Suggestion.didYouMean(text.value, in: known),
                at: text.mark)
            return nil
        }
        return text.value
    }

    /// `participation_target: 0.75` or `75%`, between 0 and 1.
    mutating func readParticipationTarget(_ fields: FieldMap) -> Double? {
        let key = "participation_target"
        guard let node = fields[key], !isNull(node) else { return nil }
        guard case .scalar(let scalar) = node else {
            log.error("`\(key)` must be a number between 0 and 1 such as `\(key): 0.75`, not \(shape(node))", at: node.mark)
            return nil
        }
        let text = SourceText.trimmed(scalar.string)
        let value: Double?
        if text.hasSuffix("%") {
            value = Double(SourceText.trimmed(String(text.dropLast()))).map { $0 / 100 }
        } else {
            value = Double(text)
        }
        guard let value, value.isFinite else {
            log.error("`\(key)` must be a number between 0 and 1 such as `\(key): 0.75` (or `75%`), not \(shape(node))", at: node.mark)
            return nil
        }
        guard (0...1).contains(value) else {
            let hint = value > 1 && value <= 100 && !text.hasSuffix("%") ? "; for \(text) percent write `\(key): \(value / 100)` or `\(text)%`" : ""
            log.error("`\(key)` is \(text), outside 0–1: it is the share of talk time for participants, e.g. 0.75 for 75%\(hint)", at: node.mark)
            return nil
        }
        return value
    }

    /// `people:` — a list of `{name, role, group, title}`, or of plain names (participants).
    mutating func readPeople(_ fields: FieldMap) -> [Person] {
        guard let items = list("people", in: fields, what: "the agenda", itemExample: "name: Wouter Cyx") else { return [] }
        var people: [Person] = []
        var firstLine: [String: Int] = [:]
        for (index, item) in items.value.enumerated() {
            let what = peek("name", in: item).map { "person `\($0)`" } ?? "person \(index + 1) in `people`"
            var person: Person?
            var nameMark = item.mark
            if case .scalar(let scalar) = item, !isNull(scalar) {
                person = Person(name: SourceText.trimmed(scalar.string), role: .participant)
            } else if let personFields = readFields(of: item, allowed: AgendaKeys.person, what: what) {
                let name = text("name", in: personFields, what: what, required: true, example: "name: Wouter Cyx")
                let role: Located<Role>? = choice("role", in: personFields, what: what)
                let group = text("group", in: personFields, what: what)
                let title = text("title", in: personFields, what: what)
                nameMark = name?.mark
                if let name {
                    person = Person(name: name.value, role: role?.value ?? .participant, group: group?.value, title: title?.value)
                }
            }
            guard let person else { continue }
            let key = person.name.lowercased()
            if let line = firstLine[key] {
                log.error("`\(person.name)` is listed twice in `people` (first at line \(line)); names must be unique — add an initial or the group to tell them apart", at: nameMark)
                continue
            }
            firstLine[key] = nameMark?.line ?? 0
            people.append(person)
        }
        return people
    }
}
