import WorkshopModel

/// The console while its session is recorded to a file: the `ConsoleApp`, plus telling the recorder what
/// text is being typed, a bottom-row warning while events wait in memory, and no quitting (at first) while
/// they do.
struct RecordedConsole: ConsoleProgram {
    /// The console itself.
    private(set) var app: ConsoleApp
    let recorder: SessionRecorder

    /// The console `app` recording through `recorder`.
    init(app: ConsoleApp, recorder: SessionRecorder) {
        self.app = app
        self.recorder = recorder
        // What the audience view needs from the start (the room's join details) is saved beside the drafts.
        recorder.noteDrafts(app.draftTexts)
    }

    var language: Language { app.language }

    /// Wakes every second while drafts or events wait, so they are saved without a key being pressed.
    var needsSecondTicks: Bool { app.needsSecondTicks || recorder.needsWake }

    mutating func handle(_ key: Key, at now: Instant) -> AppReply {
        var reply = app.handle(key, at: now)
        if reply.command == .quit, recorder.refusesQuit() {
            app.message = .warning(app.strings.t(
                "Niet alles is bewaard (zie onderaan). Maak schijfruimte vrij; q nog eens binnen 10 s sluit toch af en verliest die gebeurtenissen.",
                "Not everything is saved (see the bottom row). Free some disk space; q again within 10 s quits anyway and loses those events."))
            reply.command = .none
        }
        recorder.noteDrafts(app.draftTexts)
        return reply
    }

    @discardableResult
    mutating func record(_ event: Event) -> Outcome {
        let outcome = app.record(event)
        recorder.noteDrafts(app.draftTexts)
        return outcome
    }

    @discardableResult
    mutating func receive(_ event: Event) -> Outcome {
        let outcome = app.receive(event)
        recorder.noteDrafts(app.draftTexts)
        return outcome
    }

    var session: Session { app.session }

    func warmUp(width: Int, height: Int, at now: Instant) {
        app.warmUp(width: width, height: height, at: now)
        recorder.warmUp()
    }

    func render(into buffer: inout ScreenBuffer, at now: Instant) {
        app.render(into: &buffer, at: now)
        guard let line = recorder.healthLine(app.language), buffer.height > 1 else { return }
        // Above the bottom row, which keeps the console's own messages (such as why quitting waits).
        let bar = Rect(x: 0, y: buffer.height - 2, width: buffer.width, height: 1)
        // Reverse video keeps the warning visible in monochrome.
        let style = Style(fg: .red, bold: true, reverse: true)
        buffer.fill(bar, style: style)
        buffer.put(line, in: bar, style: style)
    }
}
