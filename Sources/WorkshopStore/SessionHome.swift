import Foundation
import WorkshopModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder where sessions live, and finding sessions in it.
///
/// Chosen by `--home DIR`, else `$WORKSHOP_HOME`, else `$XDG_DATA_HOME/workshop`, else
/// `~/.local/share/workshop`. When the chosen folder is on a network or FUSE file system or inside a
/// cloud-synced folder, live files are kept in a local folder instead and copies go to the chosen one.
public struct SessionHome: Sendable, Equatable {
    /// The folder the user chose (or the default).
    public var requested: URL
    /// Where live session files are recorded: `requested`, or a local folder when that is unsafe.
    public var directory: URL
    /// Why `requested` is unsafe for live files, if it is; copies then go there through `snapshot(to:)`.
    public var risk: StorageRisk?

    /// A home as given: live files in `directory`, copies in `requested` when `risk` is set.
    public init(requested: URL, directory: URL, risk: StorageRisk?) {
        self.requested = requested
        self.directory = directory
        self.risk = risk
    }

    /// The folder to copy finished sessions to, when live files cannot stay in the requested folder.
    public var copyDirectory: URL? { risk == nil ? nil : requested }

    /// Resolves the session folder from the `--home` flag and the process's environment. Nothing is created
    /// yet.
    public static func resolve(flag: String?) -> SessionHome {
        resolve(flag: flag, variable: environmentVariable)
    }

    /// The same with the environment given as a dictionary (for tests).
    public static func resolve(flag: String?, environment: [String: String]) -> SessionHome {
        resolve(flag: flag, variable: { environment[$0] })
    }

    /// The same with the environment given as a lookup. Plain string paths, not Foundation's URL
    /// operations: this runs before the console's first frame.
    static func resolve(flag: String?, variable: (String) -> String?) -> SessionHome {
        let standard = defaultDirectory(variable: variable)
        let chosen: String
        if let flag, !flag.isEmpty {
            chosen = expand(flag, variable: variable)
        } else if let home = variable("WORKSHOP_HOME"), !home.isEmpty {
            chosen = expand(home, variable: variable)
        } else {
            chosen = standard
        }
        let requestedPath = standardized(chosen)
        let requested = URL(fileURLWithPath: requestedPath, isDirectory: true)
        guard let risk = StorageRisk.of(requestedPath) else {
            return SessionHome(requested: requested, directory: requested, risk: nil)
        }
        let local = StorageRisk.of(standard) == nil && standard != requestedPath
            ? standard : "/var/tmp/workshop-\(getuid())"
        return SessionHome(requested: requested, directory: URL(fileURLWithPath: local, isDirectory: true), risk: risk)
    }

    /// A variable of this process's environment.
    static func environmentVariable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// `$XDG_DATA_HOME/workshop` when that is an absolute path, else `~/.local/share/workshop`.
    static func defaultDirectory(variable: (String) -> String?) -> String {
        if let data = variable("XDG_DATA_HOME"), data.hasPrefix("/") {
            return standardized(data + "/workshop")
        }
        return standardized(userHome(variable) + "/.local/share/workshop")
    }

    private static func userHome(_ variable: (String) -> String?) -> String {
        if let home = variable("HOME"), !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir { return String(cString: dir) }
        return "/tmp"
    }

    private static func expand(_ path: String, variable: (String) -> String?) -> String {
        if path == "~" { return userHome(variable) }
        if path.hasPrefix("~/") { return userHome(variable) + String(path.dropFirst(1)) }
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }

    /// An absolute path without empty, `.` and `..` components or a trailing slash (symbolic links are
    /// left as they are).
    static func standardized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Creates the live folder (mode 0700) if it is missing.
    public func prepare() throws(StoreError) {
        try PrivateFiles.makeDirectory(directory.path)
    }

    /// Warnings to print before recording: an unsafe chosen folder, a folder others can read.
    public func warnings(_ language: Language) -> [String] {
        var result: [String] = []
        if let risk {
            result.append(risk.message(path: requested.path, localFolder: directory.path, language))
        }
        if let mode = PrivateFiles.mode(of: directory.path), mode & 0o077 != 0 {
            let octal = String(mode, radix: 8)
            result.append(language == .en
                ? "warning: \(directory.path) can be read by other users (mode \(octal)); run `chmod 700 \(directory.path)`."
                : "waarschuwing: \(directory.path) is leesbaar voor andere gebruikers (modus \(octal)); voer `chmod 700 \(directory.path)` uit.")
        }
        return result
    }

    /// The session files in the home (and copies in the copy folder that have no live file), oldest name first.
    public func sessionFiles() -> [URL] {
        var names = Set<String>()
        var files: [URL] = []
        for folder in [directory, copyDirectory].compactMap({ $0 }) {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in entries.sorted()
            where name.hasSuffix("." + SessionFileName.fileExtension) && !name.hasPrefix(".") && !names.contains(name) {
                names.insert(name)
                files.append(folder.appendingPathComponent(name))
            }
        }
        return files
    }

    /// A summary of every session, or why it could not be read.
    public func listing() -> [SessionListing] {
        sessionFiles().map { url in
            do throws(StoreError) {
                let reader = try SessionReader.open(at: url)
                defer { reader.close() }
                return SessionListing(url: url, result: .success(try SessionSummary(reader: reader)))
            } catch {
                return SessionListing(url: url, result: .failure(error))
            }
        }
    }

    /// The session file meant by `reference`: a path to a file, a file name in the home, or (the start of)
    /// a short id.
    public func locate(_ reference: String) throws(StoreError) -> URL {
        let expanded = Self.expand(reference, variable: Self.environmentVariable)
        if reference.contains("/") || access(expanded, F_OK) == 0 {
            guard access(expanded, F_OK) == 0 else { throw .notFound(path: expanded) }
            return URL(fileURLWithPath: expanded).standardizedFileURL
        }
        let wanted = reference.lowercased()
        let files = sessionFiles()
        if let exact = files.first(where: { $0.lastPathComponent == reference }) { return exact }
        let matches = files.filter { file in
            let id = Self.shortID(ofFileName: file.lastPathComponent)
            return id.hasPrefix(wanted) || (wanted.count > id.count && wanted.hasPrefix(id))
        }
        guard !matches.isEmpty else { throw .noSuchSession(reference: reference, home: directory.path) }
        guard matches.count == 1 else {
            throw .ambiguous(reference: reference, matches: matches.map(\.lastPathComponent))
        }
        return matches[0]
    }

    /// The unfinished session changed most recently, for `workshop resume` without an argument.
    public func latestUnfinished() throws(StoreError) -> URL {
        let candidates = listing().compactMap { listing -> SessionSummary? in
            guard case .success(let summary) = listing.result, summary.state != .ended else { return nil }
            return summary
        }
        guard let latest = candidates.max(by: { $0.lastChange < $1.lastChange }) else {
            throw .nothingToResume(home: directory.path)
        }
        return latest.url
    }

    /// The short id in a session file name (the part after the last dash).
    static func shortID(ofFileName name: String) -> String {
        let stem = name.hasSuffix("." + SessionFileName.fileExtension)
            ? String(name.dropLast(SessionFileName.fileExtension.count + 1)) : name
        return String(stem.split(separator: "-").last ?? Substring(stem)).lowercased()
    }
}

/// One session file in a listing: its summary, or why it could not be read.
public struct SessionListing: Sendable, Equatable {
    public var url: URL
    public var result: Result<SessionSummary, StoreError>
}
