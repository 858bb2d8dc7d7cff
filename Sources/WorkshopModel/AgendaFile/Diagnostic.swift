/// One problem found in an agenda file, with the place an editor can jump to.
public struct Diagnostic: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// How bad a problem is: errors make the agenda unusable, warnings do not.
    public enum Severity: String, Sendable, Equatable, Hashable, Codable {
        /// The agenda cannot be used until this is fixed.
        case error
        /// Worth a look; the agenda still loads.
        case warning
    }

    /// The file as the user named it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars (as libyaml counts them).
    public var column: Int
    /// Whether this stops the agenda from loading.
    public var severity: Severity
    /// What is wrong and what to do about it, in one sentence or two.
    public var message: String

    /// A diagnostic at a place in a file.
    public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, the form compilers use, so editors can jump to it.
    public var formatted: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }

    /// Same as `formatted`.
    public var description: String { formatted }
}
