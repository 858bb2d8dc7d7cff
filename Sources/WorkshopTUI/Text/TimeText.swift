import Foundation
import WorkshopModel

/// How times and durations are written on screen.
enum TimeText {
    /// A duration as `M:SS`, or `H:MM:SS` from an hour on; negative values are written as their size.
    static func duration(_ seconds: Double) -> String {
        let total = Int(abs(seconds).rounded(.down))
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        return h > 0 ? "\(h):\(pad(m)):\(pad(s))" : "\(m):\(pad(s))"
    }

    /// A countdown: the time left, rounded up so that "0:00" appears only when the time is really up.
    static func countdown(_ seconds: Double) -> String {
        duration(seconds > 0 ? seconds.rounded(.up) : 0)
    }

    /// Whole minutes as `25′`-style text: "25 min".
    static func minutes(_ seconds: Double) -> String {
        "\(Int((seconds / 60).rounded())) min"
    }

    /// The wall-clock time of `date` in `timeZone` as `HH:MM:SS` (or `HH:MM`).
    static func clock(_ date: Date, in timeZone: ZoneRules, seconds: Bool = true) -> String {
        let day = timeZone.local(date).seconds
        let hm = "\(pad(day / 3600)):\(pad((day % 3600) / 60))"
        return seconds ? "\(hm):\(pad(day % 60))" : hm
    }

    /// A clock time given in seconds since the workshop day's midnight, as `HH:MM`.
    static func clock(secondsOfDay: Double) -> String {
        ClockTime(minutes: Int((secondsOfDay / 60).rounded(.down))).description
    }

    /// A share as a whole percentage: "62%".
    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
