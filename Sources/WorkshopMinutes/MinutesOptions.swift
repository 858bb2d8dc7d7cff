import WorkshopModel

/// Choices that change what the minutes say, whatever the format.
public struct MinutesOptions: Sendable, Equatable {
    /// Replace participants' names by their group, or "Deelnemer 1" / "Participant 1" when they have none.
    public var anonymous: Bool
    /// The language of the labels; nil means the session's (the agenda's `language`).
    public var language: Language?

    /// Options for minutes; named and in the session's language by default.
    public init(anonymous: Bool = false, language: Language? = nil) {
        self.anonymous = anonymous
        self.language = language
    }
}
