import WorkshopModel

/// The poll screen's own state: which poll, who votes next, and how votes are taken.
struct PollDesk: Equatable, Sendable {
    /// The poll shown; nil follows the current block's first poll.
    var pollID: String?
    /// The block whose polls were followed, so a new block brings its own poll forward.
    var followedBlock: String?
    /// The index, in `voters`, of the participant whose vote the next key records.
    var voter = 0
    /// Counting a show of hands instead of votes per participant.
    var hands = false
    /// The value (scale value, option or light) `+` and `-` adjust while counting hands.
    var handValue: Int?
    /// Options ticked (multi) or ranked so far (ranking) for the selected voter, waiting for Enter.
    var pending: [Int] = []
    /// The text of an open-poll answer being typed.
    var form: Form?
}
