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

    /// File-system types (as in /proc/self/mountinfo) where SQLite's WAL is unsafe.
    static let networkFileSystems: Set<String> = [
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
            folder = (folder as NSString).deletingLastPathComponent
        }
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        return fileSystemType(of: real).flatMap(risk(ofType:))
    }

    /// The risk of a file-system type: every FUSE file system (sshfs, rclone, NTFS-3G…) and the network ones.
    static func risk(ofType type: String) -> StorageRisk? {
        type.hasPrefix("fuse") || networkFileSystems.contains(type) ? .network(type) : nil
    }

    /// The type of the file system holding `path`, from the longest matching mount point in
    /// /proc/self/mountinfo (nil where there is no such file).
    static func fileSystemType(of path: String) -> String? {
        guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return nil }
        var best: (mount: String, type: String)?
        for line in table.split(separator: "\n") {
            let halves = line.components(separatedBy: " - ")
            guard halves.count >= 2 else { continue }
            let fields = halves[0].split(separator: " ")
            guard fields.count >= 5, let type = halves[1].split(separator: " ").first else { continue }
            let mount = unescape(String(fields[4]))
            let inside = mount == "/" || path == mount || path.hasPrefix(mount + "/")
            if inside, mount.count >= (best?.mount.count ?? -1) { best = (mount, String(type)) }
        }
        return best?.type
    }

    /// mountinfo writes spaces, tabs, newlines and backslashes as octal escapes (`\040`).
    private static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = [UInt8]()
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\"), i + 3 < bytes.count,
               let value = UInt8(String(decoding: bytes[(i + 1)...(i + 3)], as: UTF8.self), radix: 8) {
                out.append(value)
                i += 4
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
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
