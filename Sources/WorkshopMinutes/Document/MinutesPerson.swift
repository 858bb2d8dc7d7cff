import WorkshopModel

/// Someone on the session's roster, as the minutes name them.
public struct MinutesPerson: Sendable, Codable, Equatable {
    /// The person's number in the session (stable, never reused).
    public var number: PersonID
    /// The name, or in anonymous minutes the participant's label ("Groen", "Deelnemer 2").
    public var name: String
    /// What the person does in the workshop.
    public var role: Role
    /// The party, organisation or table.
    public var group: String?
    /// What the person does, from the agenda (e.g. "Adviseur klimaatbeleid").
    public var title: String?
    /// Taken off the roster during the session; kept so earlier answers keep a name.
    public var removed: Bool

    /// A person as listed in the minutes.
    public init(number: PersonID, name: String, role: Role, group: String?, title: String?, removed: Bool) {
        self.number = number
        self.name = name
        self.role = role
        self.group = group
        self.title = title
        self.removed = removed
    }
}
