import ArgumentParser
import Foundation
import WorkshopModel
import WorkshopStore

/// `workshop resume [ID|FILE]`: continue a recorded session where it stopped.
struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue a session where it stopped (the latest unfinished one, or the one named).",
        discussion: """
            Every event is replayed: timers that were running count on (on the monotonic clock, so a change \
            of the computer's clock does not move them), answers, votes and tallies are as they were, and \
            text that was being typed is put back in its box. A session open in another window is refused; \
            follow it with `workshop display ID` instead.
            """
    )

    @Argument(help: "A session's short id (see `workshop sessions`), or the path of a .workshop file.")
    var session: String?

    @OptionGroup var home: HomeOption

    @Option(name: .long, help: "Language on screen: nl or en (default: the agenda's `language`).")
    var lang: Language?

    @OptionGroup(title: "The room's web server") var serve: ServeOption

    func run() throws {
        let messages = SessionLaunch.language(lang)
        try SessionLaunch.requireTerminal(messages)
        let home = try SessionLaunch.prepareHome(home.resolve(), language: messages)
        let found = try SessionLaunch.fail(messages) { () throws(StoreError) in
            if let session { return try home.locate(session) }
            return try home.latestUnfinished()
        }
        let (live, copyTarget) = try Resume.liveFile(for: found, home: home, language: messages)
        let file = try SessionLaunch.fail(messages) { () throws(StoreError) in try SessionFile.open(at: live) }
        let events: [Event]
        let drafts: [Draft]
        do {
            events = try file.events()
            drafts = try file.drafts()
        } catch {
            file.close()
            SessionLaunch.printError("workshop: " + error.message(messages))
            throw ExitCode(1)
        }
        let language = lang ?? file.meta.agenda.language
        let replayed = Session(agenda: file.meta.agenda, timeZoneID: file.meta.timeZoneID, events: events)
        let offset = SessionLaunch.resumeOffset(lastEvent: events.last?.at, now: Date())
        let room: RoomLink?
        do {
            room = try SessionLaunch.openRoom(serve.settings, session: replayed, language: language)
        } catch {
            file.close()
            throw error
        }
        let recordingHome = copyTarget.map { target in
            SessionHome(requested: target.deletingLastPathComponent(), directory: home.directory,
                        risk: home.risk ?? StorageRisk.of(target.path))
        } ?? home
        try SessionLaunch.record(
            file: { _ in SessionLaunch.Recording(file: file, home: recordingHome) },
            program: { ConsoleApp(session: replayed, language: language) },
            drafts: drafts, clockOffset: offset, room: room)
    }

    /// The file to record into: `found` itself, or — when it lies in a synced or network folder — a local
    /// copy in the session folder, with `found` as the place complete copies go back to.
    static func liveFile(for found: URL, home: SessionHome, language: Language) throws -> (URL, URL?) {
        let folder = found.deletingLastPathComponent().path
        guard let risk = StorageRisk.of(folder) else { return (found, nil) }
        let local = home.directory.appendingPathComponent(found.lastPathComponent)
        guard local.standardizedFileURL != found.standardizedFileURL else { return (found, nil) }
        SessionLaunch.printError("workshop: " + risk.message(path: folder, localFolder: home.directory.path, language))
        try SessionLaunch.fail(language) { () throws(StoreError) in
            let reader = try SessionFile.reading(at: found)
            defer { reader.close() }
            // A local copy that already holds at least as much is the newer one: keep it.
            if FileManager.default.fileExists(atPath: local.path) {
                let localReader = try SessionFile.reading(at: local)
                defer { localReader.close() }
                if try localReader.extent().lastSeq >= reader.extent().lastSeq { return }
            }
            try reader.snapshot(to: local)
        }
        return (local, found)
    }
}
