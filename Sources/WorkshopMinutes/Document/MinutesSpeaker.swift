/// Talk time of one person or one group.
public struct MinutesSpeaker: Sendable, Codable, Equatable {
    /// The person's name (or anonymous label), or the group's name.
    public var name: String
    /// The person's group; nil for a group row or a person without one.
    public var group: String?
    /// Seconds of talk.
    public var seconds: Double

    /// A row of talk time.
    public init(name: String, group: String?, seconds: Double) {
        self.name = name
        self.group = group
        self.seconds = seconds
    }
}
