/// Why an event was refused. The model holds no user-facing text; the front end words each reason.
public enum Rejection: String, Sendable, Codable, Equatable, Hashable, CaseIterable, Error {
    /// No block with that id, or the agenda has no blocks at all.
    case unknownBlock
    /// No poll with that id in any block.
    case unknownPoll
    /// No person with that number.
    case unknownPerson
    /// The person was removed from the roster; their records stay, but nothing new is attributed to them.
    case personRemoved
    /// No answer with that number, or it was deleted.
    case unknownAnswer
    /// The current block has no phase with that index.
    case noSuchPhase
    /// Already at the first (previous) or the last (next) block.
    case noMoreBlocks
    /// Votes and show-of-hands counts are only taken while the poll is open.
    case pollNotOpen
    /// The choice does not match the poll's kind or range (a scale value out of range, an unknown option…).
    case choiceDoesNotFitPoll
    /// A show-of-hands correction would take a count below zero.
    case countBelowZero
    /// There is no recorded event left to take back.
    case nothingToUndo
    /// The workshop was ended; the clock, the floor and the plan no longer change.
    case workshopEnded
    /// Pausing a block that is not running.
    case notRunning
    /// Starting or resuming a block that already runs.
    case alreadyRunning
    /// A name, answer, action, note or open-poll text that is empty once trimmed.
    case emptyText
    /// The event would leave everything as it is (same speaker, same vote, already open…), so it is not
    /// recorded: an undo must never take back a step nobody could see.
    case nothingChanged
}
