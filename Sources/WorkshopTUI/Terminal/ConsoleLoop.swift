import WorkshopModel

/// The program's main loop: waits for a key or the next second, routes the key through the program,
/// commits and applies the events it returns, and draws a frame.
///
/// It never polls: with a countdown on screen it wakes just after each wall-clock second; otherwise it
/// sleeps until a key, a signal, a phone's submission (with the room's server on) or the next minute (for
/// the clock on screen). Phone submissions become events on the same path as keys: committed, then applied;
/// after every change the room's server gets a fresh snapshot, so phones follow the moderator.
struct ConsoleLoop<Program: ConsoleProgram> {
    /// How the loop ended.
    enum Ending: Equatable, Sendable {
        /// The user quit.
        case quit
        /// A terminating signal arrived (INT, TERM or HUP).
        case signal(Int32)
    }

    /// The program as it stands (after `run`, the final state, for saving).
    private(set) var app: Program
    private let clock: SessionClock
    private var sink: any EventSink
    /// Why the last event could not be saved; shown on the bottom row until an event saves again.
    private var saveProblem: String?
    /// Keys arriving faster than this are handled before the next frame is drawn (a paste typed out).
    private let frameBudget = 0.05
    /// The room's web server, while phones may answer; nil without `--serve` and once it is closed.
    private(set) var room: RoomLink?

    /// A loop over `app`, whose session clock starts at `clockOffset` seconds, committing events to `sink`,
    /// taking phones' submissions from `room` if given.
    init(app: Program, clockOffset: Double = 0, sink: any EventSink = NoEventSink(), room: RoomLink? = nil) {
        self.app = app
        self.clock = SessionClock(offset: clockOffset)
        self.sink = sink
        self.room = room
    }

    /// The current moment on the session clock.
    func now() -> Instant { clock.now() }

    /// Runs until the user quits or a terminating signal arrives; `repaint: false` when the terminal already
    /// shows this program's first frame.
    mutating func run(on terminal: some TerminalScreen, repaint: Bool = true) -> Ending {
        if repaint { terminal.invalidate() }
        if let room {
            terminal.watch(room.inbox.fileDescriptor)
            room.publish(app.session)
        }
        var warmedUp = false
        while true {
            if let signal = Signals.takeTermination() { return .signal(signal) }
            if Signals.takeContinued() { terminal.invalidate() }
            let drawnAt = draw(on: terminal)
            if !warmedUp {
                // After the first frame is out, while nobody is typing yet.
                warmedUp = true
                let size = terminal.size
                if !SizeNotice.isTooSmall(width: size.width, height: size.height) {
                    app.warmUp(width: size.width, height: size.height, at: drawnAt)
                }
            }
            let timeout = app.needsSecondTicks
                ? SessionClock.millisecondsToNextSecond(after: drawnAt.wall)
                : SessionClock.millisecondsToNextMinute(after: drawnAt.wall)
            guard var key = terminal.readKey(timeout: timeout) else { continue }
            // Handle whatever else is already waiting before drawing again, within a frame's budget.
            let started = SessionClock.monotonicSeconds()
            while true {
                if let ending = handle(key, on: terminal) { return ending }
                if let signal = Signals.takeTermination() { return .signal(signal) }
                guard SessionClock.monotonicSeconds() - started < frameBudget,
                      let next = terminal.readKey(timeout: 0)
                else { break }
                key = next
            }
        }
    }

    /// Routes one key; returns how the loop ends if the key ends it.
    private mutating func handle(_ key: Key, on terminal: some TerminalScreen) -> Ending? {
        if key == .wake {
            receiveFromRoom()
            return nil
        }
        if key == .resize { terminal.invalidate() }
        let reply = app.handle(key, at: clock.now())
        let before = room == nil || reply.events.isEmpty ? nil : app.session
        for event in reply.events {
            guard commit([event]) else { break }
            app.record(event)
        }
        if let before { room?.publish(app.session, keyChanged: before) }
        switch reply.command {
        case .none:
            return nil
        case .quit:
            return .quit
        case .suspend:
            terminal.suspend()
            return nil
        case .closeRoom:
            room?.stop()
            room = nil
            terminal.watch(nil)
            return nil
        }
    }

    /// Commits events (one transaction for several); false (and the bottom row says why) when they could
    /// not be saved.
    private mutating func commit(_ events: [Event]) -> Bool {
        do {
            if events.count == 1 { try sink.commit(events[0]) } else { try sink.commit(contentsOf: events) }
            saveProblem = nil
            return true
        } catch {
            // Not saved, so not applied: the screen must not show what a restart would lose.
            saveProblem = "\(error)"
            return false
        }
    }

    /// Records what phones sent since the last wake, then publishes once.
    ///
    /// Votes, the bulk, are committed together in one transaction — durable before any is applied, as for
    /// keys — which keeps 200 votes at once to one sync to disk. A vote the session would refuse (its poll
    /// closed since the phone's page showed it, or the same vote again) is dropped before it is written. An
    /// answer is recorded on its own, after the votes before it, against the session as it then stands (a
    /// new name gets the next person number).
    private mutating func receiveFromRoom() {
        guard let room else { return }
        let submissions = room.drain()
        guard !submissions.isEmpty else { return }
        var votes: [Event] = []
        /// The newest ballot per poll and voter in this batch, not yet in the session.
        var batchBallots: [String: [Voter: Choice]] = [:]
        for submission in submissions {
            let actions = submission.actions(for: app.session)
            guard case .vote = submission.content else {
                guard record(votes), record(actions.map { Event(at: clock.now(), $0) }) else { return }
                votes = []
                batchBallots = [:]
                continue
            }
            for case .castVote(let poll, let voter, let choice) in actions {
                let state = app.session.pollState(id: poll)
                guard state.status == .open, (batchBallots[poll]?[voter] ?? state.ballots[voter]) != choice else { continue }
                batchBallots[poll, default: [:]][voter] = choice
                votes.append(Event(at: clock.now(), .castVote(poll: poll, voter: voter, choice: choice)))
            }
        }
        guard record(votes) else { return }
        let applied = ContinuousClock.now
        for submission in submissions { room.applied(submission, at: applied) }
        room.publish(app.session)
    }

    /// Commits phones' events in one go, then applies them; false when they could not be saved.
    private mutating func record(_ events: [Event]) -> Bool {
        guard !events.isEmpty else { return true }
        guard commit(events) else { return false }
        for event in events { app.receive(event) }
        return true
    }

    /// Draws the current frame and returns the moment it shows.
    @discardableResult
    private func draw(on terminal: some TerminalScreen) -> Instant {
        let now = clock.now()
        terminal.draw(frame(size: terminal.size, at: now))
        return now
    }

    /// The frame for a window of this size: the program's screens, or the notice when it is too small.
    func frame(size: (width: Int, height: Int), at now: Instant) -> ScreenBuffer {
        Self.frame(of: app, size: size, at: now, saveProblem: saveProblem)
    }

    /// The frame `app` shows in a window of this size, with `saveProblem` on the bottom row if there is one.
    ///
    /// Static, so the first frame is drawn without a loop: a loop value needs its generic type's metadata,
    /// which the runtime makes by checking `Program: ConsoleProgram` against every conformance in the
    /// binary, cold and on both threads at once: about 1.5 ms of the launch, measured.
    static func frame(
        of app: Program, size: (width: Int, height: Int), at now: Instant, saveProblem: String? = nil
    ) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: size.width, height: size.height)
        if SizeNotice.isTooSmall(width: size.width, height: size.height) {
            SizeNotice.render(into: &buffer, language: app.language)
            return buffer
        }
        app.render(into: &buffer, at: now)
        if let saveProblem {
            let label = app.language == .nl ? "NIET BEWAARD" : "NOT SAVED"
            let bar = Rect(x: 0, y: buffer.height - 1, width: buffer.width, height: 1)
            // Reverse video keeps the bar visible in monochrome.
            let style = Style(fg: .red, bold: true, reverse: true)
            buffer.fill(bar, style: style)
            buffer.put("\(label): \(saveProblem)", in: bar, style: style)
        }
        return buffer
    }
}
