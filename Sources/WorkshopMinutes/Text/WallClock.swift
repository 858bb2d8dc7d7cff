import Foundation
import WorkshopModel

/// Wall-clock dates in the session's time zone, written without Foundation's locale-dependent formatters.
struct WallClock: Sendable {
    let zone: ZoneRules

    /// The clock of the zone with this IANA id; an unknown id falls back to UTC, as the session does.
    init(zoneID: String) {
        zone = ZoneRules.namedOrUTC(zoneID)
    }

    /// The local calendar day and time of `date`, with the zone's offset from UTC at that moment.
    func parts(_ date: Date) -> (day: CivilDate, seconds: Int, milliseconds: Int, offset: Int) {
        let offset = zone.secondsFromGMT(at: date)
        let totalMilliseconds = Int((date.timeIntervalSince1970 * 1000).rounded()) + offset * 1000
        let days = Int((Double(totalMilliseconds) / 86_400_000).rounded(.down))
        let withinDay = totalMilliseconds - days * 86_400_000
        return (CivilDate(daysSince1970: days), withinDay / 1000, withinDay % 1000, offset)
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
}
