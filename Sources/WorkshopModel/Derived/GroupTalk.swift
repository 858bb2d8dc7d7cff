/// How long the people of one group (a party, an organisation) had the floor together.
public struct GroupTalk: Sendable, Codable, Equatable {
    public var group: String
    public var seconds: Double

    /// `seconds` of talk by members of `group`.
    public init(group: String, seconds: Double) {
        self.group = group
        self.seconds = seconds
    }
}
