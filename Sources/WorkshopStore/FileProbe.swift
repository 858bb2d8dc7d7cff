import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Looks at a file's first bytes before SQLite ever opens it, so random bytes and truncated copies are
/// refused without a byte being written.
enum FileProbe {
    /// Throws unless `path` is a regular file that starts like a whole SQLite database.
    static func inspect(_ path: String) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw .notFound(path: path) }
            throw .cannotOpen(path: path, problem: .ioError(String(cString: strerror(errno))))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notASession(path: path) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let problem: StoreProblem = errno == EACCES ? .readOnly : .ioError(String(cString: strerror(errno)))
            throw .cannotOpen(path: path, problem: problem)
        }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 100)
        let count = read(fd, &header, 100)
        guard count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw .notASession(path: path)
        }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        let pages = header[28..<32].reduce(0) { $0 << 8 | Int($1) }
        // The page count is trustworthy only when its "valid for" number equals the change counter.
        let countValid = header[92..<96].elementsEqual(header[24..<28])
        if countValid, pageSize >= 512, pages > 0, Int(info.st_size) < pages * pageSize {
            throw .damaged(path: path, detail: "truncated: \(info.st_size) of \(pages * pageSize) bytes")
        }
    }
}
