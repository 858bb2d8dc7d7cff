/// Removes what must never reach an exported file from recorded text: control characters (C0, DEL, C1),
/// terminal escape sequences, and the invisible bidirectional overrides that can make a line read
/// differently from what it holds.
enum TextCleaner {
    /// `text` without control characters and escape sequences. Multi-line text keeps its line breaks
    /// (CR LF, CR and the Unicode separators become `\n`) and tabs; single-line text gets a space for each.
    static func clean(_ text: String, multiline: Bool) -> String {
        // Almost all text is printable; checking first keeps 10,000 answers cheap.
        if text.unicodeScalars.allSatisfy(isPlain) { return text }
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B:
                skipEscape(&scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x90, 0x9D, 0x9E, 0x9F, 0x98:
                skipString(&scalars)
            case 0x0D:
                if scalars.first == "\n" { scalars.removeFirst() }
                out.append(multiline ? "\n" : " ")
            case 0x0A, 0x2028, 0x2029:
                out.append(multiline ? "\n" : " ")
            case 0x09:
                out.append(multiline ? "\t" : " ")
            default:
                if isPlain(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// Whether a scalar may stand in any exported text as it is.
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return false }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F {
            return false
        }
        return v != 0x2028 && v != 0x2029
    }

    /// After ESC: a control sequence (`ESC [`), a string (`ESC ]`, `P`, `X`, `^`, `_`) or one more character.
    private static func skipEscape(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let next = scalars.popFirst() else { return }
        switch next {
        case "[": skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_": skipString(&scalars)
        default:
            // Two-character sequences may carry intermediates (ESC ( B); skip them up to the final byte.
            var current = next
            while (0x20...0x2F).contains(current.value), let following = scalars.popFirst() { current = following }
        }
    }

    /// Parameters and intermediates up to the final byte (0x40–0x7E) of a control sequence.
    private static func skipControlSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        // A character that cannot belong to the sequence ends it and is kept as text.
        while let scalar = scalars.first, (0x20...0x7E).contains(scalar.value) {
            scalars.removeFirst()
            if (0x40...0x7E).contains(scalar.value) { return }
        }
    }

    /// An operating-system command or device string, up to BEL, ESC \ or ST.
    private static func skipString(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x07, 0x9C: return
            case 0x1B:
                if scalars.first == "\\" { scalars.removeFirst() }
                return
            default: continue
            }
        }
    }
}
