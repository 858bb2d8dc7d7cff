import Foundation
import WorkshopModel

/// Wall-clock dates in the session's time zone, written without Foundation's locale-dependent formatters.
struct WallClock: Sendable {
    let zone: TimeZone

    /// The clock of the zone with this IANA id; an unknown id falls back to UTC, as the session does.
    init(zoneID: String) {
        zone = TimeZone(identifier: zoneID) ?? TimeZone(secondsFromGMT: 0)!
    }

    /// The local calendar day and time of `date`, with the zone's offset from UTC at that moment.
    func parts(_ date: Date) -> (day: CivilDate, seconds: Int, milliseconds: Int, offset: Int) {
        let offset = zone.secondsFromGMT(for: date)
        let totalMilliseconds = Int((date.timeIntervalSince1970 * 1000).rounded()) + offset * 1000
        let days = Int((Double(totalMilliseconds) / 86_400_000).rounded(.down))
        let withinDay = totalMilliseconds - days * 86_400_000
        return (WallClock.civil(fromDays: days), withinDay / 1000, withinDay % 1000, offset)
    }

    /// The local day of `date`.
    func day(_ date: Date) -> CivilDate { parts(date).day }

    /// ISO 8601 with milliseconds and the local offset: "2023-11-08T20:03:05.250+01:00".
    func iso8601(_ date: Date) -> String {
        let p = parts(date)
        let offset = abs(p.offset) / 60
        return p.day.description + "T" + WallClock.hms(p.seconds) + "." + zeroPadded(p.milliseconds, 3)
            + (p.offset < 0 ? "-" : "+") + zeroPadded(offset / 60, 2) + ":" + zeroPadded(offset % 60, 2)
    }

    /// "2023-11-08 20:03:05", the form spreadsheets read as a date and time.
    func spreadsheet(_ date: Date) -> String {
        let p = parts(date)
        return p.day.description + " " + WallClock.hms(p.seconds)
    }

    /// "20:03:05".
    static func hms(_ seconds: Int) -> String {
        zeroPadded(seconds / 3600, 2) + ":" + zeroPadded(seconds / 60 % 60, 2) + ":" + zeroPadded(seconds % 60, 2)
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant's civil_from_days).
    static func civil(fromDays days: Int) -> CivilDate {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return CivilDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The day of the week of `date`, 0 for Sunday (Sakamoto's method).
    static func weekday(_ date: CivilDate) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let year = date.month < 3 ? date.year - 1 : date.year
        let raw = year + year / 4 - year / 100 + year / 400 + offsets[date.month - 1] + date.day
        return ((raw % 7) + 7) % 7
    }
}
