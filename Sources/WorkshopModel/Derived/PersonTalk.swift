/// How long one person had the floor.
public struct PersonTalk: Sendable, Codable, Equatable {
    public var person: PersonID
    public var seconds: Double

    /// `seconds` of talk by `person`.
    public init(person: PersonID, seconds: Double) {
        self.person = person
        self.seconds = seconds
    }
}
