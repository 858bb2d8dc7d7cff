/// Finds the word a user probably meant: for a misspelt key, kind or name, the closest allowed one.
enum Suggestion {
    /// Words people write for a key the format spells differently.
    static let synonyms: [String: String] = [
        "duration": "minutes", "length": "minutes", "mins": "minutes", "min": "minutes",
        "type": "kind", "speaker": "lead", "moderator": "lead", "presenter": "lead", "leader": "lead",
        "description": "notes", "note": "notes", "comment": "notes", "choices": "options", "answers": "options",
        "participants": "people", "attendees": "people", "persons": "people", "agenda": "blocks",
        "items": "blocks", "sessions": "blocks", "parts": "blocks", "target": "participation_target",
        "lang": "language", "location": "place", "venue": "place", "begin": "start", "from": "start",
        "stop": "end", "until": "end", "to": "end", "party": "group", "organisation": "group",
        "organization": "group", "fraction": "group", "tz": "timezone", "time_zone": "timezone",
        "minimum_minutes": "min_minutes", "min_duration": "min_minutes", "maximum": "max",
        "minimum": "min", "prompt": "prompts", "poll": "polls", "phase": "phases", "questions": "polls", "max_choice": "max_choices", "limit": "max_choices",
    ]

    /// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        if let synonym = synonyms[normalized(word)] ?? synonyms[lowered], candidates.contains(synonym) {
            return synonym
        }
        if let same = candidates.first(where: { normalized($0) == normalized(word) }) { return same }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, best.candidate.count / 3))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// ` (did you mean `x`?)`-style suffix, or an empty string.
    static func didYouMean(_ word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }

    /// Lowercased, with `_`, `-` and spaces removed, so `participationTarget` meets `participation_target`.
    static func normalized(_ word: String) -> String {
        String(word.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
