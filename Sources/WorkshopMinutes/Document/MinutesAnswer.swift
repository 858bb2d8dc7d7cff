import Foundation

/// An answer given in a round, as the note-taker captured it.
public struct MinutesAnswer: Sendable, Codable, Equatable {
    /// The answer's record number in the session.
    public var id: Int
    /// The block (round) it answers.
    public var blockID: String
    /// Who said it (or the anonymous label); nil for an answer without a name.
    public var person: String?
    /// The number of who said it.
    public var personNumber: Int?
    /// The party or organisation of who said it.
    public var group: String?
    /// The answer, cleaned (and masked in anonymous minutes).
    public var text: String
    /// The theme tags, in the order typed.
    public var tags: [String]
    /// Kept off the screen by the moderator; in the minutes, marked.
    public var hidden: Bool
    /// Typed at the console, or "Telefoon 2" for an answer sent from a phone.
    public var origin: String?
    /// When it was recorded.
    public var recordedAt: Date
    /// When it was last edited, if ever.
    public var editedAt: Date?

    /// An answer as listed in the minutes.
    public init(id: Int, blockID: String, person: String?, personNumber: Int?, group: String?, text: String,
                tags: [String], hidden: Bool, origin: String?, recordedAt: Date, editedAt: Date?) {
        self.id = id
        self.blockID = blockID
        self.person = person
        self.personNumber = personNumber
        self.group = group
        self.text = text
        self.tags = tags
        self.hidden = hidden
        self.origin = origin
        self.recordedAt = recordedAt
        self.editedAt = editedAt
    }
}
