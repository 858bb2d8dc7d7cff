import Testing
@testable import WorkshopTUI

@Suite("Display width")
struct RenderingDisplayWidthTests {
    @Test("ASCII and Dutch accents take one column each")
    func accents() {
        #expect(DisplayWidth.of("Mechelen") == 8)
        #expect(DisplayWidth.of("Geïntegreerde") == 13)
        #expect(DisplayWidth.of("café – ĳs") == 9)
    }

    @Test("Combining marks take no column of their own")
    func combining() {
        let decomposed = "Gei\u{0308}ntegreerde"  // ï as i + combining diaeresis
        #expect(decomposed.count == 13)
        #expect(DisplayWidth.of(decomposed) == 13)
        #expect(DisplayWidth.of("\u{0301}") == 0)
        #expect(DisplayWidth.of(Character("e\u{0301}\u{0323}")) == 1)
    }

    @Test("CJK and fullwidth take two columns")
    func wide() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("한국") == 4)
    }

    @Test("Emoji, skin tones, ZWJ sequences and flags take two columns")
    func emoji() {
        #expect(DisplayWidth.of(Character("😀")) == 2)
        #expect(DisplayWidth.of(Character("👍🏽")) == 2)
        #expect(DisplayWidth.of(Character("👨‍👩‍👧‍👦")) == 2)
        #expect(DisplayWidth.of(Character("🇧🇪")) == 2)
        #expect(DisplayWidth.of("🇧🇪🇳🇱") == 4)
        #expect(DisplayWidth.of("a👩‍💻b") == 4)
    }

    @Test("Control characters take no column")
    func controls() {
        #expect(DisplayWidth.of("\u{1B}[31m") == 4)  // ESC itself 0, "[31m" four
        #expect(DisplayWidth.of(Character("\u{7}")) == 0)
        #expect(DisplayWidth.of(Character("\r\n")) == 0)
        #expect(DisplayWidth.of(Character("\u{85}")) == 0)
        #expect(DisplayWidth.of(Character("\u{202E}")) == 0)
    }

    @Test("Truncation keeps within the columns and never splits a wide character")
    func truncation() {
        #expect(DisplayWidth.truncate("Geïntegreerde aanpak", to: 10) == "Geïntegre…")
        #expect(DisplayWidth.truncate("kort", to: 10) == "kort")
        #expect(DisplayWidth.truncate("日本語", to: 4) == "日…")
        #expect(DisplayWidth.truncate("日本語", to: 5, ellipsis: false) == "日本")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        for n in 0...8 {
            #expect(DisplayWidth.of(DisplayWidth.truncate("a日b👍🏽c🇧🇪", to: n)) <= n)
        }
    }

    @Test("Padding makes text exactly as wide as asked")
    func padding() {
        #expect(DisplayWidth.pad("ïj", to: 4) == "ïj  ")
        #expect(DisplayWidth.pad("ïj", to: 4, align: .right) == "  ïj")
        #expect(DisplayWidth.pad("ab", to: 5, align: .center) == " ab  ")
        #expect(DisplayWidth.of(DisplayWidth.pad("日本語", to: 5)) == 5)
    }

    @Test("Wrapping breaks at spaces and inside over-long words")
    func wrapping() {
        #expect(DisplayWidth.wrap("Geïntegreerde aanpak voor Mechelen", to: 14)
            == ["Geïntegreerde", "aanpak voor", "Mechelen"])
        #expect(DisplayWidth.wrap("abcdefgh", to: 3) == ["abc", "def", "gh"])
        #expect(DisplayWidth.wrap("een\ntwee", to: 10) == ["een", "twee"])
        #expect(DisplayWidth.wrap("日本語", to: 3) == ["日", "本", "語"])
    }

    @Test("Sanitising removes control characters and bidi overrides, keeps the text")
    func sanitising() {
        #expect(DisplayWidth.sanitized("a\u{1B}b\u{7}c\u{202E}d\u{9B}") == "abcd")
        #expect(DisplayWidth.sanitized("Geïntegreerde 👍🏽") == "Geïntegreerde 👍🏽")
    }
}
