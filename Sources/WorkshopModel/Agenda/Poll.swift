/// A question put to the room whose answers are tallied.
public struct Poll: Sendable, Codable, Equatable, Identifiable {
    /// The most options a single, multi or ranking poll may have: each needs its own key on the console.
    public static let maxOptions = 21

    public var id: String
    public var question: String
    public var kind: PollKind
    /// The choices of a single, multi or ranking poll, in the order they are shown.
    public var options: [String]
    /// The lowest and highest value of a scale poll.
    public var min: Int
    public var max: Int
    /// Words for some scale values, e.g. 1: "helemaal niet", 5: "heel goed".
    public var labels: [Int: String]
    /// How many options a participant may tick in a multi poll; nil means any number.
    public var maxChoices: Int?

    public init(
        id: String, question: String, kind: PollKind, options: [String] = [], min: Int = 1, max: Int = 5,
        labels: [Int: String] = [:], maxChoices: Int? = nil
    ) {
        self.id = id
        self.question = question
        self.kind = kind
        self.options = options
        self.min = min
        self.max = max
        self.labels = labels
        self.maxChoices = maxChoices
    }

    /// The values of a scale poll, lowest first.
    public var scaleValues: ClosedRange<Int> { min...Swift.max(min, max) }
}

/// How a poll is answered.
public enum PollKind: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    /// A number from `min` to `max`.
    case scale
    /// Exactly one of the options.
    case single
    /// Some of the options, up to `maxChoices`.
    case multi
    /// The options in order of preference.
    case ranking
    /// Free text.
    case open
    /// Red, amber or green.
    case trafficLight = "traffic-light"

    /// Whether the poll is answered by choosing among `options`.
    public var hasOptions: Bool { self == .single || self == .multi || self == .ranking }
}
