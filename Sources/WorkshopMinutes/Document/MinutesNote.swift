import Foundation

/// A line of feedback or a free note.
public struct MinutesNote: Sendable, Codable, Equatable {
    /// The note's record number in the session.
    public var id: Int
    /// The note, cleaned (and masked in anonymous minutes).
    public var text: String
    /// The block that was current when it was written.
    public var blockID: String?
    /// The title of that block.
    public var blockTitle: String?
    /// When it was recorded.
    public var recordedAt: Date

    /// A note as listed in the minutes.
    public init(id: Int, text: String, blockID: String?, blockTitle: String?, recordedAt: Date) {
        self.id = id
        self.text = text
        self.blockID = blockID
        self.blockTitle = blockTitle
        self.recordedAt = recordedAt
    }
}
