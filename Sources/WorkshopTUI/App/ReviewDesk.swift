/// The review screen's own state: which round, how answers are grouped, how far it is scrolled.
struct ReviewDesk: Equatable, Sendable {
    /// The round shown (a block id); nil follows the current block.
    var block: String?
    /// Group by participant group (party) instead of by tag.
    var byGroup = false
    /// Entries (group headings and answers) scrolled past.
    var scroll = 0
    /// The round grouped and counted, kept between frames.
    var digest: ReviewDigest?
}
