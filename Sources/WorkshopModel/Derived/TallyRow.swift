/// One line of a poll's result: an option, a scale value or a traffic light colour.
public struct TallyRow: Sendable, Codable, Equatable {
    /// The option's text, the scale value as digits, or "red", "amber", "green" (the screen translates).
    public var label: String
    /// The option index, the scale value, or the traffic light's raw value (0 red, 1 amber, 2 green).
    public var value: Int
    /// Votes for it, raised hands included; for a ranking, how many put it first.
    public var count: Int
    /// `count` as a percentage (0–100) of the poll's voters; 0 when nobody voted.
    public var percent: Double
    /// Borda points of a ranking poll; nil for other kinds.
    public var points: Int?

    /// A tally row.
    public init(label: String, value: Int, count: Int, percent: Double, points: Int? = nil) {
        self.label = label
        self.value = value
        self.count = count
        self.percent = percent
        self.points = points
    }
}
