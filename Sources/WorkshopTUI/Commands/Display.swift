import ArgumentParser
import Foundation
import WorkshopModel
import WorkshopStore

/// `workshop display [ID|FILE]`: the read-only audience view for a projector or second screen.
struct Display: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "display",
        abstract: "Show a session in large type for the room (read-only), following the console live.",
        discussion: """
            Run it in a terminal window on the projector or second screen, beside the moderator's console: \
            it shows the current block, its countdown, the question and — once revealed — the poll's \
            results, and follows what the console records within a quarter of a second. It never writes to \
            the session. Without ID it shows the session being recorded now (else the latest unfinished \
            one). q or Esc closes it.
            """
    )

    @Argument(help: "A session's short id (see `workshop sessions`), or the path of a .workshop file.")
    var session: String?

    @OptionGroup var home: HomeOption

    @Option(name: .long, help: "Language on screen: nl or en (default: the agenda's `language`).")
    var lang: Language?

    /// How often the file is asked whether the console recorded something (milliseconds).
    static let pollInterval = 100

    func run() throws {
        let messages = SessionLaunch.language(lang)
        try SessionLaunch.requireTerminal(messages)
        let home = home.resolve()
        let url = try SessionLaunch.fail(messages) { () throws(StoreError) in
            if let session { return try home.locate(session) }
            let recording = home.listing().compactMap { try? $0.result.get() }.filter(\.isOpen)
            if let newest = recording.max(by: { $0.lastChange < $1.lastChange }) { return newest.url }
            return try home.latestUnfinished()
        }
        let reader = try SessionLaunch.fail(messages) { () throws(StoreError) in
            try SessionFile.reading(at: url, follow: true)
        }
        defer { reader.close() }
        var follower = try SessionLaunch.fail(messages) { () throws(StoreError) in try AudienceFollower(reader: reader) }
        let strings = Strings(lang ?? reader.meta.agenda.language)

        Signals.install()
        let backend: TerminalBackend
        do {
            backend = try TerminalBackend()
        } catch {
            SessionLaunch.printError("workshop: \(error)")
            throw ExitCode(1)
        }
        var problem: String?
        var shownSecond = -1
        var dirty = true
        loop: while true {
            if let signal = Signals.takeTermination() {
                backend.close()
                throw ExitCode(128 + signal)
            }
            if Signals.takeContinued() { backend.invalidate() }
            do {
                if try follower.refresh() { dirty = true }
                problem = nil
            } catch {
                problem = error.message(strings.language)
                dirty = true
            }
            let now = follower.now()
            let second = Int(now.wall.timeIntervalSince1970)
            if dirty || second != shownSecond {
                let room = follower.isBeingRecorded ? follower.room : nil
                backend.draw(Display.frame(follower.session, strings: strings, problem: problem, size: backend.size, at: now,
                                           room: room))
                shownSecond = second
                dirty = false
            }
            guard let key = backend.readKey(timeout: Display.pollInterval) else { continue }
            switch key {
            case .char("q"), .char("Q"), .escape, .ctrl("c"), .ctrl("d"): break loop
            case .resize:
                backend.invalidate()
                dirty = true
            case .ctrl("z"): backend.suspend()
            default: continue
            }
        }
        backend.close()
    }

    /// One frame of the audience view (or the too-small notice), with a bottom-row warning when reading fails.
    static func frame(
        _ session: Session, strings: Strings, problem: String?, size: (width: Int, height: Int), at now: Instant,
        room: RoomBoard? = nil
    ) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: size.width, height: size.height)
        if SizeNotice.isTooSmall(width: size.width, height: size.height) {
            SizeNotice.render(into: &buffer, language: strings.language)
            return buffer
        }
        AudienceScreen.render(session, strings: strings, at: now, room: room, into: &buffer)
        if let problem {
            let bar = Rect(x: 0, y: buffer.height - 1, width: buffer.width, height: 1)
            let style = Style(fg: .red, bold: true, reverse: true)
            buffer.fill(bar, style: style)
            buffer.put(problem, in: bar, style: style)
        }
        return buffer
    }
}
