import Foundation
import Testing
@testable import WorkshopMinutes
import WorkshopModel

/// Which day the minutes name.
@Suite struct MinutesDateTests {
    @Test func theDayItRanWinsOverTheAgendasDate() {
        // The Mechelen agenda says 8 November 2023; rehearsed on 22 November 2026 it is minuted on that day.
        let agenda = MechelenEvening.agenda()
        let wall = Date(timeIntervalSince1970: 1_795_330_800)  // 2026-11-22 08:00 in Brussels
        var session = Session(agenda: agenda, timeZoneID: "Europe/Brussels")
        #expect(Minutes(session: session).date == agenda.date)
        _ = session.apply(Event(at: Instant(elapsed: 0, wall: wall), .startBlock))
        #expect(Minutes(session: session).date == CivilDate(year: 2026, month: 11, day: 22))
    }
}
