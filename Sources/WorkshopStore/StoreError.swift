import WorkshopModel

/// Why a session file could not be created, opened or found; each message says what, where and what to do.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No file at this path.
    case notFound(path: String)
    /// The file is not a workshop session (random bytes, another program's SQLite file). Left unchanged.
    case notASession(path: String)
    /// A session file that is broken (truncated, overwritten). Left unchanged.
    case damaged(path: String, detail: String)
    /// Written by a newer version of the program. Left unchanged.
    case newerFormat(path: String, version: Int, supported: Int)
    /// Another `workshop` has this session open for writing.
    case alreadyOpen(path: String, shortID: String, pid: Int32?)
    /// The file could not be read or opened for writing.
    case cannotOpen(path: String, problem: StoreProblem)
    /// A new session file or the session folder could not be made.
    case cannotCreate(path: String, detail: String)
    /// An event could not be turned into JSON; nothing was stored.
    case cannotEncode(detail: String)
    /// The session file was closed already.
    case closed(path: String)
    /// No session in the session folder matches this id or file name.
    case noSuchSession(reference: String, home: String)
    /// More than one session matches this id.
    case ambiguous(reference: String, matches: [String])
    /// There is no unfinished session to continue.
    case nothingToResume(home: String)

    /// The message in the user's language.
    public func message(_ language: Language) -> String {
        let en = language == .en
        switch self {
        case .notFound(let path):
            return en ? "\(path): no such file. Check the name, or list your sessions with `workshop sessions`."
                : "\(path): bestand bestaat niet. Controleer de naam, of toon je sessies met `workshop sessions`."
        case .notASession(let path):
            return en ? "\(path): not a workshop session file. It was left unchanged; open a .workshop file instead."
                : "\(path): geen workshop-sessiebestand. Het bleef ongewijzigd; open een .workshop-bestand."
        case .damaged(let path, let detail):
            return en ? "\(path): the session file is damaged (\(detail)). It was left unchanged. Keep a copy; "
                + "`sqlite3 FILE .dump` can salvage the readable events."
                : "\(path): het sessiebestand is beschadigd (\(detail)). Het bleef ongewijzigd. Bewaar een kopie; "
                + "`sqlite3 BESTAND .dump` kan de leesbare gebeurtenissen redden."
        case .newerFormat(let path, let version, let supported):
            return en ? "\(path): written by a newer workshop (format \(version), this one reads up to \(supported)). "
                + "It was left unchanged; update workshop to open it."
                : "\(path): gemaakt door een nieuwere workshop (formaat \(version), deze leest tot \(supported)). "
                + "Het bleef ongewijzigd; werk workshop bij om het te openen."
        case .alreadyOpen(let path, let shortID, let pid):
            let who = pid.map { en ? " (process \($0))" : " (proces \($0))" } ?? ""
            return en ? "\(path): this session is already open in another workshop\(who). Only one window can "
                + "record; to follow it on a second screen run `workshop display \(shortID)`."
                : "\(path): deze sessie is al open in een andere workshop\(who). Maar één venster kan opnemen; "
                + "volg ze op een tweede scherm met `workshop display \(shortID)`."
        case .cannotOpen(let path, let problem):
            return en ? "\(path): cannot open the session file: \(problem.message(.en))."
                : "\(path): kan het sessiebestand niet openen: \(problem.message(.nl))."
        case .cannotCreate(let path, let detail):
            return en ? "\(path): cannot create the session: \(detail). Choose another folder with --home DIR."
                : "\(path): kan de sessie niet aanmaken: \(detail). Kies een andere map met --home MAP."
        case .cannotEncode(let detail):
            return en ? "cannot store this event (\(detail)); nothing was recorded."
                : "kan deze gebeurtenis niet bewaren (\(detail)); er werd niets opgenomen."
        case .closed(let path):
            return en ? "\(path): the session file is closed." : "\(path): het sessiebestand is gesloten."
        case .noSuchSession(let reference, let home):
            return en ? "no session \"\(reference)\" in \(home). List them with `workshop sessions`, or give a file path."
                : "geen sessie \"\(reference)\" in \(home). Toon ze met `workshop sessions`, of geef een bestandspad."
        case .ambiguous(let reference, let matches):
            return en ? "\"\(reference)\" matches \(matches.count) sessions: \(matches.joined(separator: ", ")). Give more of the id."
                : "\"\(reference)\" past bij \(matches.count) sessies: \(matches.joined(separator: ", ")). Geef meer van de id."
        case .nothingToResume(let home):
            return en ? "no unfinished session in \(home). Start one with `workshop run`, or name a file."
                : "geen onafgewerkte sessie in \(home). Begin er een met `workshop run`, of noem een bestand."
        }
    }

    public var description: String { message(.en) }
}
