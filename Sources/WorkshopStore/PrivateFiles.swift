import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File-system steps that keep session data private (folders 0700, files 0600) and durable (fsync).
enum PrivateFiles {
    /// Permission bits of a session folder and of every file in it.
    static let directoryMode: mode_t = 0o700
    static let fileMode: mode_t = 0o600

    /// Creates `path` and missing parents with mode 0700; returns true when the last folder was created.
    @discardableResult
    static func makeDirectory(_ path: String) throws(StoreError) -> Bool {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw .cannotCreate(path: path, detail: "it exists and is not a folder")
            }
            return false
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectory(parent) }
        guard mkdir(path, directoryMode) == 0 || errno == EEXIST else {
            throw .cannotCreate(path: path, detail: String(cString: strerror(errno)))
        }
        // mkdir honours the umask, which can only remove bits; chmod makes it exactly 0700.
        _ = chmod(path, directoryMode)
        return true
    }

    /// Creates a new empty file with mode 0600; fails if it exists.
    static func createExclusive(_ path: String) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw .cannotCreate(path: path, detail: String(cString: strerror(errno))) }
        _ = fchmod(fd, fileMode)
        close(fd)
    }

    /// Flushes a file or folder to disk (a folder: so a rename in it survives a power cut).
    static func sync(_ path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Sets the database and its -wal/-shm companions to 0600 where they exist.
    static func tighten(database path: String) {
        for file in [path, path + "-wal", path + "-shm"] where access(file, F_OK) == 0 {
            _ = chmod(file, fileMode)
        }
    }

    /// The permission bits of `path`, or nil when it does not exist.
    static func mode(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}
