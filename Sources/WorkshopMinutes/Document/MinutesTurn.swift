import Foundation

/// A stretch in which one speaker had the floor.
public struct MinutesTurn: Sendable, Codable, Equatable {
    /// What kind of speaker.
    public enum Speaker: String, Sendable, Codable, Equatable {
        case participant, moderator, presenter
    }

    /// Participant, moderator or presenter.
    public var speaker: Speaker
    /// The speaker's name (or anonymous label), when the note-taker named them.
    public var person: String?
    /// The speaker's number, when named.
    public var personNumber: Int?
    /// When the turn began.
    public var from: Date
    /// Nil while the turn was still going on.
    public var to: Date?

    /// A turn as listed in the minutes.
    public init(speaker: Speaker, person: String?, personNumber: Int?, from: Date, to: Date?) {
        self.speaker = speaker
        self.person = person
        self.personNumber = personNumber
        self.from = from
        self.to = to
    }
}
