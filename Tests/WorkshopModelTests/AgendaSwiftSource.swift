import WorkshopModel

/// An agenda written as Swift source: the expression that builds it, for compiling the bundled agenda into
/// the program so the console starts without parsing YAML. Every stored field is written; a field added to
/// the model and forgotten here makes `AgendaBundledTests` fail, because the compiled agenda then differs
/// from the parsed one.
enum AgendaSwiftSource {
    static func expression(_ agenda: Agenda, indent: String) -> String {
        let inner = indent + "    "
        var fields = ["title: \(string(agenda.title))"]
        if let date = agenda.date { fields.append("date: CivilDate(year: \(date.year), month: \(date.month), day: \(date.day))") }
        if let place = agenda.place { fields.append("place: \(string(place))") }
        fields.append("language: .\(agenda.language.rawValue)")
        fields.append("participationTarget: \(agenda.participationTarget)")
        fields.append("people: " + list(agenda.people.map(person), indent: inner))
        fields.append("blocks: " + list(agenda.blocks.map { block($0, indent: inner + "    ") }, indent: inner))
        if let subtitle = agenda.subtitle { fields.append("subtitle: \(string(subtitle))") }
        if let zone = agenda.timeZone { fields.append("timeZone: \(string(zone))") }
        return call("Agenda", fields, indent: indent)
    }

    private static func person(_ person: Person) -> String {
        var fields = ["name: \(string(person.name))", "role: .\(caseName(person.role))"]
        if let group = person.group { fields.append("group: \(string(group))") }
        if let title = person.title { fields.append("title: \(string(title))") }
        return "Person(" + fields.joined(separator: ", ") + ")"
    }

    private static func block(_ block: Block, indent: String) -> String {
        let inner = indent + "    "
        var fields = [
            "id: \(string(block.id))", "kind: .\(caseName(block.kind))", "title: \(string(block.title))",
            "plannedStart: ClockTime(minutes: \(block.plannedStart.minutes))", "plannedMinutes: \(block.plannedMinutes)",
        ]
        if let lead = block.lead { fields.append("lead: \(string(lead))") }
        if let notes = block.notes { fields.append("notes: \(string(notes))") }
        if let question = block.question { fields.append("question: \(string(question))") }
        let phases = block.phases.map { "Phase(name: \(string($0.name)), minutes: \($0.minutes))" }
        fields.append("phases: " + list(phases, indent: inner))
        fields.append("polls: " + list(block.polls.map { poll($0, indent: inner + "    ") }, indent: inner))
        fields.append("prompts: " + list(block.prompts.map(string), indent: inner))
        if let minimum = block.minimumMinutes { fields.append("minimumMinutes: \(minimum)") }
        return call("Block", fields, indent: indent)
    }

    private static func poll(_ poll: Poll, indent: String) -> String {
        let inner = indent + "    "
        var fields = [
            "id: \(string(poll.id))", "question: \(string(poll.question))", "kind: .\(caseName(poll.kind))",
            "options: " + list(poll.options.map(string), indent: inner), "min: \(poll.min)", "max: \(poll.max)",
        ]
        let labels = poll.labels.sorted { $0.key < $1.key }.map { "\($0.key): \(string($0.value))" }
        fields.append("labels: " + (labels.isEmpty ? "[:]" : "[" + labels.joined(separator: ", ") + "]"))
        if let most = poll.maxChoices { fields.append("maxChoices: \(most)") }
        return call("Poll", fields, indent: indent)
    }

    /// `Name(\n  field,\n  field\n)` at `indent`.
    private static func call(_ name: String, _ fields: [String], indent: String) -> String {
        let inner = indent + "    "
        return name + "(\n" + fields.map { inner + $0 }.joined(separator: ",\n") + "\n" + indent + ")"
    }

    private static func list(_ items: [String], indent: String) -> String {
        guard !items.isEmpty else { return "[]" }
        let inner = indent + "    "
        return "[\n" + items.map { inner + $0 }.joined(separator: ",\n") + ",\n" + indent + "]"
    }

    /// The enum case's name in Swift (raw values such as "note-taker" differ from it).
    private static func caseName<T>(_ value: T) -> String {
        let name = String(describing: value)
        return name == "break" ? "`break`" : name
    }

    /// A Swift string literal: quotes, backslashes and control characters escaped, everything else as is.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .format {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
