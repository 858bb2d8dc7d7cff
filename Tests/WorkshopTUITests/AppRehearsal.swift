import Foundation
import WorkshopModel
@testable import WorkshopTUI

/// Drives a console with keys at explicit wall-clock times, as the loop would: each key is handled at
/// its instant, each event it asks for is recorded at once.
struct AppRehearsal {
    /// The console being driven.
    var app: ConsoleApp
    /// The wall-clock moment the monotonic clock reads 0.
    let origin: Date
    /// The moment keys are pressed at.
    private(set) var now: Instant
    /// Every reply, in order, for tests that look at what a key asked for.
    private(set) var replies: [AppReply] = []
    /// Called after every key with the console as it then stands and the moment.
    var afterEachKey: ((ConsoleApp, Instant) -> Void)?

    /// The Mechelen workshop evening, starting at `clock` (HH:MM:SS) on 8 November 2023 in Brussels.
    init(language: Language? = nil, at clock: String = "19:55:00") {
        let session = Session(agenda: BundledAgenda.mechelen(), timeZoneID: "Europe/Brussels")
        app = ConsoleApp(session: session, language: language)
        origin = AppRehearsal.date(clock)
        now = Instant(elapsed: 0, wall: origin)
    }

    /// 8 November 2023 at `clock` (HH:MM or HH:MM:SS) in Brussels, which is UTC+1 that day.
    static func date(_ clock: String) -> Date {
        let parts = clock.split(separator: ":").compactMap { Int($0) }
        let seconds = parts[0] * 3600 + parts[1] * 60 + (parts.count > 2 ? parts[2] : 0)
        // 2023-11-08T00:00:00+01:00
        return Date(timeIntervalSince1970: 1_699_398_000 + Double(seconds))
    }

    /// The instant at a wall-clock time of the evening.
    func instant(_ clock: String) -> Instant {
        let wall = AppRehearsal.date(clock)
        return Instant(elapsed: wall.timeIntervalSince(origin), wall: wall)
    }

    /// Moves the clock to `clock` (never backwards).
    mutating func at(_ clock: String) {
        let next = instant(clock)
        precondition(next.elapsed >= now.elapsed, "the rehearsal's clock runs forwards only")
        now = next
    }

    /// Presses keys one after the other at the current moment; returns the last reply.
    @discardableResult
    mutating func press(_ keys: Key...) -> AppReply {
        var last = AppReply.none
        for key in keys { last = press(key) }
        return last
    }

    /// Presses one key: handles it and records what it asks for.
    @discardableResult
    mutating func press(_ key: Key) -> AppReply {
        let reply = app.handle(key, at: now)
        for event in reply.events { app.record(event) }
        replies.append(reply)
        afterEachKey?(app, now)
        return reply
    }

    /// Types text one character at a time.
    mutating func type(_ text: String) {
        for c in text { press(.char(c)) }
    }

    /// The screen at the current moment (or `clock`), as a buffer.
    func screen(width: Int, height: Int, at clock: String? = nil) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        app.render(into: &buffer, at: clock.map(instant) ?? now)
        return buffer
    }
}

extension AppRehearsal {
    /// The council members of the scripted evening (invented names; their parties are Mechelen's).
    static let council: [(name: String, group: String)] = [
        ("An Claes", "N-VA"), ("Bart Wouters", "Groen"), ("Els Peeters", "CD&V"),
        ("Jef Maes", "Vooruit"), ("Sara Janssens", "Open Vld"), ("Koen De Smet", "Vlaams Belang"),
    ]

    /// The evening up to 21:14:30: the roster added live, the introduction with its three polls, the
    /// situation sketch, and debate 1 in its second phase with answers, a ranking and talk time recorded.
    /// Three minutes behind schedule; the screen shown is the console.
    static func mechelenEvening(
        language: Language? = nil, afterEachKey: ((ConsoleApp, Instant) -> Void)? = nil
    ) -> AppRehearsal {
        var r = AppRehearsal(language: language, at: "19:55:00")
        r.afterEachKey = afterEachKey
        // Before the start the note-taker enters the council members on the notes screen.
        r.press(.function(2))
        for member in council {
            r.press(.char("+"))
            r.type(member.name)
            r.press(.tab)
            r.type(member.group)
            r.press(.enter)
        }

        // 20:02: the introduction starts two minutes late; the moderator speaks.
        r.at("20:02:00")
        r.press(.function(1), .char(" "), .char("m"))
        r.at("20:08:00")
        r.press(.char("d"))
        r.at("20:10:30")
        r.press(.char("m"))
        r.at("20:12:00")
        r.press(.char("D"))
        r.type("ba")
        r.press(.enter)

        // 20:15: the three "insteekvragen": a scale per member, a scale by hands, an open question.
        r.at("20:15:00")
        r.press(.function(3))
        for digit in "324413" { r.press(.char(digit)) }
        r.press(.char("r"), .right, .char("h"))
        for digit in "4445324" { r.press(.char(digit)) }
        r.press(.right, .char("h"), .enter)
        r.type("Wat kost een warmtenet voor een huurder?")
        r.press(.enter, .enter)
        r.type("Wie beslist waar het warmtenet komt?")
        r.press(.enter)
        r.at("20:20:00")
        r.press(.function(1), .char("d"))

        // 20:27:30: the situation sketch; the presenter speaks.
        r.at("20:27:30")
        r.press(.char("n"), .char("s"))
        r.at("20:47:00")
        r.press(.char("d"))
        r.at("20:50:00")
        r.press(.char("s"))

        // 20:53: debate 1, reflection first; answers come in.
        r.at("20:53:00")
        r.press(.char("n"), .char("x"))
        r.at("20:55:10")
        r.press(.char("a"))
        r.type("an")
        r.press(.enter)
        r.type("Richting geven is de basis: eerst een gedragen visie #visie")
        r.press(.enter)
        r.at("20:56:00")
        r.press(.char("a"))
        r.type("b")
        r.press(.enter)
        r.type("Geïntegreerde aanpak – Mechelaar centraal #governance #participatie")
        r.press(.enter)
        r.at("20:57:00")
        r.press(.char("a"))
        r.type("Lotte")
        r.press(.enter)
        r.type("Interne capaciteit: zonder mensen geen uitvoering")
        r.press(.alt("\n"))
        r.type("en ook middelen #capaciteit")
        r.press(.enter)
        // 20:57:30: the debate proper, half a minute early; the participants talk.
        r.at("20:57:30")
        r.press(.function(1), .char("f"), .char("d"))
        r.at("20:58:00")
        r.press(.char("a"), .char("e"), .enter)
        r.type("Het oude afbouwen gaat te traag; de warmtezonering moet sneller #governance")
        r.press(.enter)
        r.at("20:58:20")
        r.press(.char("a"), .char("k"), .enter)
        r.type("Warmtenetten eerst in de Vesten, samen met de renovatie #warmtenet")
        r.press(.enter)
        r.at("21:01:00")
        r.press(.char("a"), .char("s"), .enter)
        r.type("Governance: een warmtecoalitie die de buurten meeneemt, niet enkel de stad #governance")
        r.press(.enter, .function(1))
        r.at("21:05:00")
        r.press(.char("m"))
        r.at("21:06:00")
        r.press(.char("D"))
        r.type("sa")
        r.press(.enter)

        // 21:08: the ranking of the four policy roles, per member.
        r.at("21:08:00")
        r.press(.function(3))
        for ranking in ["ca", "acb", "c", "bac", "cd"] {
            r.type(ranking)
            r.press(.enter)
        }
        r.press(.char("r"))
        r.at("21:10:00")
        r.press(.function(2), .char("a"), .char("j"), .enter)
        r.type("Een warmtecoalitie met de buurten erbij #governance")
        r.press(.enter)
        r.press(.char("t"))
        r.type("Charter duurzame warmte voorbereiden")
        r.press(.tab)
        r.type("Ighor")
        r.press(.tab)
        r.type("Q1 2024")
        r.press(.enter)
        r.at("21:14:30")
        r.press(.function(1))
        return r
    }
}
