/// Choices that change what the minutes say, whatever the format.
public struct MinutesOptions: Sendable, Equatable {
    /// Replace participants' names by their group, or "Deelnemer 1" / "Participant 1" when they have none.
    public var anonymous: Bool

    /// Options for minutes; named by default.
    public init(anonymous: Bool = false) {
        self.anonymous = anonymous
    }
}
