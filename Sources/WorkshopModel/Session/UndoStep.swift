/// How to take back one recorded event: the event itself and the previous value of just what it changed.
///
/// Keeping inverses instead of snapshots makes recording and undoing O(1) per event, so folding a long
/// session file stays fast however many undos it holds.
struct UndoStep: Sendable, Codable, Equatable {
    /// The event's action, so a screen can say what an undo would take back.
    var action: Action
    var inverse: Inverse

    /// The previous state of whatever the action changed. Large records are boxed (`indirect`) so that
    /// every step stays small.
    enum Inverse: Sendable, Codable, Equatable {
        /// Block clocks: the runs touched, the previous current block and end; `reopenTurn` when the
        /// workshop's end closed the open turn.
        case clock(runs: [RunBackup], currentBlock: Int, endedAt: Instant?, reopenTurn: Bool)
        case planShift(previous: Int)
        /// A change of speaker: whether a turn was appended, and whether the previous turn was closed.
        case turns(appended: Bool, closedPrevious: Bool)
        case addedPerson
        indirect case person(Participant)
        case addedAnswer
        indirect case answer(index: Int, previous: Answer)
        case pollStatus(poll: String, status: PollState.Status, revealed: Bool)
        /// A first vote by this voter: it was appended to the voter order.
        case newBallot(poll: String, voter: Voter)
        /// A vote that replaced an earlier one.
        case replacedBallot(poll: String, voter: Voter, previous: Choice)
        /// A retracted vote and where the voter stood in the voter order.
        case retractedBallot(poll: String, voter: Voter, previous: Choice, position: Int)
        case hands(poll: String, value: Int, previous: Int)
        case addedActionItem
        case addedFeedback
        case addedNote
    }
}

/// A block run as it was before an event: only what clock events touch, so a backup is O(1) in size.
///
/// Clock events only ever append an open segment or close the last one, so the number of segments and the
/// last segment are enough to restore the list.
struct RunBackup: Sendable, Codable, Equatable {
    var index: Int
    var segmentCount: Int
    var lastSegment: Span?
    var firstStart: Instant?
    var end: Instant?
    var phase: PhaseMark?

    init(index: Int, run: BlockRun) {
        self.index = index
        segmentCount = run.segments.count
        lastSegment = run.segments.last
        firstStart = run.firstStart
        end = run.end
        phase = run.phase
    }

    /// Puts the run back as it was.
    func restore(_ run: inout BlockRun) {
        if run.segments.count > segmentCount {
            run.segments.removeLast(run.segments.count - segmentCount)
        }
        if let lastSegment, segmentCount > 0 {
            run.segments[segmentCount - 1] = lastSegment
        }
        run.firstStart = firstStart
        run.end = end
        run.phase = phase
    }
}
