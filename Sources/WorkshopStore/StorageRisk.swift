import Foundation
import WorkshopModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a folder is unsafe for a live SQLite file: WAL needs a local file system, and sync clients copy the
/// database and its -wal file at different moments, producing broken copies.
public enum StorageRisk: Sendable, Equatable {
    /// A network or FUSE file system (its name, e.g. "NFS").
    case network(String)
    /// Inside a folder a sync client copies (the service's name, e.g. "Dropbox").
    case cloudSync(String)

    /// Folder names of sync clients, matched case-insensitively against each path component's start.
    static let syncFolders: [(prefix: String, service: String)] = [
        ("dropbox", "Dropbox"), ("onedrive", "OneDrive"), ("google drive", "Google Drive"),
        ("googledrive", "Google Drive"), ("my drive", "Google Drive"), ("icloud", "iCloud"),
        ("mobile documents", "iCloud"), ("nextcloud", "Nextcloud"), ("owncloud", "ownCloud"),
        ("pcloud", "pCloud"), ("seafile", "Seafile"), ("mega", "MEGA"), ("box sync", "Box"),
        ("syncthing", "Syncthing"), ("sync.com", "Sync.com"), ("tresorit", "Tresorit"),
    ]

    /// File-system types (as in /proc/self/mountinfo) where SQLite's WAL is unsafe. An array, not a set:
    /// it is searched once, and a new generic type costs the start-up more than the search.
    static let networkFileSystems: [String] = [
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "lustre", "gfs2", "ocfs2",
        "davfs", "ncpfs", "coda",
    ]

    /// The risk of keeping a live session in `path` (the nearest existing folder is checked), if any.
    public static func of(_ path: String) -> StorageRisk? {
        for component in path.split(separator: "/") {
            let name = component.lowercased()
            if let hit = syncFolders.first(where: { name.hasPrefix($0.prefix) }) {
                // "mega" alone is too common a word start; require the whole component for it.
                if hit.prefix == "mega", name != "mega", !name.hasPrefix("mega ") { continue }
                return .cloudSync(hit.service)
            }
        }
        var folder = path
        while access(folder, F_OK) != 0, folder != "/", !folder.isEmpty {
            guard let slash = folder.lastIndex(of: "/") else { break }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
        // The file system is that of the folder a symbolic link leads to.
        let real = realpath(folder, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? folder
        return fileSystemType(of: real).flatMap(risk(ofType:))
    }

    /// The risk of a file-system type: every FUSE file system (sshfs, rclone, NTFS-3G…) and the network ones.
    static func risk(ofType type: String) -> StorageRisk? {
        type.hasPrefix("fuse") || networkFileSystems.contains(type) ? .network(type) : nil
    }

    /// The type of the file system holding `path`, from the longest matching mount point in
    /// /proc/self/mountinfo (nil where there is no such file).
    static func fileSystemType(of path: String) -> String? {
        guard let table = readAll("/proc/self/mountinfo") else { return nil }
        return fileSystemType(of: path, mountInfo: table)
    }

    /// The same, from the bytes of a mountinfo table. Read as bytes, not through Foundation's string
    /// searches: this runs before the console's first frame.
    static func fileSystemType(of path: String, mountInfo table: [UInt8]) -> String? {
        let target = Array(path.utf8)
        var best: (length: Int, type: ArraySlice<UInt8>)?
        for line in table.split(separator: UInt8(ascii: "\n")) {
            // Fields: id parent major:minor root mount-point options [optional…] - type source options
            let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
            guard fields.count >= 5, let dash = fields.dropFirst(6).firstIndex(where: { $0.elementsEqual([UInt8(ascii: "-")]) }),
                  dash + 1 < fields.endIndex
            else { continue }
            let mount = unescape(fields[4])
            let inside = mount == [UInt8(ascii: "/")] || mount == target
                || (target.count > mount.count && target.starts(with: mount) && target[mount.count] == UInt8(ascii: "/"))
            if inside, mount.count >= (best?.length ?? -1) { best = (mount.count, fields[dash + 1]) }
        }
        return best.map { String(decoding: $0.type, as: UTF8.self) }
    }

    /// A whole small file's bytes, or nil when it cannot be read.
    private static func readAll(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// mountinfo writes spaces, tabs, newlines and backslashes as octal escapes (`\040`).
    private static func unescape(_ field: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(field.count)
        var i = field.startIndex
        while i < field.endIndex {
            if field[i] == UInt8(ascii: "\\"), i + 3 < field.endIndex,
               let value = UInt8(String(decoding: field[(i + 1)...(i + 3)], as: UTF8.self), radix: 8) {
                out.append(value)
                i += 4
            } else {
                out.append(field[i])
                i += 1
            }
        }
        return out
    }

    /// A warning for the user about keeping sessions in `path`.
    public func message(path: String, localFolder: String, _ language: Language) -> String {
        let reason: String
        switch (self, language) {
        case (.network(let kind), .en): reason = "is on a network or FUSE file system (\(kind))"
        case (.network(let kind), .nl): reason = "staat op een netwerk- of FUSE-bestandssysteem (\(kind))"
        case (.cloudSync(let service), .en): reason = "is synchronised by \(service)"
        case (.cloudSync(let service), .nl): reason = "wordt gesynchroniseerd door \(service)"
        }
        switch language {
        case .en:
            return "warning: \(path) \(reason); a live session file there can be corrupted. The session is "
                + "recorded in \(localFolder) and complete copies are written to \(path)."
        case .nl:
            return "waarschuwing: \(path) \(reason); een lopend sessiebestand kan daar beschadigd raken. De "
                + "sessie wordt opgenomen in \(localFolder) en volledige kopieën worden naar \(path) geschreven."
        }
    }
}
