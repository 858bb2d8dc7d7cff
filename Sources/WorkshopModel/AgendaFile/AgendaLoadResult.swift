/// What loading an agenda file gives: the agenda when it has no errors, and every problem found.
public struct AgendaLoadResult: Sendable, Equatable {
    /// The agenda, or nil when any diagnostic is an error.
    public var agenda: Agenda?
    /// Errors and warnings in file order (line, then column).
    public var diagnostics: [Diagnostic]

    /// A result as the loader hands it back.
    public init(agenda: Agenda?, diagnostics: [Diagnostic]) {
        self.agenda = agenda
        self.diagnostics = diagnostics
    }

    /// The diagnostics that make the file unusable.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// The diagnostics that are worth fixing but do not stop the workshop.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
