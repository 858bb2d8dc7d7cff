/// A question the console asks before acting, answered with a key or two.
enum Prompt: Equatable, Sendable {
    /// Quit although a block runs or text is still open: y or j quits, anything else stays.
    case confirmQuit
    /// Close the room's web server: y or j closes, anything else keeps it open.
    case confirmCloseRoom
    /// Undo although the last recorded thing came from a phone: y or j undoes it, anything else keeps it.
    case confirmUndoPhone
    /// Go to a block by its number in the agenda list.
    case goToBlock(typed: String)
    /// Which participant has the floor.
    case pickSpeaker(PersonPicker)
}
