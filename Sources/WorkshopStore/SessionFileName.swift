import Foundation
import WorkshopModel

/// How session files are named: `<YYYY-MM-DD>-<slug of the title>-<short id>.workshop`.
///
/// The date is the day the session was created (in the session's time zone), so a rehearsal and the real
/// evening sort apart; the short id keeps two sessions of one agenda on one day distinct.
public enum SessionFileName {
    /// The extension of a session file.
    public static let fileExtension = "workshop"
    /// Characters of the session id used in file names and on the command line.
    public static let shortIDLength = 6
    /// Letters and digits that cannot be mistaken for one another (no 0/o, 1/l/i).
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    /// A new random session id (16 characters, about 79 bits).
    public static func newSessionID() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// The file name for a session.
    public static func make(title: String, day: String, sessionID: String) -> String {
        "\(day)-\(slug(title))-\(sessionID.prefix(shortIDLength)).\(fileExtension)"
    }

    /// `title` in lowercase ASCII with dashes: accents dropped, everything else that is not a letter or a
    /// digit becomes a dash; at most 40 characters; "session" when nothing is left.
    public static func slug(_ title: String) -> String {
        var out = ""
        // Decomposing leaves ASCII as it is; Foundation's decomposition (through CoreFoundation's Unicode
        // tables) costs a new session 0.4 MiB of memory, so plain titles skip it.
        let decomposed = title.utf8.allSatisfy { $0 < 0x80 } ? title : title.decomposedStringWithCanonicalMapping
        for scalar in decomposed.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !scalar.isASCII, scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !out.hasSuffix("-"), !out.isEmpty {
                out.append("-")
            }
            if out.count >= 40 { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "session" : out
    }

    /// The creation day `YYYY-MM-DD` of `date` in the time zone `timeZoneID` (UTC when unknown).
    public static func day(of date: Date, timeZoneID: String) -> String {
        ZoneRules.namedOrUTC(timeZoneID).local(date).day.description
    }
}
