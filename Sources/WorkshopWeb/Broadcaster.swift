import Foundation
import Synchronization

/// Tells every following page (server-sent events) that the snapshot changed, and ends them all when
/// the server stops.
final class Broadcaster: Sendable {
    /// Pages followed at most at once; more get "busy" and fall back to reloading.
    let limit: Int
    private let followers = Mutex(Followers())

    private struct Followers {
        var next = 0
        var continuations: [Int: AsyncStream<Int>.Continuation] = [:]
        var closed = false
    }

    init(limit: Int = 2_000) {
        self.limit = limit
    }

    /// A stream of snapshot versions for one page, starting with `current`; nil when full or stopped.
    func follow(current: Int) -> (id: Int, versions: AsyncStream<Int>)? {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        let id: Int? = followers.withLock { followers in
            guard !followers.closed, followers.continuations.count < limit else { return nil }
            followers.next += 1
            followers.continuations[followers.next] = continuation
            return followers.next
        }
        guard let id else { return nil }
        continuation.yield(current)
        continuation.onTermination = { [weak self] _ in self?.unfollow(id) }
        return (id, stream)
    }

    /// Sends `version` to every follower (a negative version is a keep-alive).
    func send(_ version: Int) {
        let all = followers.withLock { Array($0.continuations.values) }
        for continuation in all { continuation.yield(version) }
    }

    /// Ends every stream and refuses new ones.
    func close() {
        let all = followers.withLock { followers in
            followers.closed = true
            defer { followers.continuations.removeAll() }
            return Array(followers.continuations.values)
        }
        for continuation in all { continuation.finish() }
    }

    /// How many pages follow now.
    var count: Int { followers.withLock { $0.continuations.count } }

    private func unfollow(_ id: Int) {
        _ = followers.withLock { $0.continuations.removeValue(forKey: id) }
    }
}
