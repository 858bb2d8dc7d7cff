import WorkshopModel

/// What the loop drives: the console's state and screens (`ConsoleApp`), or a stand-in in tests.
protocol ConsoleProgram {
    /// The language of everything on screen, the loop's own notices included.
    var language: Language { get }
    /// True while anything on screen counts seconds, so the loop wakes at each second.
    var needsSecondTicks: Bool { get }
    /// Answers a key with events to record and an effect; does not change the session itself.
    mutating func handle(_ key: Key, at now: Instant) -> AppReply
    /// Applies an event that has been committed.
    @discardableResult mutating func record(_ event: Event) -> Outcome
    /// Applies a committed event that came from a participant's phone: like `record`, but boxes the
    /// moderator has open stay as they are.
    @discardableResult mutating func receive(_ event: Event) -> Outcome
    /// The session as recorded so far (what phone submissions are checked against and the room sees).
    var session: Session { get }
    /// Draws the whole screen (at least 40×12) into the buffer.
    func render(into buffer: inout ScreenBuffer, at now: Instant)
    /// Draws every other screen once into a scratch buffer of this size, and rehearses the start key on a
    /// copy, so that the first switch to each screen and the first start are as quick as later ones (the
    /// code and type metadata they need are loaded then, not on the key).
    func warmUp(width: Int, height: Int, at now: Instant)
}

extension ConsoleProgram {
    func warmUp(width: Int, height: Int, at now: Instant) {}
}

extension ConsoleApp: ConsoleProgram {
    func warmUp(width: Int, height: Int, at now: Instant) {
        for kind in ScreenKind.allCases where kind != screen {
            var other = self
            other.helpFor = screen
            other.screen = kind
            var scratch = ScreenBuffer(width: width, height: height)
            other.render(into: &scratch, at: now)
        }
        // The moderator's first key is most often Space, which starts the first block: run it on a copy,
        // events applied but not recorded, and draw what it would show.
        var rehearsal = self
        for event in rehearsal.handle(.char(" "), at: now).events {
            rehearsal.record(event)
        }
        var scratch = ScreenBuffer(width: width, height: height)
        rehearsal.render(into: &scratch, at: now)
        // Last the screen shown, so the body kept for the next key is its own.
        var shown = ScreenBuffer(width: width, height: height)
        render(into: &shown, at: now)
    }
}
