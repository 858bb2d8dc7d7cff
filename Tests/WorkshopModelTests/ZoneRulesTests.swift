import Foundation
import Testing
@testable import WorkshopModel

@Suite struct ZoneRulesTests {
    /// Zones with what makes offsets hard: both hemispheres, half and quarter hours, Dublin's negative
    /// daylight saving time, Lord Howe's half-hour shift, zones that dropped DST.
    static let zones = [
        "Europe/Brussels", "Europe/Amsterdam", "Europe/London", "Europe/Dublin", "America/New_York",
        "America/St_Johns", "America/Sao_Paulo", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata",
        "Pacific/Chatham", "Asia/Tokyo", "UTC",
    ]

    @Test(arguments: zones) func agreesWithFoundationFrom1995To2100(_ id: String) throws {
        let rules = try #require(ZoneRules.named(id))
        let foundation = try #require(TimeZone(identifier: id))
        // Every 25 hours and 7 minutes over a century: every hour of the day and every season, and past
        // 2037, where fat TZif files stop listing transitions and the POSIX rule takes over.
        var time = 788_918_400.0  // 1995-01-01
        var mismatches: [String] = []
        while time < 4_102_444_800, mismatches.count < 5 {
            let date = Date(timeIntervalSince1970: time)
            if rules.secondsFromGMT(at: date) != foundation.secondsFromGMT(for: date) {
                mismatches.append("\(date): \(rules.secondsFromGMT(at: date)) vs \(foundation.secondsFromGMT(for: date))")
            }
            time += 90_420
        }
        #expect(mismatches.isEmpty, "\(id): \(mismatches)")
    }

    @Test(arguments: ["Europe/Brussels", "Australia/Sydney", "Europe/Dublin"])
    func agreesWithFoundationAroundEveryChange(_ id: String) throws {
        let rules = try #require(ZoneRules.named(id))
        let foundation = try #require(TimeZone(identifier: id))
        // Each second either side of every change from 2000 to 2060, found by Foundation.
        var date = Date(timeIntervalSince1970: 946_684_800)
        let end = Date(timeIntervalSince1970: 2_840_140_800)
        var changes = 0
        while let next = foundation.nextDaylightSavingTimeTransition(after: date), next < end {
            for delta in [-1.0, 0, 1] {
                let moment = next.addingTimeInterval(delta)
                #expect(rules.secondsFromGMT(at: moment) == foundation.secondsFromGMT(for: moment), "\(id) at \(moment)")
            }
            changes += 1
            date = next
        }
        #expect(changes > 100)
    }

    @Test func brusselsSummerTimeOf2026() throws {
        let brussels = try #require(ZoneRules.named("Europe/Brussels"))
        // 29 March 2026, 01:00 UTC: 02:00 becomes 03:00; 25 October, 01:00 UTC: 03:00 becomes 02:00.
        #expect(brussels.secondsFromGMT(at: Date(timeIntervalSince1970: 1_774_746_000 - 1)) == 3600)
        #expect(brussels.secondsFromGMT(at: Date(timeIntervalSince1970: 1_774_746_000)) == 7200)
        #expect(brussels.secondsFromGMT(at: Date(timeIntervalSince1970: 1_792_890_000 - 1)) == 7200)
        #expect(brussels.secondsFromGMT(at: Date(timeIntervalSince1970: 1_792_890_000)) == 3600)
        let evening = brussels.local(Date(timeIntervalSince1970: 1_699_484_461))  // 2023-11-08 23:01:01 UTC
        #expect(evening.day == CivilDate(year: 2023, month: 11, day: 9) && evening.seconds == 61)
    }

    @Test func posixRulesOfSlimFiles() throws {
        // Slim TZif files leave everything after the last rule change to this rule.
        let cet = try #require(PosixZoneRule("CET-1CEST,M3.5.0,M10.5.0/3"))
        #expect(cet.offset(at: 1_774_746_000 - 1) == 3600 && cet.offset(at: 1_774_746_000) == 7200)
        #expect(cet.offset(at: 1_792_890_000 - 1) == 7200 && cet.offset(at: 1_792_890_000) == 3600)
        // Southern hemisphere: Sydney's summer spans the new year; it ends 5 April 2026 at 03:00 AEDT.
        let sydney = try #require(PosixZoneRule("AEST-10AEDT,M10.1.0,M4.1.0/3"))
        #expect(sydney.offset(at: 1_767_225_600) == 39_600)  // 2026-01-01
        #expect(sydney.offset(at: 1_775_318_400 - 1) == 39_600 && sydney.offset(at: 1_775_318_400) == 36_000)
        // Dublin: winter is the "daylight" time, an hour behind standard.
        let dublin = try #require(PosixZoneRule("IST-1GMT0,M10.5.0,M3.5.0/1"))
        #expect(dublin.offset(at: 1_767_225_600) == 0 && dublin.offset(at: 1_783_000_000) == 3600)
        // Quoted names, minutes, no daylight time, Julian days and times beyond 24 hours.
        #expect(PosixZoneRule("<+0530>-5:30")?.offset(at: 0) == 19_800)
        #expect(PosixZoneRule("<-03>3")?.offset(at: 0) == -10_800)
        let allYear = try #require(PosixZoneRule("EST5EDT,0/0,J365/25"))
        #expect(allYear.offset(at: 1_767_225_600) == -14_400 && allYear.offset(at: 1_783_000_000) == -14_400)
        let julian = try #require(PosixZoneRule("XST3XDT,J60/0,J300/0"))
        // J60 is 1 March even in a leap year: 29 February 2024 is still standard time.
        #expect(julian.offset(at: 1_709_200_000) == -10_800 && julian.offset(at: 1_709_290_000) == -7200)
    }

    @Test(arguments: ["", "CET", "CET-1CEST", "CET-1CEST,M3.5.0", "CET-1CEST,M13.5.0,M10.5.0", "CET-1CEST,M3.6.0,M10.5.0",
                      "CET-1CEST,M3.5.0,M10.5.0/168", "CE-1", "<+05-5", "CET-1CEST,M3.5.0,M10.5.0 x", "CET-25"])
    func refusesRulesItCannotFollow(_ text: String) {
        #expect(PosixZoneRule(text) == nil)
    }

    @Test func readsAZoneWhoseFileHasOnlyARule() throws {
        // A version 2 file with no transitions and one local time type, as slim files of fixed zones are.
        let rules = try #require(ZoneRules(identifier: "Test/Slim", tzif: Self.tzif(footer: "CET-1CEST,M3.5.0,M10.5.0/3")))
        #expect(rules.secondsFromGMT(at: Date(timeIntervalSince1970: 1_774_746_000)) == 7200)
        #expect(rules.secondsFromGMT(at: Date(timeIntervalSince1970: 1_792_890_000)) == 3600)
        let fixed = try #require(ZoneRules(identifier: "Test/Fixed", tzif: Self.tzif(footer: "")))
        #expect(fixed.secondsFromGMT(at: Date(timeIntervalSince1970: 1_774_746_000)) == 3600)
    }

    @Test func refusesBytesThatAreNotAZoneFile() throws {
        let good = Self.tzif(footer: "CET-1CEST,M3.5.0,M10.5.0/3")
        #expect(ZoneRules(identifier: "x", tzif: []) == nil)
        #expect(ZoneRules(identifier: "x", tzif: Array("not a zone file at all, just text that is long enough".utf8)) == nil)
        // Every truncation of a good file is refused, never read past its end.
        for length in 0..<(good.count - 1) {
            #expect(ZoneRules(identifier: "x", tzif: Array(good[..<length])) == nil, "cut at \(length)")
        }
        // A footer this reader cannot follow.
        #expect(ZoneRules(identifier: "x", tzif: Self.tzif(footer: "CET-1CEST")) == nil)
        // Counts of absurd size.
        var huge = good
        huge[32..<36] = [0x7F, 0xFF, 0xFF, 0xFF]
        #expect(ZoneRules(identifier: "x", tzif: huge) == nil)
    }

    @Test func unknownZonesAndPathsOutsideTheDatabase() {
        #expect(ZoneRules.named("Mars/Olympus_Mons") == nil)
        #expect(ZoneRules.named("../../../etc/passwd") == nil)
        #expect(ZoneRules.named("Europe/../../../etc/passwd") == nil)
        for path in ["..", "../x", "Europe/..", "Europe/../Brussels", "a//../b"] { #expect(ZoneRules.climbs(path), "\(path)") }
        for path in ["Europe/Brussels", "...", "a/..b", "a/b..", "./a", "Etc/GMT+1"] { #expect(!ZoneRules.climbs(path), "\(path)") }
        #expect(ZoneRules.named("/etc/localtime") == nil)
        #expect(ZoneRules.named("") == nil)
        #expect(ZoneRules.namedOrUTC("Mars/Olympus_Mons") == .utc)
        #expect(ZoneRules.named("Europe/Brussels") == ZoneRules.named("Europe/Brussels"))
    }

    @Test func datesBeyondAnyCalendarDoNotTrap() throws {
        let brussels = try #require(ZoneRules.named("Europe/Brussels"))
        for time in [Double.infinity, -Double.infinity, .nan, 1e300, -1e300] {
            let offset = brussels.secondsFromGMT(at: Date(timeIntervalSince1970: time))
            // Brussels' offsets since 1892 are +1 and +2 hours; before, its local mean time.
            #expect([3600, 7200, 1050].contains(offset), "\(time): \(offset)")
            #expect((0..<86_400).contains(brussels.local(Date(timeIntervalSince1970: time)).seconds))
        }
    }

    @Test func civilDaysBothWays() {
        #expect(CivilDate(daysSince1970: 0) == CivilDate(year: 1970, month: 1, day: 1))
        #expect(CivilDate(daysSince1970: 19_669) == CivilDate(year: 2023, month: 11, day: 8))
        #expect(CivilDate(daysSince1970: 11_016) == CivilDate(year: 2000, month: 2, day: 29))
        #expect(CivilDate(daysSince1970: -1) == CivilDate(year: 1969, month: 12, day: 31))
        for days in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(CivilDate(daysSince1970: days).daysSince1970 == days)
        }
        #expect(CivilDate(year: 2023, month: 11, day: 8).weekday == 3)
        #expect(CivilDate(year: 2024, month: 2, day: 29).weekday == 4)
        #expect(CivilDate(year: 1969, month: 12, day: 28).weekday == 0)
    }

    /// A version 2 TZif file without transitions: CET (+1) as its one type, then `footer`.
    static func tzif(footer: String) -> [UInt8] {
        func header(version: UInt8) -> [UInt8] {
            var bytes = Array("TZif".utf8) + [version] + [UInt8](repeating: 0, count: 15)
            // isutcnt, isstdcnt, leapcnt, timecnt, typecnt = 1, charcnt = 4
            for count: UInt32 in [0, 0, 0, 0, 1, 4] {
                bytes += [UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)]
            }
            return bytes
        }
        let block: [UInt8] = [0, 0, 0x0E, 0x10, 0, 0] + Array("CET".utf8) + [0]
        return header(version: 0x32) + block + header(version: 0x32) + block + [0x0A] + Array(footer.utf8) + [0x0A]
    }
}
