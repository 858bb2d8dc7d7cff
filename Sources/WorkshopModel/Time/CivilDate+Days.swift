/// Calendar arithmetic on the proleptic Gregorian calendar, for local days computed from UTC offsets.
extension CivilDate {
    /// The date `days` after 1970-01-01 (H. Hinnant's civil_from_days).
    public init(daysSince1970 days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The day holding the moment `seconds` after 1970-01-01 00:00 (of a clock, local or UTC), and the
    /// seconds since that day's midnight; before 1970 too.
    public static func split(secondsSince1970 seconds: Int64) -> (day: CivilDate, seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return (CivilDate(daysSince1970: Int(days)), Int(seconds - days * 86_400))
    }

    /// Days from 1970-01-01 to this date (H. Hinnant's days_from_civil).
    public var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day of the week, 0 for Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday.
        ((daysSince1970 + 4) % 7 + 7) % 7
    }
}
