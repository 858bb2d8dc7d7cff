import Foundation

/// An action agreed: what, who, by when.
public struct MinutesAction: Sendable, Codable, Equatable {
    /// The action's record number in the session.
    public var id: Int
    /// What is to be done.
    public var what: String
    /// Who does it, if agreed.
    public var who: String?
    /// By when, as agreed.
    public var due: String?
    /// When it was recorded.
    public var recordedAt: Date

    /// An action as listed in the minutes.
    public init(id: Int, what: String, who: String?, due: String?, recordedAt: Date) {
        self.id = id
        self.what = what
        self.who = who
        self.due = due
        self.recordedAt = recordedAt
    }
}
