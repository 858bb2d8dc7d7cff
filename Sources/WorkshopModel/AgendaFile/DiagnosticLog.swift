import Yams

/// Collects the diagnostics of one agenda file while it is read, so every problem is reported, not just the first.
struct DiagnosticLog {
    let file: String
    private(set) var entries: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// Whether any error (not a warning) was logged.
    var hasErrors: Bool { entries.contains { $0.severity == .error } }

    mutating func error(_ message: String, at mark: Mark?) {
        add(.error, message, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func warning(_ message: String, at mark: Mark?) {
        add(.warning, message, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func error(_ message: String, line: Int, column: Int) {
        add(.error, message, line: line, column: column)
    }

    mutating func add(_ severity: Diagnostic.Severity, _ message: String, line: Int, column: Int) {
        entries.append(Diagnostic(file: file, line: max(1, line), column: max(1, column), severity: severity, message: message))
    }

    /// The entries in file order; for one place, in the order they were found.
    var sorted: [Diagnostic] {
        entries.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
    }
}
