/// Why an export could not be written, in words the user can act on.
public struct MinutesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, where, and what to do.
    public var message: String

    /// An error with its message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
