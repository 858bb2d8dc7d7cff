import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A time zone's offsets from UTC, from the system's time-zone database: the TZif files tzdata installs
/// under `/usr/share/zoneinfo` (or `$TZDIR`), the ones the C library reads for `localtime`.
///
/// Not Foundation's `TimeZone`: on Linux it asks ICU, whose first use costs the console about 3 MiB of
/// memory and half a millisecond before its first frame, and ICU's calendar as much again when a session
/// file is named. Where the system has no file for a zone, Foundation still answers, so every id it
/// knows keeps working.
public struct ZoneRules: Sendable, Equatable {
    /// The IANA id, e.g. `Europe/Brussels`.
    public let identifier: String
    private let source: Source

    private enum Source: Sendable, Equatable {
        case table(ZoneTable)
        case foundation(TimeZone)
        case fixed(Int)
    }

    /// Coordinated Universal Time, what an unknown zone falls back to.
    public static let utc = ZoneRules(identifier: "UTC", source: .fixed(0))

    private init(identifier: String, source: Source) {
        self.identifier = identifier
        self.source = source
    }

    /// The zone `identifier` with the rules of a TZif file's bytes; nil when they are not a TZif file this
    /// reader understands.
    public init?(identifier: String, tzif bytes: [UInt8]) {
        guard let table = ZoneTable(tzif: bytes) else { return nil }
        self.init(identifier: identifier, source: .table(table))
    }

    /// The zone with this IANA id; nil when neither the system's database nor Foundation knows it.
    /// Each id is read once per process.
    public static func named(_ identifier: String) -> ZoneRules? {
        if let known = known.withLock({ list in list.first { $0.identifier == identifier } }) {
            return known.rules
        }
        let rules = load(identifier)
        known.withLock { $0.append((identifier, rules)) }
        return rules
    }

    /// The zone with this IANA id, or UTC when it is unknown (as a session's clock falls back).
    public static func namedOrUTC(_ identifier: String) -> ZoneRules {
        named(identifier) ?? utc
    }

    /// Seconds to add to UTC for the local time at `date`.
    public func secondsFromGMT(at date: Date) -> Int {
        switch source {
        case .table(let table): table.offset(at: Self.seconds(date))
        case .foundation(let zone): zone.secondsFromGMT(for: date)
        case .fixed(let offset): offset
        }
    }

    /// The local calendar day and the seconds since its midnight at `date`.
    public func local(_ date: Date) -> (day: CivilDate, seconds: Int) {
        CivilDate.split(secondsSince1970: Self.seconds(date) + Int64(secondsFromGMT(at: date)))
    }

    /// Whole seconds since 1970; a date beyond any calendar (or not a number, from a damaged file) is
    /// held to ±30 million years rather than trapping.
    private static func seconds(_ date: Date) -> Int64 {
        let time = date.timeIntervalSince1970.rounded(.down)
        guard time.isFinite else { return 0 }
        return Int64(max(-1e15, min(1e15, time)))
    }

    /// Zones looked up so far (a list: a session uses one or two).
    private static let known = Mutex<[(identifier: String, rules: ZoneRules?)]>([])

    private static func load(_ identifier: String) -> ZoneRules? {
        if let bytes = tzifFile(identifier), let rules = ZoneRules(identifier: identifier, tzif: bytes) {
            return rules
        }
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        return ZoneRules(identifier: identifier, source: .foundation(zone))
    }

    /// The bytes of the zone's file in the system's database; nil when there is none (or the id is not a
    /// plain relative name, so it cannot reach outside the database).
    private static func tzifFile(_ identifier: String) -> [UInt8]? {
        guard !identifier.isEmpty, !identifier.hasPrefix("/"), !identifier.utf8.contains(0),
              !climbs(identifier)
        else { return nil }
        let folder = getenv("TZDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? "/usr/share/zoneinfo"
        let fd = open(folder + "/" + identifier, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        // A real zone file is a few kilobytes; anything else is not one.
        guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size < 1 << 20 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            filled += n
        }
        return bytes
    }

    /// Whether a relative path has a `..` component (read byte by byte: this runs before the first frame).
    static func climbs(_ path: String) -> Bool {
        var dots = 0
        var other = false
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                if dots == 2, !other { return true }
                dots = 0
                other = false
            case UInt8(ascii: "."): dots += 1
            default: other = true
            }
        }
        return dots == 2 && !other
    }
}
