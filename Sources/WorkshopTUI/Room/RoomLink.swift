import Foundation
import WorkshopModel
import WorkshopWeb

/// The console's side of the room's web server: starts it, hands it what phones may see, takes what they
/// sent, and closes it. A reference type because it owns the server and its inbox.
///
/// The loop drains the inbox when it wakes on `inbox.fileDescriptor`, records each submission's actions as
/// events like any key's, and calls `publish(_:)` after every change, so phones follow the moderator.
final class RoomLink {
    let server: RoomServer
    let inbox: Inbox
    /// The version of the snapshot published last; grows by one with every change phones should see.
    private(set) var version = 1
    private var published: RoomSnapshot
    /// How long the last drained submissions waited between the server accepting them and the loop
    /// applying them (for the bench and the tests).
    private(set) var delays: [Duration] = []

    /// A link to a server not started yet, showing `session` as it stands.
    init(session: Session, port: Int, bind: [String], joinCode: JoinCode = .random(), inboxCapacity: Int = 10_000) throws {
        inbox = try Inbox(capacity: inboxCapacity)
        published = RoomSnapshot(session: session, version: 1)
        server = RoomServer(configuration: .init(port: port, bind: bind, joinCode: joinCode), snapshot: published, inbox: inbox)
    }

    /// Starts listening; throws `RoomServerError` when it cannot (port in use, address not on this laptop).
    func start() throws {
        try server.startWaiting()
    }

    /// What the screens show: the addresses, the join code and whether the server is still open.
    var board: RoomBoard {
        RoomBoard(addresses: server.endpoints.map(\.address), joinLinks: server.joinLinks,
                  code: server.joinCode.value, isOpen: !server.isStopped)
    }

    /// Takes what phones sent since the last call, oldest first.
    func drain() -> [Submission] {
        inbox.drain()
    }

    /// Notes that `submission` has been applied now (its wait, for the figures).
    func applied(_ submission: Submission, at moment: ContinuousClock.Instant = .now) {
        if delays.count >= 100_000 { delays.removeFirst(50_000) }
        delays.append(moment - submission.receivedAt)
    }

    /// Shows phones what `session` opens now; does nothing when that did not change. Returns whether it
    /// published.
    ///
    /// `keyChanged`: the session as it was before a key changed it. A phone's ballot the key changed (an
    /// undone or retracted vote) is then what that phone's page shows as its own too. Changes from phones
    /// pass nil: the server notes their votes as they arrive, and those may be newer than the session yet.
    @discardableResult
    func publish(_ session: Session, keyChanged before: Session? = nil) -> Bool {
        if let before { settleDeviceVotes(from: RoomLink.deviceBallots(in: before), to: RoomLink.deviceBallots(in: session)) }
        let fresh = RoomSnapshot(session: session, version: version)
        guard fresh != published else { return false }
        version += 1
        published = RoomSnapshot(session: session, version: version)
        server.publish(published)
        return true
    }

    /// Tells the server each phone's ballot that differs between `before` and `now`.
    private func settleDeviceVotes(from before: [String: [String: Choice]], to now: [String: [String: Choice]]) {
        guard before != now else { return }
        for poll in Set(now.keys).union(before.keys) {
            let earlier = before[poll] ?? [:]
            let later = now[poll] ?? [:]
            for device in Set(later.keys).union(earlier.keys) where later[device] != earlier[device] {
                server.settleVote(poll: poll, device: device, choice: later[device])
            }
        }
    }

    /// The ballots of phones (device voters) in `session`, by poll and device token.
    private static func deviceBallots(in session: Session) -> [String: [String: Choice]] {
        var found: [String: [String: Choice]] = [:]
        for (poll, state) in session.polls {
            for case (.device(let token), let choice) in state.ballots { found[poll, default: [:]][token] = choice }
        }
        return found
    }

    /// Closes the server at once: phones are cut off and nothing more is taken.
    func stop() {
        server.stop()
        _ = inbox.drain()
    }

    /// Why the server could not start, in `language`, with what to do.
    static func message(for error: any Error, language: Language) -> String {
        guard let problem = error as? RoomServerError else { return "\(error)" }
        if case .cannotListen(let host, let port, let reason) = problem {
            let nl = language == .nl
            if reason.contains("Address already in use") || reason.contains("errno: 98") {
                return nl
                    ? "poort \(port) op \(host) is al in gebruik door een ander programma: kies een andere met --port (bv. --port \(port == 8080 ? 8081 : 8080))."
                    : "port \(port) on \(host) is already in use by another program: choose another with --port (e.g. --port \(port == 8080 ? 8081 : 8080))."
            }
            if reason.contains("Cannot assign requested address") || reason.contains("errno: 99") {
                return nl
                    ? "\(host) is geen adres van deze laptop: laat --bind weg (alle netwerkadressen) of kies een adres dat `ip addr` toont."
                    : "\(host) is not an address of this laptop: leave out --bind (every network address) or choose one that `ip addr` shows."
            }
            if reason.contains("Permission denied") || reason.contains("errno: 13") {
                return nl
                    ? "poort \(port) vraagt beheerdersrechten: kies een poort boven 1023 met --port (bv. --port 8080)."
                    : "port \(port) needs administrator rights: choose a port above 1023 with --port (e.g. --port 8080)."
            }
        }
        return problem.message(in: language)
    }
}
