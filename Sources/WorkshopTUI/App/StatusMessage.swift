/// A line of feedback at the bottom of the screen: what was just done, or why it was not.
struct StatusMessage: Equatable, Sendable {
    var text: String
    /// A refusal or a warning, drawn so it stands out (and marked with "!" for monochrome screens).
    var isWarning: Bool

    /// Something done.
    static func info(_ text: String) -> StatusMessage { StatusMessage(text: text, isWarning: false) }
    /// Something refused, or a question.
    static func warning(_ text: String) -> StatusMessage { StatusMessage(text: text, isWarning: true) }
}
