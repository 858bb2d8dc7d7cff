import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Consistent copies of a session: `VACUUM INTO` a fresh 0600 file beside the destination, flush, rename.
///
/// A sync client or a network share then only ever sees a whole, finished file — never a database and its
/// -wal file copied at different moments.
enum Snapshot {
    /// Writes a copy to `destination` through `vacuumInto`, which fills the given (empty) file.
    static func write(to destination: URL, vacuumInto: (String) throws -> Void) throws(StoreError) {
        let target = destination.standardizedFileURL.path
        let folder = (target as NSString).deletingLastPathComponent
        try PrivateFiles.makeDirectory(folder)
        let temporary = folder + "/." + (target as NSString).lastPathComponent + ".\(getpid()).partial"
        unlink(temporary)
        try PrivateFiles.createExclusive(temporary)
        do {
            try vacuumInto(temporary)
        } catch {
            unlink(temporary)
            throw .cannotCreate(path: target, detail: describe(error))
        }
        PrivateFiles.sync(temporary)
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotCreate(path: target, detail: reason)
        }
        PrivateFiles.sync(folder)
    }
}
