/// Cleans text that came from the keyboard, a paste or a file before it is stored or drawn.
///
/// Escape sequences (an OSC could retitle the terminal, a CSI could move the cursor), control characters
/// and bidirectional overrides are removed; line ends become "\n" (or a space where one line is wanted);
/// a tab becomes a space.
enum TypedText {
    /// The cleaned text.
    static func clean(_ text: String, keepNewlines: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        var lastWasCR = false
        while let s = scalars.popFirst() {
            let v = s.value
            defer { lastWasCR = v == 0x0D }
            switch v {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipString(&scalars)
            case 0x0D:
                out.append(keepNewlines ? "\n" : " ")
            case 0x0A:
                if !lastWasCR { out.append(keepNewlines ? "\n" : " ") }
            case 0x09:
                out.append(" ")
            default:
                if DisplayWidth.isControl(s) || DisplayWidth.isBidiControl(s) { continue }
                out.append(s)
            }
        }
        return String(out)
    }

    /// After ESC: a CSI, a string (OSC, DCS, PM, APC, SOS) or a single character.
    private static func skipEscapeSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let next = scalars.popFirst() else { return }
        switch next {
        case "[": skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_": skipString(&scalars)
        default: break
        }
    }

    /// Parameters and intermediates up to the final byte (0x40–0x7E).
    private static func skipControlSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let s = scalars.first {
            // Anything that cannot be part of a sequence ends it without being eaten.
            guard (0x20...0x7E).contains(s.value) else { return }
            scalars.removeFirst()
            if s.value >= 0x40 { return }
        }
    }

    /// Up to the string terminator: BEL, ESC \ or ST (0x9C).
    private static func skipString(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let s = scalars.popFirst() {
            switch s.value {
            case 0x07, 0x9C:
                return
            case 0x1B:
                if scalars.first == "\\" { scalars.removeFirst() }
                return
            default:
                continue
            }
        }
    }
}
