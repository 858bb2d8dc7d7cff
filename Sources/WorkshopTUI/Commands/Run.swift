import ArgumentParser
import Foundation
import WorkshopModel
import WorkshopStore

/// `workshop run [AGENDA] [--lang nl|en] [--serve [--port N] [--bind ADDRESS]]`: a new session on an agenda, in
/// the moderator's console, optionally with the room's web server for phones.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Open a new session on an agenda in the moderator's console (the default command).",
        discussion: """
            Without AGENDA the bundled Mechelen agenda (8 November 2023) is used, so `workshop` alone works \
            from any folder. Press ? on any screen for its keys. While the screen is up, error messages go \
            to $TMPDIR/workshop-<pid>.log (kept only if something was written).
            """
    )

    @Argument(help: "The agenda file (YAML). Without it: the bundled Mechelen agenda.")
    var agenda: String?

    @Option(name: .long, help: "Language on screen: nl or en (default: the agenda's `language`).")
    var lang: Language?

    @OptionGroup var home: HomeOption

    @OptionGroup(title: "The room's web server") var serve: ServeOption

    func run() throws {
        try Run.open(agendaPath: agenda, lang: lang, homeFlag: home.home, serve: serve.settings)
    }

    /// Opens a new session on the agenda at `agendaPath` (nil: the bundled one) in the console, in the
    /// session folder `--home` (`homeFlag`) and the environment choose.
    static func open(agendaPath: String?, lang: Language?, homeFlag: String?, serve: RoomSettings?) throws {
        // Recorded to a session file in the session folder (see SessionLaunch).
        guard let agendaPath else {
            // The bundled agenda cannot fail, so it is made beside the terminal's take-over.
            try SessionLaunch.requireTerminal(lang ?? BundledAgenda.mechelen().language)
            try SessionLaunch.startRecording(
                agenda: BundledAgenda.mechelen, agendaPath: nil, homeFlag: homeFlag, serve: serve, lang: lang)
            return
        }
        let loaded = try loadAgenda(agendaPath, lang: lang)
        try SessionLaunch.requireTerminal(lang ?? loaded.language)
        try SessionLaunch.startRecording(
            agenda: { loaded }, agendaPath: agendaPath, homeFlag: homeFlag, serve: serve, lang: lang)
    }

    /// `workshop` or `workshop run` without further arguments: the bundled agenda in a new session, started
    /// without parsing a command line — swift-argument-parser's reflection over every subcommand took a third
    /// of the start-up. Ends the process as `Workshop.main()` would.
    static func openBundled() -> Never {
        do {
            try open(agendaPath: nil, lang: nil, homeFlag: nil, serve: nil)
        } catch {
            Workshop.exit(withError: error)
        }
        Workshop.exit()
    }

    /// The agenda at `path`; exits with status 1 and the diagnostics when the file is not a valid agenda.
    private static func loadAgenda(_ path: String, lang: Language?) throws -> Agenda {
        let result = AgendaLoader.load(path: path)
        for diagnostic in result.diagnostics { SessionLaunch.printError(diagnostic.formatted) }
        guard let loaded = result.agenda else {
            let count = result.errors.count
            switch lang {
            case .nl?:
                SessionLaunch.printError("workshop: \(path) is geen bruikbare agenda (\(count) fout\(count == 1 ? "" : "en")); verbeter het bestand en probeer opnieuw.")
            case .en?:
                SessionLaunch.printError("workshop: \(path) is not a usable agenda (\(count) error\(count == 1 ? "" : "s")); fix the file and try again.")
            case nil:
                SessionLaunch.printError("workshop: \(path) is not a usable agenda (\(count) error\(count == 1 ? "" : "s")); fix the file and try again. / \(path) is geen bruikbare agenda; verbeter het bestand en probeer opnieuw.")
            }
            throw ExitCode(1)
        }
        return loaded
    }
}

extension Language: ExpressibleByArgument {}
