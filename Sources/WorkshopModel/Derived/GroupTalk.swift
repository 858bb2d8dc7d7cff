/// How long the people of one group (a party, an organisation) had the floor together.
public struct GroupTalk: Sendable, Codable, Equatable {
    /// The group's name.
    public var group: String
    /// Talk seconds while a block ran.
    public var seconds: Double

    /// `seconds` of talk by members of `group`.
    public init(group: String, seconds: Double) {
        self.group = group
        self.seconds = seconds
    }
}
