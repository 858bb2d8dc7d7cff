import Testing
@testable import WorkshopTUI

@Suite("Line editor")
struct InputLineEditorTests {
    /// Sends a key and says whether the editor took it (a macro cannot mutate its argument).
    private func press(_ key: Key, on editor: inout LineEditor) -> Bool {
        editor.handle(key)
    }

    private func typed(_ text: String, into editor: inout LineEditor) {
        for c in text { _ = editor.handle(.char(c)) }
    }

    @Test("Typing, moving and deleting work on whole grapheme clusters")
    func graphemes() {
        var e = LineEditor()
        typed("Geïntegreerde 👍🏽🇧🇪", into: &e)
        #expect(e.text == "Geïntegreerde 👍🏽🇧🇪")
        #expect(e.cursor == 16)
        _ = e.handle(.backspace)
        #expect(e.text == "Geïntegreerde 👍🏽")
        _ = e.handle(.home)
        _ = e.handle(.right)
        _ = e.handle(.right)
        _ = e.handle(.delete)
        #expect(e.text == "Gentegreerde 👍🏽")
        _ = e.handle(.end)
        _ = e.handle(.left)
        _ = e.handle(.char("!"))
        #expect(e.text == "Gentegreerde !👍🏽")
    }

    @Test("A combining mark or joiner typed on its own joins the character before it")
    func joining() {
        var e = LineEditor()
        for key: Key in [.char("e"), .char("\u{301}"), .char("👨"), .char("\u{200D}"), .char("👩"), .char("🇧"), .char("🇪")] {
            _ = e.handle(key)
        }
        #expect(e.text == "e\u{301}👨\u{200D}👩🇧🇪")
        #expect(e.cursor == 3)
        _ = e.handle(.backspace)
        _ = e.handle(.backspace)
        #expect(e.text == "é")
    }

    @Test("Word jumps with Ctrl-arrows and Alt-b/f, word deletion with Ctrl-W")
    func words() {
        var e = LineEditor(text: "Geïntegreerde aanpak – Mechelaar")
        _ = e.handle(.ctrlLeft)
        #expect(e.cursor == 23)
        _ = e.handle(.alt("b"))
        #expect(e.cursor == 14)
        _ = e.handle(.ctrlRight)
        #expect(e.cursor == 20)
        _ = e.handle(.alt("f"))
        #expect(e.cursor == 32)
        _ = e.handle(.ctrl("w"))
        #expect(e.text == "Geïntegreerde aanpak – ")
        _ = e.handle(.ctrl("y"))
        #expect(e.text == "Geïntegreerde aanpak – Mechelaar")
    }

    @Test("Ctrl-A/E/K/U act on the current line")
    func lineKeys() {
        var e = LineEditor(text: "een\ntwee drie")
        _ = e.handle(.ctrl("a"))
        #expect(e.cursor == 4)
        _ = e.handle(.right)
        _ = e.handle(.ctrl("k"))
        #expect(e.text == "een\nt")
        _ = e.handle(.ctrl("u"))
        #expect(e.text == "een\n")
        _ = e.handle(.backspace)
        _ = e.handle(.ctrl("a"))
        _ = e.handle(.ctrl("e"))
        #expect(e.cursor == 3)
        _ = e.handle(.home)
        _ = e.handle(.ctrl("k"))
        #expect(e.text == "")
    }

    @Test("Ctrl-J and Alt-Enter insert a line break; Enter and Tab are left to the screen")
    func newlines() {
        var e = LineEditor(text: "een")
        #expect(press(.ctrl("j"), on: &e))
        #expect(press(.alt("\n"), on: &e))
        #expect(!press(.enter, on: &e))
        #expect(!press(.tab, on: &e))
        #expect(!press(.escape, on: &e))
        #expect(e.text == "een\n\n")
        var single = LineEditor(text: "naam", allowsNewlines: false)
        #expect(!press(.ctrl("j"), on: &single))
        _ = single.handle(.paste("a\nb"))
        #expect(single.text == "naama b")
    }

    @Test("Up and down move between lines keeping the column, and report when they cannot")
    func vertical() {
        var e = LineEditor(text: "eerste regel\nkort\nderde regel")
        _ = e.handle(.up)
        #expect(e.cursor == 17)  // end of "kort"
        _ = e.handle(.up)
        #expect(e.cursor == 11)  // back at column 11
        #expect(!press(.up, on: &e))
        _ = e.handle(.down)
        _ = e.handle(.down)
        #expect(e.cursor == 29)
        #expect(!press(.down, on: &e))
        _ = e.handle(.left)
        _ = e.handle(.up)
        #expect(e.cursor == 17)
    }

    @Test("Up and down follow wrapped rows when a wrap width is set")
    func verticalWrapped() {
        var e = LineEditor(text: "aaa bbb ccc")
        e.wrapWidth = 4
        _ = e.handle(.up)
        #expect(e.cursor == 7)
        _ = e.handle(.up)
        #expect(e.cursor == 3)
        #expect(!press(.up, on: &e))
    }

    @Test("Pasted text keeps its lines, loses control characters and escape sequences")
    func paste() {
        var e = LineEditor()
        _ = e.handle(.paste("een\r\ntwee\rdrie\tvier\u{1B}]0;titel\u{7}\u{1B}[31mrood\u{0}\u{202E}"))
        #expect(e.text == "een\ntwee\ndrie vierrood")
        _ = e.handle(.char("\u{1B}"))
        _ = e.handle(.char("\u{7}"))
        #expect(e.text == "een\ntwee\ndrie vierrood")
    }

    @Test("Setting the text cleans it")
    func setting() {
        var e = LineEditor()
        e.text = "a\u{1B}[2Jb\u{9B}31mc"
        #expect(e.text == "abc")
        #expect(e.cursor == 3)
    }

    @Test("Rendering wraps by display width at spaces and places the cursor")
    func render() {
        var e = LineEditor(text: "Geïntegreerde aanpak – Mechelaar")
        let r = e.render(width: 15)
        #expect(r.lines == ["Geïntegreerde ", "aanpak – ", "Mechelaar"])
        #expect(r.cursorRow == 2 && r.cursorColumn == 9)
        _ = e.handle(.home)
        #expect(e.render(width: 15).cursorRow == 0)
        e.moveCursor(to: 14)
        let atWrap = e.render(width: 15)
        #expect(atWrap.cursorRow == 1 && atWrap.cursorColumn == 0)
        for line in e.render(width: 7).lines {
            #expect(DisplayWidth.of(line) <= 7)
        }
    }

    @Test("Wide characters wrap whole and the cursor never lands past the width")
    func renderWide() {
        let e = LineEditor(text: "日本語日本")
        let r = e.render(width: 5)
        #expect(r.lines == ["日本", "語日", "本"])
        #expect(r.cursorRow == 2 && r.cursorColumn == 2)
        let full = LineEditor(text: "abcde")
        let f = full.render(width: 5)
        #expect(f.lines == ["abcde", ""])
        #expect(f.cursorRow == 1 && f.cursorColumn == 0)
    }

    @Test("A short window scrolls to keep the cursor visible")
    func scrolling() {
        var e = LineEditor(text: "1\n2\n3\n4\n5")
        let r = e.render(width: 10, height: 2)
        #expect(r.lines == ["4", "5"])
        #expect(r.cursorRow == 1)
        e.moveCursor(to: 0)
        #expect(e.render(width: 10, height: 2).lines == ["1", "2"])
    }
}
