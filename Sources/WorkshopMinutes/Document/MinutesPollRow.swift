/// One line of a poll's result: an option, a scale value or a traffic-light colour.
public struct MinutesPollRow: Sendable, Codable, Equatable {
    /// The option's text, the scale value (with its word, if any) or the colour in the session's language.
    public var label: String
    /// The option index, the scale value, or the traffic light's 0 red, 1 amber, 2 green.
    public var value: Int
    /// Votes for it, raised hands included; for a ranking, how many put it first.
    public var count: Int
    /// `count` as a percentage (0–100) of the voters.
    public var percent: Double
    /// Borda points of a ranking; nil for other kinds.
    public var points: Int?

    /// A result row.
    public init(label: String, value: Int, count: Int, percent: Double, points: Int?) {
        self.label = label
        self.value = value
        self.count = count
        self.percent = percent
        self.points = points
    }
}
