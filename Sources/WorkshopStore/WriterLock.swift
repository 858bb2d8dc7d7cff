import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one-writer rule: an exclusive `flock` on `<session file>.lock`, held while a session is recorded.
///
/// A sidecar file (not SQLite's own locking) so that `display` and `export` can read the session beside the
/// writer. The lock file holds the writer's process id for the refusal message and is removed on release.
final class WriterLock {
    let path: String
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { release() }

    /// The lock file that guards `sessionPath`.
    static func lockPath(for sessionPath: String) -> String { sessionPath + ".lock" }

    /// Takes the lock at once or throws `alreadyOpen` — it never waits.
    static func acquire(for sessionPath: String, shortID: String) throws(StoreError) -> WriterLock {
        let path = lockPath(for: sessionPath)
        for _ in 0..<5 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, PrivateFiles.fileMode)
            guard fd >= 0 else {
                throw .cannotOpen(path: path, problem: .ioError(String(cString: strerror(errno))))
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let busy = errno == EWOULDBLOCK
                close(fd)
                if busy { throw .alreadyOpen(path: sessionPath, shortID: shortID, pid: holder(of: sessionPath)) }
                throw .cannotOpen(path: path, problem: .ioError(String(cString: strerror(errno))))
            }
            // A releasing writer unlinks the file; if ours was unlinked meanwhile, the lock is worthless.
            var held = stat(), current = stat()
            guard fstat(fd, &held) == 0, stat(path, &current) == 0,
                  held.st_dev == current.st_dev, held.st_ino == current.st_ino
            else {
                close(fd)
                continue
            }
            _ = fchmod(fd, PrivateFiles.fileMode)
            let pid = "\(getpid())\n"
            _ = ftruncate(fd, 0)
            _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
            return WriterLock(path: path, fd: fd)
        }
        throw .alreadyOpen(path: sessionPath, shortID: shortID, pid: holder(of: sessionPath))
    }

    /// Removes the lock file and lets go of the lock.
    func release() {
        guard fd >= 0 else { return }
        unlink(path)
        close(fd)
        fd = -1
    }

    /// The process id written in the lock file of `sessionPath`, if any.
    static func holder(of sessionPath: String) -> Int32? {
        guard let text = try? String(contentsOfFile: lockPath(for: sessionPath), encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether a live process is recording `sessionPath` now (lock file present and its process alive).
    static func isHeld(_ sessionPath: String) -> Bool {
        guard let pid = holder(of: sessionPath), pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
