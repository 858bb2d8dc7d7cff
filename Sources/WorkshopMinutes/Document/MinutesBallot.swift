/// One voter's vote, or one count of raised hands.
public struct MinutesBallot: Sendable, Codable, Equatable {
    /// The voter's name (or anonymous label), "Telefoon 3" for a phone, or the show-of-hands label.
    public var voter: String
    /// The voting person's number; nil for a phone or raised hands.
    public var person: Int?
    /// The voter's party or organisation.
    public var group: String?
    /// The choice in words: "4", "Warmtenet", "Richting geven > Governance creëren", "groen", or the text.
    public var choice: String
    /// The choice as numbers: the scale value, option indices in order, or the traffic light's value.
    public var values: [Int]
    /// How many votes this line stands for: 1 for a vote, the count for raised hands.
    public var count: Int

    /// A vote as listed in the minutes.
    public init(voter: String, person: Int?, group: String?, choice: String, values: [Int], count: Int) {
        self.voter = voter
        self.person = person
        self.group = group
        self.choice = choice
        self.values = values
        self.count = count
    }
}
