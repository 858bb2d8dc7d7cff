extension Choice {
    /// Whether this choice is a valid answer to `poll`: the right kind, values in range, options distinct.
    /// An open poll's text must also be non-empty once trimmed; `Session` reports that as `.emptyText`.
    public func fits(_ poll: Poll) -> Bool {
        switch (self, poll.kind) {
        case (.scale(let value), .scale):
            return poll.min <= value && value <= poll.max
        case (.option(let index), .single):
            return poll.options.indices.contains(index)
        case (.options(let indices), .multi):
            return !indices.isEmpty && indices.count <= (poll.maxChoices ?? poll.options.count)
                && Choice.distinctIndices(indices, within: poll.options.count)
        case (.ranking(let indices), .ranking):
            return !indices.isEmpty && Choice.distinctIndices(indices, within: poll.options.count)
        case (.light, .trafficLight):
            return true
        case (.text(let text), .open):
            return !text.trimmedForRecord.isEmpty
        default:
            return false
        }
    }

    private static func distinctIndices(_ indices: [Int], within count: Int) -> Bool {
        guard indices.allSatisfy({ 0 <= $0 && $0 < count }) else { return false }
        return Set(indices).count == indices.count
    }
}
