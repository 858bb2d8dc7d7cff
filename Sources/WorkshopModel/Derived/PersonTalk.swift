/// How long one person had the floor.
public struct PersonTalk: Sendable, Codable, Equatable {
    /// The speaker's number.
    public var person: PersonID
    /// Talk seconds while a block ran.
    public var seconds: Double

    /// `seconds` of talk by `person`.
    public init(person: PersonID, seconds: Double) {
        self.person = person
        self.seconds = seconds
    }
}
