/// Someone on the agenda's list of people, or added during the session.
public struct Person: Sendable, Codable, Equatable, Hashable {
    public var name: String
    public var role: Role
    /// A political party, organisation or table, used to group answers and talk time.
    public var group: String?
    /// What the person does, shown beside the name, e.g. "Adviseur klimaatbeleid".
    public var title: String?

    public init(name: String, role: Role = .participant, group: String? = nil, title: String? = nil) {
        self.name = name
        self.role = role
        self.group = group
        self.title = title
    }
}

/// What a person does in the workshop; only participants count towards the participation target.
public enum Role: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    case moderator
    case presenter
    case noteTaker = "note-taker"
    case participant
}
