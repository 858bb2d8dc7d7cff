/// The file formats the minutes can be exported in.
public enum MinutesFormat: String, Sendable, CaseIterable {
    /// Readable as plain text and as rendered Markdown.
    case markdown
    /// One self-contained, print-friendly page.
    case html
    /// One file per kind of record, for spreadsheets.
    case csv
    /// The complete session, for other tools.
    case json
}
