/// A suggestion to still end on time: which blocks still to come to shorten, and by how much.
public struct Replan: Sendable, Codable, Equatable {
    /// How far behind the evening runs, in whole minutes rounded up (so following the plan ends on time).
    public var behindMinutes: Int
    /// The blocks to shorten, in agenda order; blocks that stay as planned are left out.
    public var changes: [Change]
    /// Minutes that cannot be won back without going below the blocks' minimum lengths.
    public var uncoveredMinutes: Int

    /// A re-plan as computed by `Session.replan(at:)`.
    public init(behindMinutes: Int, changes: [Change], uncoveredMinutes: Int) {
        self.behindMinutes = behindMinutes
        self.changes = changes
        self.uncoveredMinutes = uncoveredMinutes
    }

    /// One block to shorten.
    public struct Change: Sendable, Codable, Equatable {
        /// The block's id.
        public var blockID: String
        /// The block's title.
        public var title: String
        /// The planned length.
        public var fromMinutes: Int
        /// The suggested length.
        public var toMinutes: Int

        /// A block shortened from `fromMinutes` to `toMinutes`.
        public init(blockID: String, title: String, fromMinutes: Int, toMinutes: Int) {
            self.blockID = blockID
            self.title = title
            self.fromMinutes = fromMinutes
            self.toMinutes = toMinutes
        }
    }
}
