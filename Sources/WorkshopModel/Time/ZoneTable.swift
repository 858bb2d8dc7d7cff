/// The contents of a TZif file (RFC 8536) that matter for offsets: the transitions, the offset after
/// each, and the POSIX rule for the times after the last.
struct ZoneTable: Sendable, Equatable {
    /// Transition times in seconds since 1970 (UTC), ascending.
    private let transitions: [Int64]
    /// The UTC offset from each transition on.
    private let offsets: [Int32]
    /// The offset before the first transition (the file's first local time type).
    private let initial: Int32
    /// The rule after the last transition; nil when the last transition's offset simply goes on.
    private let rule: PosixZoneRule?

    /// Parses a TZif file of any version; nil when the bytes are not one or are cut short.
    init?(tzif bytes: [UInt8]) {
        var reader = Reader(bytes: bytes)
        guard let first = reader.header() else { return nil }
        var header = first
        var timeSize = 4
        if first.version >= 2 {
            // Version 2 and later repeat the data with 64-bit times after the 32-bit block; only that one counts.
            guard reader.skip(first.blockSize(timeSize: 4)), let second = reader.header() else { return nil }
            header = second
            timeSize = 8
        }
        guard header.typeCount >= 1 else { return nil }
        var times: [Int64] = []
        times.reserveCapacity(header.timeCount)
        for _ in 0..<header.timeCount {
            guard let time = timeSize == 8 ? reader.int64() : reader.int32().map(Int64.init) else { return nil }
            times.append(time)
        }
        var indices: [Int] = []
        indices.reserveCapacity(header.timeCount)
        for _ in 0..<header.timeCount {
            guard let index = reader.byte(), Int(index) < header.typeCount else { return nil }
            indices.append(Int(index))
        }
        var typeOffsets: [Int32] = []
        for _ in 0..<header.typeCount {
            guard let offset = reader.int32(), reader.skip(2) else { return nil }
            typeOffsets.append(offset)
        }
        guard reader.skip(header.charCount + header.leapCount * (timeSize + 4) + header.standardCount + header.utcCount)
        else { return nil }
        transitions = times
        offsets = indices.map { typeOffsets[$0] }
        initial = typeOffsets[0]
        if first.version >= 2 {
            // Required from version 2 on (empty when the last offset goes on); missing, the file is cut short.
            guard let footer = reader.footer() else { return nil }
            if footer.isEmpty {
                rule = nil
            } else {
                // A rule this reader cannot follow would give wrong times after the last transition.
                guard let parsed = PosixZoneRule(footer) else { return nil }
                rule = parsed
            }
        } else {
            rule = nil
        }
    }

    /// The UTC offset at `time` (seconds since 1970, UTC).
    func offset(at time: Int64) -> Int {
        guard let last = transitions.last else { return rule?.offset(at: time) ?? Int(initial) }
        if time >= last { return rule?.offset(at: time) ?? Int(offsets[offsets.count - 1]) }
        guard time >= transitions[0] else { return Int(initial) }
        // The last transition at or before `time`.
        var low = 0, high = transitions.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if transitions[middle] <= time { low = middle } else { high = middle - 1 }
        }
        return Int(offsets[low])
    }

    /// The counts a TZif header announces.
    private struct Header {
        let version: Int
        let utcCount, standardCount, leapCount, timeCount, typeCount, charCount: Int

        func blockSize(timeSize: Int) -> Int {
            timeCount * (timeSize + 1) + typeCount * 6 + charCount + leapCount * (timeSize + 4) + standardCount + utcCount
        }
    }

    /// Reads big-endian fields, refusing to read past the end.
    private struct Reader {
        let bytes: [UInt8]
        var at = 0

        mutating func skip(_ count: Int) -> Bool {
            guard count >= 0, count <= bytes.count - at else { return false }
            at += count
            return true
        }

        mutating func byte() -> UInt8? {
            guard at < bytes.count else { return nil }
            defer { at += 1 }
            return bytes[at]
        }

        mutating func uint(_ size: Int) -> UInt64? {
            guard size <= bytes.count - at else { return nil }
            var value: UInt64 = 0
            for i in 0..<size { value = value << 8 | UInt64(bytes[at + i]) }
            at += size
            return value
        }

        mutating func int32() -> Int32? { uint(4).map { Int32(bitPattern: UInt32($0)) } }
        mutating func int64() -> Int64? { uint(8).map { Int64(bitPattern: $0) } }

        mutating func header() -> Header? {
            guard bytes.count - at >= 44, bytes[at] == 0x54, bytes[at + 1] == 0x5A, bytes[at + 2] == 0x69,
                  bytes[at + 3] == 0x66
            else { return nil }
            // Version 0 is "\0", later ones the digit.
            let version = bytes[at + 4] == 0 ? 1 : Int(bytes[at + 4]) - 0x30
            at += 20
            var counts: [Int] = []
            for _ in 0..<6 {
                // More than a million of anything is not a zone file (and must not overflow the sizes).
                guard let count = uint(4), count < 1 << 20 else { return nil }
                counts.append(Int(count))
            }
            guard version >= 1 else { return nil }
            return Header(version: version, utcCount: counts[0], standardCount: counts[1], leapCount: counts[2],
                          timeCount: counts[3], typeCount: counts[4], charCount: counts[5])
        }

        /// The text between the newlines that end a version 2+ file.
        mutating func footer() -> String? {
            guard at < bytes.count, bytes[at] == 0x0A else { return nil }
            guard let end = bytes[(at + 1)...].firstIndex(of: 0x0A) else { return nil }
            return String(decoding: bytes[(at + 1)..<end], as: UTF8.self)
        }
    }
}
