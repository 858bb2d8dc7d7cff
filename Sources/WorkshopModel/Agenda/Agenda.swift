import Foundation

/// A workshop as planned: who takes part and the timed blocks, as read from an agenda file.
///
/// Every block's planned start and length are resolved when the file is loaded, so consumers never have to
/// chain `start`/`end`/`minutes` themselves.
public struct Agenda: Sendable, Codable, Equatable {
    public var title: String
    /// The planned day, if the file gives one.
    public var date: CivilDate?
    public var place: String?
    public var language: Language
    /// The share of talk time the participants should have (0–1).
    public var participationTarget: Double
    public var people: [Person]
    public var blocks: [Block]
    /// A second line under the title, e.g. the committee or occasion.
    public var subtitle: String?
    /// The IANA time zone the clock times are meant in (e.g. "Europe/Brussels"); nil means the laptop's own.
    public var timeZone: String?

    public init(
        title: String, date: CivilDate? = nil, place: String? = nil, language: Language = .nl,
        participationTarget: Double = 0.75, people: [Person] = [], blocks: [Block] = [],
        subtitle: String? = nil, timeZone: String? = nil
    ) {
        self.title = title
        self.date = date
        self.place = place
        self.language = language
        self.participationTarget = participationTarget
        self.people = people
        self.blocks = blocks
        self.subtitle = subtitle
        self.timeZone = timeZone
    }

    /// The planned start of the first block.
    public var plannedStart: ClockTime? { blocks.first?.plannedStart }
    /// The planned end of the last block.
    public var plannedEnd: ClockTime? { blocks.last?.plannedEnd }

    public func block(id: String) -> Block? { blocks.first { $0.id == id } }
    public func blockIndex(id: String) -> Int? { blocks.firstIndex { $0.id == id } }
}

/// The two languages the program speaks.
public enum Language: String, Sendable, Codable, Equatable, CaseIterable {
    case nl, en
}

/// A calendar day without a time or time zone, as written in an agenda (`2023-11-08`).
public struct CivilDate: Sendable, Codable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil when the text is not a real date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= CivilDate.daysIn(month: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        // Not String(format:): Foundation's formatter is slow for what the console draws every second.
        zeroPadded(year, 4) + "-" + zeroPadded(month, 2) + "-" + zeroPadded(day, 2)
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A time of day on the workshop's own day, in minutes since midnight. Values of 24:00 and later mean
/// after midnight, so an evening that runs late still sorts correctly.
public struct ClockTime: Sendable, Codable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }
    public init(hour: Int, minute: Int) { self.minutes = hour * 60 + minute }

    /// Parses `HH:MM` (or `H:MM`) with 0 ≤ HH ≤ 23 and 0 ≤ MM ≤ 59.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts[0].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isASCII),
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        self.init(hour: h, minute: m)
    }

    /// `HH:MM`, wrapping past midnight.
    public var description: String {
        let wrapped = ((minutes % 1440) + 1440) % 1440
        return zeroPadded(wrapped / 60, 2) + ":" + zeroPadded(wrapped % 60, 2)
    }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }
    public static func + (a: ClockTime, minutes: Int) -> ClockTime { ClockTime(minutes: a.minutes + minutes) }
    public static func - (a: ClockTime, b: ClockTime) -> Int { a.minutes - b.minutes }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let m = try? c.decode(Int.self) {
            self.init(minutes: m)
        } else {
            let text = try c.decode(String.self)
            guard let t = ClockTime(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a HH:MM time: \(text)"))
            }
            self = t
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(minutes)
    }
}

/// `value` in decimal with leading zeros up to `width` digits (`zeroPadded(7, 2)` is "07"). Not
/// `String(format:)`, which is slow on Linux; the minutes' clock times use it too.
public func zeroPadded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return value < 0 || digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
