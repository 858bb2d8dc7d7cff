import WorkshopModel

/// Why writing to the session file failed just now; shown on screen while events wait in memory.
public enum StoreProblem: Error, Sendable, Equatable {
    /// The disk (or the file's size limit) is full.
    case diskFull
    /// The file or its folder became read-only.
    case readOnly
    /// The operating system reported an input/output error.
    case ioError(String)
    /// SQLite found the file damaged.
    case damaged(String)
    /// Another program holds the database busy.
    case busy
    /// A different event is already on file under this sequence number: another program wrote to it.
    case conflict(Int)
    /// `PRAGMA synchronous` is not FULL (2) after setting it; the found level.
    case unsafeSync(Int)
    /// Anything else, with SQLite's words.
    case other(String)

    /// What went wrong, in one short sentence.
    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.diskFull, .en): return "the disk is full"
        case (.diskFull, .nl): return "de schijf is vol"
        case (.readOnly, .en): return "the session file or its folder is read-only"
        case (.readOnly, .nl): return "het sessiebestand of de map is alleen-lezen"
        case (.ioError(let detail), .en): return "input/output error (\(detail))"
        case (.ioError(let detail), .nl): return "invoer/uitvoerfout (\(detail))"
        case (.damaged(let detail), .en): return "the session file is damaged (\(detail))"
        case (.damaged(let detail), .nl): return "het sessiebestand is beschadigd (\(detail))"
        case (.busy, .en): return "the session file is busy in another program"
        case (.busy, .nl): return "het sessiebestand is bezet door een ander programma"
        case (.conflict(let seq), .en): return "another program wrote event \(seq) to this session"
        case (.conflict(let seq), .nl): return "een ander programma schreef gebeurtenis \(seq) in deze sessie"
        case (.unsafeSync(let level), .en): return "SQLite refused synchronous=FULL (found \(level))"
        case (.unsafeSync(let level), .nl): return "SQLite weigerde synchronous=FULL (gevonden: \(level))"
        case (.other(let detail), _): return detail
        }
    }
}
