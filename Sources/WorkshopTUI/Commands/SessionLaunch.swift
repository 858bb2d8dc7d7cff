import ArgumentParser
import Foundation
import WorkshopModel
import WorkshopStore

/// Starting and continuing recorded sessions: the session folder, the file, the console wired to it.
enum SessionLaunch {
    /// The language of messages printed before any agenda is known: Dutch when the locale says so.
    static func language(_ choice: Language?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let choice { return choice }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return value.hasPrefix("nl") ? .nl : .en }
        }
        return .en
    }

    /// The session folder, created if missing, its warnings printed.
    static func prepareHome(_ home: SessionHome, language: Language) throws -> SessionHome {
        for warning in home.warnings(language) { printError("workshop: " + warning) }
        try fail(language) { () throws(StoreError) in try home.prepare() }
        return home
    }

    /// The time zone a new session's clock times are in: the agenda's `timezone`, else the machine's.
    static func timeZoneID(for agenda: Agenda) -> String {
        agenda.timeZone ?? TimeZone.current.identifier
    }

    /// Creates a session file for a new session on the agenda `agenda` makes (read from `agendaPath`, or
    /// the bundled one) in the session folder `homeFlag` and the environment choose, and records it in the
    /// console, in `lang` or else the agenda's language.
    ///
    /// Without the room's server, the agenda and the session are made beside the terminal's take-over
    /// (`record`). The folder is found and the file created once the first frame is on screen: the checks
    /// and the file's synchronous commits would otherwise hold up the screen. No key is handled before the
    /// file is there (keys typed meanwhile wait in the terminal). Warnings about the folder are printed
    /// when the screen closes.
    static func startRecording(
        agenda: @escaping () -> Agenda, agendaPath: String?, homeFlag: String?, serve: RoomSettings? = nil,
        lang: Language?
    ) throws {
        let text = agendaPath.map { try? String(contentsOfFile: $0, encoding: .utf8) } ?? BundledAgenda.mechelenYAML
        /// The console on a new session on `agenda`, in `lang` or else the agenda's language.
        func newSession(on agenda: Agenda) -> ConsoleApp {
            ConsoleApp(session: Session(agenda: agenda, timeZoneID: timeZoneID(for: agenda)),
                       language: lang ?? agenda.language)
        }
        let program: () -> ConsoleApp
        let room: RoomLink?
        if let serve {
            // The server needs the session, and comes first: when its port is taken, no session file is
            // created for nothing.
            let app = newSession(on: agenda())
            room = try openRoom(serve, session: app.session, language: app.language)
            program = { app }
        } else {
            room = nil
            program = { newSession(on: agenda()) }
        }
        try record(file: { app throws -> Recording in
            let home = SessionHome.resolve(flag: homeFlag)
            let warnings = home.warnings(app.language)
            try home.prepare()
            let session = app.session
            let file = try SessionFile.create(
                in: home.directory, agenda: session.agenda, agendaText: text,
                agendaJSON: agendaPath == nil ? BundledAgenda.mechelenJSON : nil, timeZoneID: session.timeZoneID)
            return Recording(file: file, home: home, warnings: warnings)
        }, program: program, drafts: [], clockOffset: 0, room: room)
    }

    /// What a session is recorded into: its file, the session folder, and warnings about that folder to
    /// print once the screen is closed.
    struct Recording {
        var file: SessionFile
        var home: SessionHome
        var warnings: [String] = []
    }

    /// Starts the room's web server when `--serve` asks for it; a port in use or an address that is not
    /// this laptop's ends the command with status 1 and says what to do.
    static func openRoom(_ settings: RoomSettings?, session: Session, language: Language) throws -> RoomLink? {
        guard let settings else { return nil }
        do {
            let room = try RoomLink(session: session, port: settings.port, bind: settings.bind)
            try room.start()
            return room
        } catch {
            printError("workshop: " + RoomLink.message(for: error, language: language))
            throw ExitCode(1)
        }
    }

    /// The session clock's offset for a resumed session: it continues from the newest event, plus the
    /// wall-clock time since then when that is not negative (a clock set back must not run timers
    /// backwards).
    static func resumeOffset(lastEvent: Instant?, now: Date) -> Double {
        guard let last = lastEvent else { return 0 }
        return last.elapsed + max(0, now.timeIntervalSince(last.wall))
    }

    /// Runs the console `program` makes, with `drafts` restored and `room`'s join details, on the file
    /// `openFile` gives until the user quits or a signal ends it, then closes the file and says where the
    /// session is and how to continue it. Exits non-zero when events could not be written.
    ///
    /// The program and its first frame are made on another core while this one takes over the terminal
    /// (`InAdvance`). The first frame is drawn before `openFile` is called; when it throws, the terminal is
    /// given back and the reason printed.
    static func record(
        file openFile: (ConsoleApp) throws -> Recording, program: @escaping () -> ConsoleApp, drafts: [Draft],
        clockOffset: Double, room: RoomLink? = nil
    ) throws {
        Signals.install()
        // Drawn at the size the kernel gives now.
        let size = TerminalBackend.windowSize()
        let board = room?.board
        let early = InAdvance { () -> (app: ConsoleApp, frame: ScreenBuffer?) in
            var app = program()
            app.restore(drafts: drafts)
            app.room = board
            guard let size else { return (app, nil) }
            return (app, ConsoleLoop.frame(of: app, size: size, at: SessionClock(offset: clockOffset).now()))
        }
        let backend: TerminalBackend
        do {
            backend = try TerminalBackend()
        } catch {
            let language = early.wait().app.language
            room?.stop()
            printError((language == .nl ? "workshop: de terminal kan niet gebruikt worden: " : "workshop: cannot use the terminal: ") + "\(error)")
            throw ExitCode(1)
        }
        let (app, frame) = early.wait()
        let language = app.language
        // ncurses may take its size from LINES and COLUMNS instead: then the frame is drawn again.
        if let frame, frame.width == backend.size.width, frame.height == backend.size.height {
            backend.draw(frame)
        } else {
            backend.draw(ConsoleLoop.frame(of: app, size: backend.size, at: SessionClock(offset: clockOffset).now()))
        }
        let recording: Recording
        do {
            recording = try openFile(app)
        } catch {
            backend.close()
            room?.stop()
            printError("workshop: " + ((error as? StoreError)?.message(language) ?? "\(error)"))
            throw ExitCode(1)
        }
        let file = recording.file
        let copyTarget = recording.home.copyDirectory.map { $0.appendingPathComponent(file.url.lastPathComponent) }
        let recorder = SessionRecorder(file: file, drafts: drafts, copyTarget: copyTarget)
        let program = RecordedConsole(app: app, recorder: recorder)
        let log = ErrorLog()
        if let log {
            TerminalBackend.setCrashNotice(
                language == .nl
                    ? "workshop is onverwacht gestopt; alles wat bewaard was staat in \(file.url.path) — ga verder met `workshop resume \(file.meta.shortID)`. Details: \(log.path)"
                    : "workshop stopped unexpectedly; everything saved is in \(file.url.path) — continue with `workshop resume \(file.meta.shortID)`. Details: \(log.path)",
                to: log.originalDescriptor)
        }
        var loop = ConsoleLoop(app: program, clockOffset: clockOffset, sink: StoreSink(recorder: recorder), room: room)
        let ending = loop.run(on: RecordingTerminal(backend, recorder: recorder), repaint: false)
        backend.close()
        room?.stop()
        // The join details go with the server: the audience view must not invite phones any more.
        recorder.noteDrafts(loop.app.app.draftTexts.filter { $0.key != RoomBoard.draftKey })
        let (unsaved, copyProblem) = recorder.finish()
        let logPath = log?.close()
        // Standard error is the terminal again (unless its window was closed).
        if ending != .signal(SIGHUP) {
            for warning in recording.warnings { printError("workshop: " + warning) }
        }
        if let path = logPath, ending != .signal(SIGHUP) {
            printError(language == .nl ? "workshop: meldingen staan in \(path)" : "workshop: messages were written to \(path)")
        }
        if let copyProblem { printError("workshop: " + copyProblem.message(language)) }
        if unsaved > 0 {
            printError(language == .nl
                ? "workshop: \(unsaved) gebeurtenissen konden niet bewaard worden in \(file.url.path): \(file.health.message(.nl) ?? "")"
                : "workshop: \(unsaved) events could not be saved to \(file.url.path): \(file.health.message(.en) ?? "")")
            throw ExitCode(1)
        }
        if ending != .signal(SIGHUP) {
            print(language == .nl
                ? "Sessie bewaard in \(file.url.path)\nGa verder met: workshop resume \(file.meta.shortID)"
                : "Session saved in \(file.url.path)\nContinue with: workshop resume \(file.meta.shortID)")
        }
        if case .signal(let signal) = ending { throw ExitCode(128 + signal) }
    }

    /// Runs a store operation; a refusal is printed in `language` and ends the command with status 1.
    static func fail<T>(_ language: Language, _ body: () throws(StoreError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            printError("workshop: " + error.message(language))
            throw ExitCode(1)
        }
    }

    /// Writes a line to standard error.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Refuses to start a screen when input or output is not a terminal, saying so in `language` (only
    /// worked out then).
    static func requireTerminal(_ language: @autoclosure () -> Language) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            printError(language() == .nl
                ? "workshop: de invoer en uitvoer zijn geen terminal; start workshop in een terminalvenster, niet via een pipe of omleiding."
                : "workshop: input and output are not a terminal; run workshop in a terminal window, not through a pipe or redirection.")
            throw ExitCode(2)
        }
    }
}
