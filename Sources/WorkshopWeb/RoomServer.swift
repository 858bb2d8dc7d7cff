import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization
import WorkshopModel

/// The small web server on the room's network through which participants answer from their phones.
///
/// It only shows what the console publishes (`publish(_:)`) and only queues what phones send into the
/// `inbox`; the console records those as ordinary events. It never sees the session file or the roster.
public final class RoomServer: Sendable {
    /// Largest request body accepted (one answer), in bytes; larger ones get 413.
    public static let bodyLimit = 4_096

    /// Where and how the server listens, and how hard it pushes back.
    public struct Configuration: Sendable {
        /// The TCP port; 0 picks a free one (tests).
        public var port: Int
        /// The addresses to listen on; empty means every LAN address of the laptop (loopback left out).
        public var bind: [String]
        /// The code participants type or scan.
        public var joinCode: JoinCode
        /// Per phone: this many votes or answers at once, then `devicePerSecond` a second.
        public var deviceBurst: Int
        public var devicePerSecond: Double
        /// Per address: this many join attempts at once, then `joinPerSecond` a second (against guessing).
        public var joinBurst: Int
        public var joinPerSecond: Double

        /// A configuration with the default limits: 10 submissions at once then one every 2 s per phone,
        /// 10 join attempts then one every 6 s per address.
        public init(port: Int, bind: [String] = [], joinCode: JoinCode, deviceBurst: Int = 10,
                    devicePerSecond: Double = 0.5, joinBurst: Int = 10, joinPerSecond: Double = 1.0 / 6) {
            self.port = port
            self.bind = bind
            self.joinCode = joinCode
            self.deviceBurst = deviceBurst
            self.devicePerSecond = devicePerSecond
            self.joinBurst = joinBurst
            self.joinPerSecond = joinPerSecond
        }
    }

    /// An address and port the server listens on.
    public struct Endpoint: Sendable, Equatable, CustomStringConvertible {
        public var host: String
        public var port: Int

        /// The page to open: `http://host:port/`.
        public var address: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/" }
        public var description: String { address }
    }

    public let configuration: Configuration
    /// Where accepted submissions wait for the console.
    public let inbox: Inbox
    let deviceLimiter: RateLimiter
    let joinLimiter: RateLimiter
    let broadcaster = Broadcaster()
    let shared: Mutex<Shared>

    struct Shared {
        var snapshot: RoomSnapshot
        var devices: [String: DeviceMemory] = [:]
        /// The task running each address's server, to wait for after stopping.
        var runs: [Task<Void, Never>] = []
        /// One service group per listening address; stopping shuts them down gracefully (cancelling the
        /// server's task instead would drop connections NIO still holds, which it treats as a fatal error).
        var groups: [ServiceGroup] = []
        var keepAlive: Task<Void, Never>?
        var endpoints: [Endpoint] = []
        var stopped = false
    }

    /// Devices remembered at most (their own last votes and name, for their page).
    static let deviceMemoryLimit = 5_000

    /// A server that will show `snapshot` until the console publishes another.
    public init(configuration: Configuration, snapshot: RoomSnapshot, inbox: Inbox) {
        self.configuration = configuration
        self.inbox = inbox
        shared = Mutex(Shared(snapshot: snapshot))
        deviceLimiter = RateLimiter(burst: configuration.deviceBurst, perSecond: configuration.devicePerSecond)
        joinLimiter = RateLimiter(burst: configuration.joinBurst, perSecond: configuration.joinPerSecond)
    }

    /// The code participants need.
    public var joinCode: JoinCode { configuration.joinCode }

    /// Where the server listens, once started.
    public var endpoints: [Endpoint] { shared.withLock { $0.endpoints } }

    /// The links that join directly (what the QR code holds), one per endpoint.
    public var joinLinks: [String] { endpoints.map { "\($0.address)j/\(joinCode.value)" } }

    /// Whether `stop()` was called.
    public var isStopped: Bool { shared.withLock { $0.stopped } }

    /// The snapshot the pages show now.
    public var snapshot: RoomSnapshot { shared.withLock { $0.snapshot } }

    /// Shows `snapshot` from now on and tells every following page to update.
    public func publish(_ snapshot: RoomSnapshot) {
        let changed = shared.withLock { shared -> Bool in
            defer { shared.snapshot = snapshot }
            return shared.snapshot != snapshot
        }
        if changed { broadcaster.send(snapshot.version) }
    }

    /// Starts listening on every configured address (all LAN addresses by default) and returns where.
    ///
    /// With port 0 the first address picks a free port and the others use the same one. Throws
    /// `RoomServerError` when there is nowhere to listen or an address cannot be bound.
    @discardableResult
    public func start() async throws -> [Endpoint] {
        let hosts = configuration.bind.isEmpty ? LANAddresses.current() : configuration.bind
        guard !hosts.isEmpty else { throw RoomServerError.noNetwork }
        var port = configuration.port
        var bound: [Endpoint] = []
        for host in hosts {
            do {
                port = try await listen(on: host, port: port)
            } catch {
                stop()
                throw RoomServerError.cannotListen(host: host, port: port, reason: "\(error)")
            }
            bound.append(Endpoint(host: host, port: port))
        }
        shared.withLock { $0.endpoints = bound }
        let keepAlive = Task.detached { [broadcaster] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                broadcaster.send(-1)
            }
        }
        shared.withLock { $0.keepAlive = keepAlive }
        return bound
    }

    /// `start()` for a caller that is not async (the console's loop); waits at most `timeout`.
    @discardableResult
    public func startWaiting(timeout: Duration = .seconds(10)) throws -> [Endpoint] {
        let result = StartResult()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            let outcome: Result<[Endpoint], any Error>
            do { outcome = .success(try await self.start()) } catch { outcome = .failure(error) }
            result.value.withLock { $0 = outcome }
            done.signal()
        }
        let seconds = Double(timeout.components.seconds)
        guard done.wait(timeout: .now() + seconds) == .success, let outcome = result.value.withLock({ $0 }) else {
            stop()
            throw RoomServerError.cannotListen(host: configuration.bind.joined(separator: ","), port: configuration.port,
                                               reason: "timed out")
        }
        return try outcome.get()
    }

    /// Closes the server at once: every request from now on is refused, following pages are cut off and
    /// the listening sockets close. Safe to call more than once and from any thread.
    public func stop() {
        let (groups, keepAlive) = shared.withLock { shared -> ([ServiceGroup], Task<Void, Never>?) in
            shared.stopped = true
            defer {
                shared.groups.removeAll()
                shared.keepAlive = nil
            }
            return (shared.groups, shared.keepAlive)
        }
        broadcaster.close()
        keepAlive?.cancel()
        for group in groups { Task { await group.triggerGracefulShutdown() } }
    }

    /// Waits until every listening socket is closed after `stop()`.
    public func stopped() async {
        for run in shared.withLock({ $0.runs }) { await run.value }
    }

    /// Binds one address and returns the port it got, once the server accepts connections.
    private func listen(on host: String, port: Int) async throws -> Int {
        let (started, report) = AsyncStream.makeStream(of: Result<Int, any Error>.self)
        var logger = Logger(label: "workshop.web")
        logger.logLevel = .critical
        let app = Application(
            router: makeRouter(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil, backlog: 1024),
            onServerRunning: { channel in report.yield(.success(channel.localAddress?.port ?? port)) },
            logger: logger
        )
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let run = Task.detached {
            do {
                try await group.run()
            } catch {
                report.yield(.failure(error))
            }
            report.finish()
        }
        let alreadyStopped = shared.withLock { shared -> Bool in
            shared.runs.append(run)
            shared.groups.append(group)
            return shared.stopped
        }
        if alreadyStopped { await group.triggerGracefulShutdown() }
        for await outcome in started { return try outcome.get() }
        throw RoomServerError.cannotListen(host: host, port: port, reason: "stopped")
    }
}

/// The outcome of a start, handed from the task that starts the server to the thread that waits.
private final class StartResult: Sendable {
    let value = Mutex<Result<[RoomServer.Endpoint], any Error>?>(nil)
}

/// Why the room's server could not start.
public enum RoomServerError: Error, Equatable, CustomStringConvertible {
    /// The laptop has no network address other than loopback.
    case noNetwork
    /// An address could not be bound (in use, not this laptop's, no permission).
    case cannotListen(host: String, port: Int, reason: String)

    public var description: String { message(in: .en) }

    /// What went wrong and what to do, in `language`.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.noNetwork, .nl):
            return "De laptop heeft geen netwerkadres: verbind hem met het wifi van de zaal, of gebruik --bind 127.0.0.1 om het alleen uit te proberen."
        case (.noNetwork, .en):
            return "The laptop has no network address: connect it to the room's wifi, or use --bind 127.0.0.1 to try it alone."
        case (.cannotListen(let host, let port, let reason), .nl):
            return "Kan niet luisteren op \(host) poort \(port) (\(reason)): kies een andere --port, of controleer --bind."
        case (.cannotListen(let host, let port, let reason), .en):
            return "Cannot listen on \(host) port \(port) (\(reason)): choose another --port, or check --bind."
        }
    }
}
