import ArgumentParser
import Foundation
import WorkshopModel
import WorkshopStore

/// `workshop sessions`: the sessions in the session folder, newest change last.
struct Sessions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List the recorded sessions: id, date, title, state, blocks done, answers, votes, last change.",
        discussion: """
            Continue one with `workshop resume ID`; show one on a projector with `workshop display ID`. \
            ID is the short id in the first column (its first letters are enough when they are unique).
            """
    )

    @OptionGroup var home: HomeOption

    @Option(name: .long, help: "Language of the listing: nl or en (default: from LANG).")
    var lang: Language?

    @Flag(name: .long, help: "Also run SQLite's integrity check on every session file (read-only); exit 1 if one fails.")
    var check = false

    func run() throws {
        let language = SessionLaunch.language(lang)
        let home = home.resolve()
        for warning in home.warnings(language) { SessionLaunch.printError("workshop: " + warning) }
        let listing = home.listing()
        print(Sessions.table(listing, folder: home.directory.path, language: language), terminator: "")
        guard check else { return }
        var failed = false
        for entry in listing {
            let name = entry.url.lastPathComponent
            do throws(StoreError) {
                let reader = try SessionFile.reading(at: entry.url)
                defer { reader.close() }
                if let problem = reader.integrityProblem() {
                    failed = true
                    print("\(name): integrity_check: \(problem)")
                } else {
                    print("\(name): integrity_check: ok")
                }
            } catch {
                failed = true
                print("\(name): \(error.message(language))")
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// The listing as printed: a header, one row per session (newest change last), unreadable files with
    /// their reason, and where the sessions live.
    static func table(_ listing: [SessionListing], folder: String, language: Language) -> String {
        let s = Strings(language)
        guard !listing.isEmpty else {
            return s.t("Nog geen sessies in \(folder). Begin er een met `workshop run`.\n",
                       "No sessions in \(folder) yet. Start one with `workshop run`.\n")
        }
        let summaries = listing.compactMap { try? $0.result.get() }.sorted { $0.lastChange < $1.lastChange }
        let header = [s.t("ID", "ID"), s.t("DATUM", "DATE"), s.t("TITEL", "TITLE"), s.t("STAAT", "STATE"),
                      s.t("BLOKKEN", "BLOCKS"), s.t("ANTWOORDEN", "ANSWERS"), s.t("STEMMEN", "VOTES"),
                      s.t("LAATST GEWIJZIGD", "LAST CHANGE")]
        var rows = [header]
        for summary in summaries {
            rows.append([
                summary.shortID, summary.day, DisplayWidth.truncate(summary.title, to: 34), state(summary, s),
                "\(summary.blocksDone)/\(summary.blockCount)", "\(summary.answers)", "\(summary.votes)",
                stamp(summary.lastChange),
            ])
        }
        let widths = header.indices.map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        var out = ""
        for row in rows {
            let cells = row.enumerated().map { column, text in
                column == row.count - 1 ? text : DisplayWidth.pad(text, to: widths[column])
            }
            out += cells.joined(separator: "  ") + "\n"
        }
        for entry in listing {
            if case .failure(let error) = entry.result {
                out += "! " + error.message(language) + "\n"
            }
        }
        out += "\n" + s.t("Sessies staan in \(folder). Verder: workshop resume ID · Projector: workshop display ID\n",
                          "Sessions are kept in \(folder). Continue: workshop resume ID · Projector: workshop display ID\n")
        return out
    }

    private static func state(_ summary: SessionSummary, _ s: Strings) -> String {
        if summary.isOpen { return s.t("wordt opgenomen", "recording now") }
        switch summary.state {
        case .notStarted: return s.t("niet begonnen", "not started")
        case .inProgress: return s.t("niet afgerond", "unfinished")
        case .ended: return s.t("afgelopen", "ended")
        }
    }

    /// `YYYY-MM-DD HH:MM` in the machine's time zone.
    private static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
