import Foundation

/// Text typed but not yet submitted (an answer, a note), saved so a crash loses at most two seconds of it.
public struct Draft: Sendable, Equatable {
    /// Which editor it belongs to, e.g. "answer:debat-1" — chosen by the screen.
    public var key: String
    public var text: String
    /// When it was last saved.
    public var updated: Date

    public init(key: String, text: String, updated: Date) {
        self.key = key
        self.text = text
        self.updated = updated
    }
}
