/// Where a block stands in the evening.
public enum BlockState: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    /// Not run yet, and still to come.
    case pending
    /// The current block, and its clock runs.
    case running
    /// The current block, started, its clock stopped.
    case paused
    /// Ran and was left (or the workshop ended in it).
    case done
    /// Never ran, and a later block did (or the workshop ended): it was passed over.
    case skipped
}
