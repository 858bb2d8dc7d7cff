import Foundation
import Testing
import WorkshopModel

/// Word frequencies for open answers: Unicode-aware splitting, stop words, order.
struct SessionWordTests {
    @Test func wordsAreLowerCasedSplitAndFiltered() {
        #expect(WordFrequency.words(in: "De Financiële steun, voor 2030: m'n WARMTEPOMP!")
            == ["financiële", "steun", "2030", "warmtepomp"])
        #expect(WordFrequency.words(in: "The city and its heat network") == ["city", "heat", "network"])
        #expect(WordFrequency.words(in: "") == [])
        #expect(WordFrequency.words(in: "ik en je") == [])
    }

    @Test func plainAndAccentedTextsSplitAlike() {
        // Plain ASCII text takes a fast path; it must give what the Unicode path gives.
        #expect(WordFrequency.words(in: "Warmte-NET: 2030 Cafe's ok") == ["warmte", "net", "2030", "cafe"])
        #expect(WordFrequency.words(in: "Warmte-NET: 2030 Café's ok") == ["warmte", "net", "2030", "café"])
        #expect(WordFrequency.top(["Isolatie ISOLATIE isolatie", "isolatie é"], limit: 3)
            == [WordCount(word: "isolatie", count: 4)])
    }

    @Test func composedAndDecomposedAccentsCountAsOneWord() {
        let composed = "financi\u{00EB}le"
        let decomposed = "financie\u{0308}le"
        #expect(WordFrequency.top([composed, decomposed], limit: 5) == [WordCount(word: composed, count: 2)])
    }

    @Test func theTopWordsAreSortedByCountThenAlphabetically() {
        let texts = ["warmtenet en isolatie", "isolatie van de woning", "Isolatie, warmtenet, renovatie"]
        #expect(WordFrequency.top(texts, limit: 3) == [
            WordCount(word: "isolatie", count: 3), WordCount(word: "warmtenet", count: 2),
            WordCount(word: "renovatie", count: 1),
        ])
        #expect(WordFrequency.top(texts, limit: 0).isEmpty)
        #expect(WordFrequency.top(texts, limit: 100).count == 4)
    }

    @Test func theStopWordListsAreRealLists() {
        #expect(WordFrequency.stopWords.count > 250)
        for word in ["de", "het", "een", "niet", "maar", "omdat", "jullie", "the", "which", "because", "should"] {
            #expect(WordFrequency.stopWords.contains(word), "\(word)")
        }
        for word in ["warmte", "beleid", "heat", "council"] {
            #expect(!WordFrequency.stopWords.contains(word), "\(word)")
        }
    }
}
