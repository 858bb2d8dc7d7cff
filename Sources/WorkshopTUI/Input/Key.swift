/// A key press as the screens see it, already decoded from the terminal's bytes.
///
/// The backend never hands over control characters as `.char`: they arrive as `.ctrl`, `.enter`, `.tab`,
/// and so on, and escape sequences it does not know are dropped rather than typed.
enum Key: Equatable, Hashable, Sendable {
    /// A printable character (a whole grapheme cluster).
    case char(Character)
    case enter
    case tab
    /// Shift-Tab.
    case backTab
    case escape
    case backspace
    case delete
    case up, down, left, right
    /// Ctrl-Left and Ctrl-Right: a word back or forward.
    case ctrlLeft, ctrlRight
    case home, end, pageUp, pageDown
    /// Ctrl with a letter, lower case: `.ctrl("a")`. Ctrl-J (a newline) arrives as `.ctrl("j")`.
    case ctrl(Character)
    /// Alt (or Esc then the key) with a character: `.alt("b")`; Alt-Enter is `.alt("\n")`.
    case alt(Character)
    /// F1 is `.function(1)`.
    case function(Int)
    /// Text pasted in one go (bracketed paste), already cleaned of control characters.
    case paste(String)
    /// The terminal changed size.
    case resize
    /// Not a key: something the loop watches beside the keyboard is ready (the room's inbox of phone
    /// submissions), so the loop wakes at once instead of polling.
    case wake
}
