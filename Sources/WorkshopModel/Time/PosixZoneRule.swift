/// A POSIX `TZ` rule such as `CET-1CEST,M3.5.0,M10.5.0/3`: how a TZif file says what happens after its last
/// transition (RFC 8536, section 3.3, with its extensions: hours up to 167 and negative times).
struct PosixZoneRule: Sendable, Equatable {
    /// The standard time's offset from UTC, in seconds east.
    let standard: Int
    /// Daylight saving time, when the zone has it.
    let daylight: Daylight?

    struct Daylight: Sendable, Equatable {
        /// Its offset from UTC, in seconds east.
        let offset: Int
        /// When it starts, in standard local time.
        let start: Change
        /// When it ends, in daylight local time.
        let end: Change
    }

    /// A day of the year and the local time on it.
    struct Change: Sendable, Equatable {
        enum Day: Sendable, Equatable {
            /// `Jn`: day 1...365, February 29 never counted.
            case julian(Int)
            /// `n`: day 0...365, February 29 counted in leap years.
            case ordinal(Int)
            /// `Mm.w.d`: weekday `d` (0 Sunday) of week `w` (5: the last) of month `m`.
            case weekday(month: Int, week: Int, day: Int)
        }

        let day: Day
        /// Seconds after the day's local midnight (02:00 unless given).
        let time: Int

        /// The change's local moment in `year`, in seconds since 1970 as a wall clock there reads.
        func local(in year: Int) -> Int {
            let january = CivilDate(year: year, month: 1, day: 1).daysSince1970
            let days: Int
            switch day {
            case .julian(let n):
                let leap = CivilDate.daysIn(month: 2, year: year) == 29
                days = january + n - 1 + (leap && n >= 60 ? 1 : 0)
            case .ordinal(let n):
                days = january + n
            case .weekday(let month, let week, let weekday):
                let first = CivilDate(year: year, month: month, day: 1)
                var date = 1 + (weekday - first.weekday + 7) % 7 + (week - 1) * 7
                let length = CivilDate.daysIn(month: month, year: year)
                while date > length { date -= 7 }
                days = first.daysSince1970 + date - 1
            }
            return days * 86_400 + time
        }
    }

    /// Parses a rule; nil for text that is not a complete rule of this form (including a daylight time
    /// without its dates, which TZif files never leave out).
    init?(_ text: String) {
        var scanner = Scanner(Array(text.utf8))
        guard scanner.name(), let standardOffset = scanner.offset() else { return nil }
        standard = -standardOffset
        if scanner.atEnd {
            daylight = nil
            return
        }
        guard scanner.name() else { return nil }
        var daylightOffset = standard + 3600
        if !scanner.at(UInt8(ascii: ",")) {
            guard let given = scanner.offset() else { return nil }
            daylightOffset = -given
        }
        guard scanner.take(UInt8(ascii: ",")), let start = scanner.change(),
              scanner.take(UInt8(ascii: ",")), let end = scanner.change(), scanner.atEnd
        else { return nil }
        daylight = Daylight(offset: daylightOffset, start: start, end: end)
    }

    /// The UTC offset at `time` (seconds since 1970, UTC).
    func offset(at time: Int64) -> Int {
        guard let daylight else { return standard }
        let year = CivilDate.split(secondsSince1970: time + Int64(standard)).day.year
        let start = daylight.start.local(in: year) - standard
        let end = daylight.end.local(in: year) - daylight.offset
        let now = Int(time)
        if start < end {
            return start <= now && now < end ? daylight.offset : standard
        }
        // Southern hemisphere: daylight time spans the new year.
        return end <= now && now < start ? standard : daylight.offset
    }

    /// Walks the rule's bytes.
    private struct Scanner {
        let bytes: [UInt8]
        var at = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { at == bytes.count }

        func at(_ byte: UInt8) -> Bool { at < bytes.count && bytes[at] == byte }

        mutating func take(_ byte: UInt8) -> Bool {
            guard at(byte) else { return false }
            at += 1
            return true
        }

        /// A zone abbreviation: three or more letters, or anything quoted in `<…>`.
        mutating func name() -> Bool {
            if take(UInt8(ascii: "<")) {
                guard let close = bytes[at...].firstIndex(of: UInt8(ascii: ">")), close > at else { return false }
                at = close + 1
                return true
            }
            let start = at
            while at < bytes.count, (0x41...0x5A).contains(bytes[at]) || (0x61...0x7A).contains(bytes[at]) { at += 1 }
            return at - start >= 3
        }

        mutating func number(upTo limit: Int) -> Int? {
            let start = at
            var value = 0
            while at < bytes.count, (0x30...0x39).contains(bytes[at]), at - start < 4 {
                value = value * 10 + Int(bytes[at] - 0x30)
                at += 1
            }
            return at > start && value <= limit ? value : nil
        }

        /// `[+|-]hh[:mm[:ss]]` in seconds, hours up to `maxHours`.
        mutating func duration(maxHours: Int) -> Int? {
            let sign = take(UInt8(ascii: "-")) ? -1 : (take(UInt8(ascii: "+")) ? 1 : 1)
            guard let hours = number(upTo: maxHours) else { return nil }
            var seconds = hours * 3600
            if take(UInt8(ascii: ":")) {
                guard let minutes = number(upTo: 59) else { return nil }
                seconds += minutes * 60
                if take(UInt8(ascii: ":")) {
                    guard let more = number(upTo: 59) else { return nil }
                    seconds += more
                }
            }
            return sign * seconds
        }

        /// A POSIX offset: positive west of Greenwich.
        mutating func offset() -> Int? { duration(maxHours: 24) }

        mutating func change() -> Change? {
            let day: Change.Day
            if take(UInt8(ascii: "J")) {
                guard let n = number(upTo: 365), n >= 1 else { return nil }
                day = .julian(n)
            } else if take(UInt8(ascii: "M")) {
                guard let month = number(upTo: 12), month >= 1, take(UInt8(ascii: ".")),
                      let week = number(upTo: 5), week >= 1, take(UInt8(ascii: ".")),
                      let weekday = number(upTo: 6)
                else { return nil }
                day = .weekday(month: month, week: week, day: weekday)
            } else {
                guard let n = number(upTo: 365) else { return nil }
                day = .ordinal(n)
            }
            var time = 7200
            if take(UInt8(ascii: "/")) {
                guard let given = duration(maxHours: 167) else { return nil }
                time = given
            }
            return Change(day: day, time: time)
        }
    }
}
