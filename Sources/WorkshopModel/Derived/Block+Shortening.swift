extension Block {
    /// The shortest this block may become in a re-plan: `minimumMinutes` from the agenda if given,
    /// otherwise half the planned length rounded up (80 % for the close); never below 1 minute and never
    /// above the planned length.
    public var shortestMinutes: Int {
        let fallback: Int
        switch kind {
        case .close: fallback = (plannedMinutes * 4 + 4) / 5
        case .intro, .presentation, .debate, .break, .other: fallback = (plannedMinutes + 1) / 2
        }
        return min(plannedMinutes, max(1, minimumMinutes ?? fallback))
    }

    /// Which blocks give up time first when the evening runs late: breaks, then debates, then
    /// presentations, introductions and other blocks, the close last.
    public var shorteningOrder: Int {
        switch kind {
        case .break: return 0
        case .debate: return 1
        case .intro, .presentation, .other: return 2
        case .close: return 3
        }
    }
}
