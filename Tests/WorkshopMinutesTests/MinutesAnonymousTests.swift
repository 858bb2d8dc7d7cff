import Foundation
import Testing
import WorkshopMinutes
import WorkshopModel

/// Anonymous minutes leave no participant's name anywhere, in any format.
@Suite struct MinutesAnonymousTests {
    let minutes = Minutes(session: MechelenEvening.session(), options: MinutesOptions(anonymous: true))

    /// Every output of the anonymous minutes, by name.
    func outputs() -> [(String, String)] {
        var all = [("markdown", MarkdownMinutes.render(minutes)), ("html", HTMLMinutes.render(minutes)),
                   ("json", String(decoding: JSONMinutes.render(minutes), as: UTF8.self))]
        for file in CSVMinutes.files(minutes) + CSVMinutes.files(minutes, excel: true) {
            all.append((file.name, String(decoding: file.data, as: UTF8.self)))
        }
        return all
    }

    /// Whether `word` occurs in `text` as a whole word (not inside a longer word).
    static func containsWord(_ text: String, _ word: String) -> Bool {
        var search = text.startIndex..<text.endIndex
        while let found = text.range(of: word, range: search) {
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
            if !before.isLetter && !after.isLetter { return true }
            search = found.upperBound..<text.endIndex
        }
        return false
    }

    @Test func noParticipantNameAnywhere() throws {
        let words = Set(MechelenEvening.everyName + MechelenEvening.everyName.flatMap { $0.split(separator: " ").map(String.init) })
        for (format, text) in outputs() {
            for word in words { #expect(!Self.containsWord(text, word), "\(format) still names \(word)") }
        }
    }

    @Test func namesAreReplacedByGroupOrNumber() throws {
        let markdown = MarkdownMinutes.render(minutes)
        #expect(markdown.contains("Deelnemer 1"))
        #expect(markdown.contains("plek waar Vooruit en de andere raadsleden"))
        #expect(markdown.contains("Deelnemer 1 — _Draagvlak") == false)
        #expect(markdown.contains("- **Groen:** 2 personen"))
        #expect(markdown.contains("Wouter Cyx"))
        #expect(markdown.contains("Dana Verbeeck"))
        let action = try #require(minutes.actions.first { $0.what.hasPrefix("Werkbezoek") })
        #expect(action.who == "Vooruit")
    }

    @Test func namedMinutesKeepNames() {
        let named = MarkdownMinutes.render(Minutes(session: MechelenEvening.session()))
        for name in MechelenEvening.everyName.dropLast() { #expect(named.contains(name), "named minutes lack \(name)") }
        #expect(!named.contains("Jan Tikfout"))
    }
}
