import Testing
@testable import WorkshopTUI

@Suite("Escape sequences")
struct InputEscapeSequenceTests {
    @Test("Arrows, Ctrl-arrows, Home/End, Delete, paging and Shift-Tab")
    func keys() {
        #expect(EscapeSequence.decode("[A") == .key(.up))
        #expect(EscapeSequence.decode("OB") == .key(.down))
        #expect(EscapeSequence.decode("[1;5D") == .key(.ctrlLeft))
        #expect(EscapeSequence.decode("[1;5C") == .key(.ctrlRight))
        #expect(EscapeSequence.decode("[1;2C") == .key(.right))
        #expect(EscapeSequence.decode("[1~") == .key(.home))
        #expect(EscapeSequence.decode("[F") == .key(.end))
        #expect(EscapeSequence.decode("[3~") == .key(.delete))
        #expect(EscapeSequence.decode("[5~") == .key(.pageUp))
        #expect(EscapeSequence.decode("[Z") == .key(.backTab))
        #expect(EscapeSequence.decode("OP") == .key(.function(1)))
        #expect(EscapeSequence.decode("[24~") == .key(.function(12)))
    }

    @Test("Bracketed paste start is recognised, its end and unknown sequences mean nothing")
    func pasteAndUnknown() {
        #expect(EscapeSequence.decode("[200~") == .pasteStart)
        #expect(EscapeSequence.decode("[201~") == .nothing)
        #expect(EscapeSequence.decode("[I") == .nothing)  // focus in
        #expect(EscapeSequence.decode("[<0;3;4M") == .nothing)  // mouse
        #expect(EscapeSequence.decode("[99~") == .nothing)
        #expect(EscapeSequence.decode("[x;y~") == .nothing)
        #expect(EscapeSequence.decode("]0;title") == .nothing)
        #expect(EscapeSequence.decode("") == .nothing)
        #expect(EscapeSequence.decode("[") == .nothing)
    }
}
