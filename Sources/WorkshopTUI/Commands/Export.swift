import ArgumentParser
import Foundation
import WorkshopMinutes
import WorkshopModel
import WorkshopStore

/// `workshop export SESSION`: the minutes of a session as Markdown, HTML, CSV or JSON.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the minutes of a session: Markdown, HTML, CSV or JSON (read-only, also while it runs).",
        discussion: """
            The minutes hold who took part, the agenda as planned and as it ran, participation, every poll, \
            every debate's answers, actions, feedback and notes, in the session's language. The session file \
            is only read, through a consistent snapshot: it is never changed, and a session that is still \
            running gives provisional minutes as of its last event. Without -o the minutes go to \
            minutes-ID.md (.html, .json) or the folder minutes-ID-csv/ in the current folder.
            """
    )

    @Argument(help: "A session's short id (see `workshop sessions`), or the path of a .workshop file.")
    var session: String

    @Option(name: .long, help: "The kind of file to write.")
    var format: MinutesFormat = .markdown

    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("Where to write: a file, a folder for csv, or - for standard output.", valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Name participants by their party or organisation, or as 'Deelnemer 1', 'Deelnemer 2' ….")
    var anonymous = false

    @Flag(name: .long, help: "CSV for Dutch-locale Excel: ';' between fields, a UTF-8 byte order mark, decimal commas.")
    var excel = false

    @Option(name: .long, help: "Language of the minutes and messages: nl or en (default: the agenda's `language`).")
    var lang: Language?

    @OptionGroup var home: HomeOption

    func validate() throws {
        let nl = SessionLaunch.language(lang) == .nl
        if excel && format != .csv {
            throw ValidationError(nl ? "--excel geldt enkel voor --format csv." : "--excel only applies to --format csv.")
        }
        if format == .csv && output == "-" {
            throw ValidationError(nl
                ? "CSV-notulen zijn een map met bestanden (answers, votes, results, actions, notes, timings); geef een map met -o, niet -."
                : "CSV minutes are a folder of files (answers, votes, results, actions, notes, timings); give a folder with -o, not -.")
        }
    }

    func run() throws {
        let messages = SessionLaunch.language(lang)
        let home = home.resolve()
        let url = try SessionLaunch.fail(messages) { () throws(StoreError) in try home.locate(session) }
        let (meta, events) = try SessionLaunch.fail(messages) { () throws(StoreError) in
            let reader = try SessionFile.reading(at: url)
            defer { reader.close() }
            // One read of all events is one SQLite read transaction: a consistent snapshot even while the
            // console records beside it.
            return (reader.meta, try reader.events())
        }
        let language = lang ?? meta.agenda.language
        let recorded = Session(agenda: meta.agenda, timeZoneID: meta.timeZoneID, events: events)
        let minutes = Minutes(session: recorded, options: MinutesOptions(anonymous: anonymous, language: lang))

        let target = output ?? Export.defaultName(shortID: meta.shortID, format: format)
        if target == "-" {
            FileHandle.standardOutput.write(Export.render(minutes, format: format))
            return
        }
        let destination = URL(fileURLWithPath: target, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
        try Export.refuseSessionFile(destination, session: url, language: language)
        do {
            if format == .csv {
                try Export.checkFolder(destination, language: language)
                try CSVMinutes.write(minutes, to: destination, excel: excel)
            } else {
                try Export.render(minutes, format: format).write(to: destination, options: .atomic)
            }
        } catch {
            let detail = (error as? MinutesError)?.message ?? error.localizedDescription
            SessionLaunch.printError(language == .nl
                ? "workshop: kan de notulen niet schrijven naar \(destination.path): \(detail). Kies een andere plaats met -o."
                : "workshop: cannot write the minutes to \(destination.path): \(detail). Choose another place with -o.")
            throw ExitCode(1)
        }
        print(language == .nl ? "Notulen geschreven naar \(destination.path)" : "Minutes written to \(destination.path)")
    }

    /// The bytes of a single-file format.
    static func render(_ minutes: Minutes, format: MinutesFormat) -> Data {
        switch format {
        case .markdown: return Data(MarkdownMinutes.render(minutes).utf8)
        case .html: return Data(HTMLMinutes.render(minutes).utf8)
        case .json: return JSONMinutes.render(minutes)
        case .csv: return Data()  // a folder, written by CSVMinutes.write; refused in validate()
        }
    }

    /// `minutes-ID.md`, `.html`, `.json`, or the folder `minutes-ID-csv`.
    static func defaultName(shortID: String, format: MinutesFormat) -> String {
        switch format {
        case .markdown: return "minutes-\(shortID).md"
        case .html: return "minutes-\(shortID).html"
        case .json: return "minutes-\(shortID).json"
        case .csv: return "minutes-\(shortID)-csv"
        }
    }

    /// Refuses to write over the session file itself or its companions.
    static func refuseSessionFile(_ destination: URL, session: URL, language: Language) throws {
        let sessionPath = session.resolvingSymlinksInPath().path
        let targetPath = destination.resolvingSymlinksInPath().path
        guard [sessionPath, sessionPath + "-wal", sessionPath + "-shm"].contains(targetPath)
            || targetPath.hasSuffix(".workshop") else { return }
        SessionLaunch.printError(language == .nl
            ? "workshop: \(destination.path) is een sessiebestand; de notulen schrijven er nooit overheen. Kies een andere naam met -o."
            : "workshop: \(destination.path) is a session file; the minutes never overwrite one. Choose another name with -o.")
        throw ExitCode(1)
    }

    /// Refuses a CSV destination that is an existing file rather than a folder.
    static func checkFolder(_ destination: URL, language: Language) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: destination.path, isDirectory: &isFolder), !isFolder.boolValue
        else { return }
        SessionLaunch.printError(language == .nl
            ? "workshop: \(destination.path) is een bestand; CSV-notulen zijn een map met bestanden. Geef een map met -o."
            : "workshop: \(destination.path) is a file; CSV minutes are a folder of files. Give a folder with -o.")
        throw ExitCode(1)
    }
}

extension MinutesFormat: ExpressibleByArgument {}
