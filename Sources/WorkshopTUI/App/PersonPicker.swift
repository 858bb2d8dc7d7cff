import Foundation
import WorkshopModel

/// Choosing someone from the roster by typing part of their name.
///
/// Matching ignores case and accents ("ig" finds "Ighor", "ge" finds "Gérard"). Names that start with the
/// typed text come first, then names with a word that starts with it, then the group, then (from two
/// letters on) names that contain it; participants before the others. Enter takes the highlighted person (the best match), a
/// digit takes that line of the list, 0 the anonymous entry.
struct PersonPicker: Equatable, Sendable {
    /// What the picker chose.
    enum Pick: Equatable, Sendable {
        case person(PersonID)
        case anonymous
        /// Nobody matched: add someone with this name.
        case newPerson(String)
    }

    /// What a key did to the picker.
    enum Outcome: Equatable, Sendable {
        case picked(Pick)
        case cancelled
        case consumed
        case ignored
    }

    /// The typed part of the name.
    var query = LineEditor(allowsNewlines: false)
    /// Whether "anonymous" can be picked (answers: yes; a speaker: no).
    let allowsAnonymous: Bool
    /// The line the arrows moved to; nil follows the best match.
    private(set) var highlight: Int?

    /// A picker with nothing typed.
    init(allowsAnonymous: Bool) {
        self.allowsAnonymous = allowsAnonymous
    }

    /// The people matching what was typed, best first.
    func matches(in people: [Participant]) -> [Participant] {
        let typed = PersonPicker.fold(query.text.trimmingCharacters(in: .whitespaces))
        guard !typed.isEmpty else { return people.sorted { (rank($0), $0.id) < (rank($1), $1.id) } }
        var scored: [(score: Int, person: Participant)] = []
        for person in people {
            let name = PersonPicker.fold(person.name)
            let score: Int
            if name.hasPrefix(typed) {
                score = 0
            } else if name.split(separator: " ").contains(where: { $0.hasPrefix(typed) }) {
                score = 1
            } else if let group = person.group, PersonPicker.fold(group).hasPrefix(typed) {
                score = 2
            } else if typed.count > 1, name.contains(typed) {
                // One letter inside a name matches nearly everyone: only from two letters on.
                score = 3
            } else {
                continue
            }
            scored.append((score * 2 + rank(person), person))
        }
        // `sorted` is not stable: break ties by roster order.
        return scored.sorted { ($0.score, $0.person.id) < ($1.score, $1.person.id) }.map(\.person)
    }

    /// The line Enter would take: an index into `matches`, or nil for "anonymous" (or nothing).
    func highlighted(in people: [Participant]) -> Int? {
        let found = matches(in: people)
        if let highlight { return found.isEmpty ? nil : min(highlight, found.count - 1) }
        if query.isEmpty, allowsAnonymous { return nil }
        return found.isEmpty ? nil : 0
    }

    /// Applies a key against the current roster.
    mutating func handle(_ key: Key, people: [Participant]) -> Outcome {
        let found = matches(in: people)
        switch key {
        case .escape:
            return .cancelled
        case .enter:
            if let index = highlighted(in: people) { return .picked(.person(found[index].id)) }
            let typed = query.text.trimmingCharacters(in: .whitespaces)
            if !typed.isEmpty { return .picked(.newPerson(typed)) }
            return allowsAnonymous ? .picked(.anonymous) : .consumed
        case .char(let c) where c.isASCII && c.isNumber:
            let digit = c.wholeNumberValue ?? 0
            if digit == 0 { return allowsAnonymous ? .picked(.anonymous) : .consumed }
            return found.indices.contains(digit - 1) ? .picked(.person(found[digit - 1].id)) : .consumed
        case .down:
            let current = highlighted(in: people) ?? -1
            highlight = found.isEmpty ? nil : min(current + 1, found.count - 1)
            return .consumed
        case .up:
            guard let current = highlighted(in: people) else { return .consumed }
            // Above the first person sits "anonymous" while nothing is typed.
            highlight = current > 0 ? current - 1 : (allowsAnonymous && query.isEmpty ? nil : 0)
            return .consumed
        default:
            guard query.handle(key) else { return .ignored }
            highlight = nil
            return .consumed
        }
    }

    /// Participants first, then everyone else.
    private func rank(_ person: Participant) -> Int { person.role == .participant ? 0 : 1 }

    /// Lower case without accents, so typing needs neither shift nor dead keys.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
