/// Why an existing file cannot be opened as a session, found before anything is written to it.
enum FileVerdict: Error, Equatable {
    /// Not an SQLite file, or an SQLite file that is not a workshop session.
    case foreign
    /// A session file whose structure is broken (truncated, overwritten).
    case damaged(String)
    /// A session file written by a newer version of the program (its format number).
    case newer(Int)
    /// The file could not be read at all.
    case unreadable(String)
}
