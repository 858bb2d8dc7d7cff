import Foundation

/// Runs blocking work (a socket read, waiting for a process) on a thread of its own, never on Swift's
/// cooperative pool: the server's handlers run on that pool, and a test that blocked it would starve them.
func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            continuation.resume(with: Result { try work() })
        }
    }
}
