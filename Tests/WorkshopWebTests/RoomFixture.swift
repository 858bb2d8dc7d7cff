import Foundation
import WorkshopModel
@testable import WorkshopWeb

/// A small workshop with one poll of every kind and a debate round, and a console stand-in that records
/// what phones send exactly as the real console does: drain the inbox, stamp, apply.
final class ConsoleStandIn {
    var session: Session
    var version = 1
    var seconds = 0.0
    let inbox: Inbox
    let server: RoomServer
    let port: Int

    static func agenda(language: Language = .nl, question: String = "Hoe pakken we warmte aan?") -> Agenda {
        let polls = [
            Poll(id: "scale", question: "Hoe tevreden bent u?", kind: .scale, min: 1, max: 5,
                 labels: [1: "helemaal niet", 5: "heel"]),
            Poll(id: "single", question: "Welke optie?", kind: .single, options: ["Warmtenet", "Warmtepomp", "Gas"]),
            Poll(id: "multi", question: "Welke kiest u?", kind: .multi, options: ["A", "B", "C"], maxChoices: 2),
            Poll(id: "ranking", question: "Rangschik", kind: .ranking, options: ["Een", "Twee", "Drie"]),
            Poll(id: "light", question: "Stoplicht?", kind: .trafficLight),
            Poll(id: "open", question: "Eén woord?", kind: .open),
        ]
        let blocks = [
            Block(id: "debat", kind: .debate, title: "Debat 1", plannedStart: ClockTime(hour: 19, minute: 0),
                  plannedMinutes: 30, question: question, polls: polls),
            Block(id: "slot", kind: .close, title: "Afsluiting", plannedStart: ClockTime(hour: 19, minute: 30),
                  plannedMinutes: 10),
        ]
        return Agenda(title: "Warmte <Mechelen>", language: language,
                      people: [Person(name: "Anna Peeters", group: "Groen"), Person(name: "Moderator", role: .moderator)],
                      blocks: blocks)
    }

    init(
        agenda: Agenda = ConsoleStandIn.agenda(), deviceBurst: Int = 10, devicePerSecond: Double = 0.5,
        joinBurst: Int = 10
    ) async throws {
        session = Session(agenda: agenda, timeZoneID: "Europe/Brussels")
        inbox = try Inbox()
        server = RoomServer(
            configuration: .init(port: 0, bind: ["127.0.0.1"], joinCode: JoinCode("ABC234")!, deviceBurst: deviceBurst,
                                 devicePerSecond: devicePerSecond, joinBurst: joinBurst),
            snapshot: RoomSnapshot(session: session, version: 1), inbox: inbox)
        port = try await server.start()[0].port
    }

    /// Applies a moderator's action stamped with the stand-in's clock, and publishes.
    @discardableResult
    func moderator(_ action: Action) -> Outcome {
        seconds += 1
        let outcome = session.apply(Event(at: Instant(elapsed: seconds, wall: Date(timeIntervalSince1970: 1_700_000_000 + seconds)), action))
        publish()
        return outcome
    }

    /// Records everything waiting in the inbox; returns how many submissions there were.
    @discardableResult
    func drain() -> Int {
        let waiting = inbox.drain()
        for submission in waiting {
            for action in submission.actions(for: session) {
                seconds += 0.001
                session.apply(Event(at: Instant(elapsed: seconds, wall: Date(timeIntervalSince1970: 1_700_000_000 + seconds)), action))
            }
        }
        publish()
        return waiting.count
    }

    func publish() {
        let next = RoomSnapshot(session: session, version: version + 1)
        if next.opening != server.snapshot.opening || next.blockTitle != server.snapshot.blockTitle {
            version += 1
            server.publish(next)
        }
    }

    var http: RawHTTP { RawHTTP(port: port) }

    /// Joins like a phone that scanned the QR code; returns its cookie header.
    func joinedPhone() async throws -> String {
        let reply = try await http.send("GET", "/j/ABC234")
        let cookies = reply.cookies
        return "\(RoomServer.joinCookie)=\(cookies[RoomServer.joinCookie] ?? ""); \(RoomServer.deviceCookie)=\(cookies[RoomServer.deviceCookie] ?? "")"
    }

    /// Posts a form as a phone without JavaScript would.
    func postForm(_ path: String, _ body: String, cookie: String, extra: [String: String] = [:]) async throws -> RawHTTP.Reply {
        var headers = ["Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie]
        headers.merge(extra) { $1 }
        return try await http.send("POST", path, headers: headers, body: Array(body.utf8))
    }

    deinit { server.stop() }
}
