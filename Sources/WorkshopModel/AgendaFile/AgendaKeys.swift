/// The keys each mapping of an agenda file may have, in the order the format documents them.
enum AgendaKeys {
    static let agenda = [
        "title", "subtitle", "date", "place", "timezone", "language", "participation_target", "start", "people", "blocks",
    ]
    static let person = ["name", "role", "group", "title"]
    static let block = [
        "id", "kind", "title", "start", "end", "minutes", "min_minutes", "lead", "notes", "question", "phases", "polls",
        "prompts",
    ]
    static let phase = ["name", "minutes"]
    static let poll = ["id", "question", "kind", "options", "min", "max", "labels", "max_choices"]
}
