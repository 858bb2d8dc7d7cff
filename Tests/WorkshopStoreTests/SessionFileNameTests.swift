import Foundation
import Testing
@testable import WorkshopStore

@Suite struct SessionFileNameTests {
    @Test(arguments: [
        ("Warmte in Mechelen", "warmte-in-mechelen"),
        ("Geïntegreerde aanpak – Mechelaar!", "geintegreerde-aanpak-mechelaar"),
        ("  Ça va? Ökologie & Energie 2030  ", "ca-va-okologie-energie-2030"),
        ("文化 🎉", "session"),
        ("", "session"),
        (String(repeating: "lang ", count: 30), "lang-lang-lang-lang-lang-lang-lang-lang"),
    ])
    func slugIsPlainLowercaseASCII(title: String, slug: String) {
        #expect(SessionFileName.slug(title) == slug)
    }

    @Test func idsUseAnUnambiguousAlphabet() {
        let ids = (0..<200).map { _ in SessionFileName.newSessionID() }
        #expect(Set(ids).count == 200)
        for id in ids {
            #expect(id.count == 16)
            #expect(id.allSatisfy { SessionFileName.alphabet.contains($0) })
        }
    }

    @Test func dayIsTakenInTheSessionsTimeZone() {
        // 23:30 UTC on 7 November is already 8 November in Brussels.
        let late = Date(timeIntervalSince1970: 1_699_399_800)
        #expect(SessionFileName.day(of: late, timeZoneID: "Europe/Brussels") == "2023-11-08")
        #expect(SessionFileName.day(of: late, timeZoneID: "UTC") == "2023-11-07")
        #expect(SessionFileName.make(title: "Avond", day: "2023-11-08", sessionID: "abcdefghjk") ==
                "2023-11-08-avond-abcdef.workshop")
    }
}
