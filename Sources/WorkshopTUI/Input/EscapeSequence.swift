/// Decodes the escape sequences terminals send for keys ncurses' terminfo entry does not list (tmux's
/// `screen` entry lacks Ctrl-arrows, for example). Anything unknown decodes to nothing, never to letters.
enum EscapeSequence {
    /// What a complete sequence means.
    enum Meaning: Equatable, Sendable {
        case key(Key)
        /// ESC [ 200 ~ : the start of a bracketed paste.
        case pasteStart
        /// A sequence to drop: unknown keys, focus reports, mouse reports, a stray paste end.
        case nothing
    }

    /// Whether `scalar` may follow ESC [ before the final byte (parameters and intermediates).
    static func isParameter(_ scalar: Unicode.Scalar) -> Bool {
        (0x20...0x3F).contains(scalar.value)
    }

    /// Whether `scalar` ends a control sequence.
    static func isFinal(_ scalar: Unicode.Scalar) -> Bool {
        (0x40...0x7E).contains(scalar.value)
    }

    /// The meaning of a sequence given without its ESC: "[1;5D", "OA", "[3~", "[200~".
    static func decode(_ body: String) -> Meaning {
        var scalars = Array(body.unicodeScalars)[...]
        guard let introducer = scalars.popFirst(), let final = scalars.popLast() else { return .nothing }
        let parameters = String(String.UnicodeScalarView(scalars))
        switch introducer {
        case "[": return decodeCSI(parameters: parameters, final: final)
        case "O": return parameters.isEmpty ? decodeSS3(final) : .nothing
        default: return .nothing
        }
    }

    private static func decodeCSI(parameters: String, final: Unicode.Scalar) -> Meaning {
        let fields = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        if fields.contains(where: { $0 == nil }) && !parameters.isEmpty { return .nothing }
        let numbers = fields.compactMap { $0 }
        // xterm modifiers: 1 + (shift 1, alt 2, ctrl 4).
        let modifier = numbers.count >= 2 ? numbers[1] - 1 : 0
        let ctrl = modifier > 0 && modifier & 4 != 0
        switch final {
        case "A": return .key(.up)
        case "B": return .key(.down)
        case "C": return .key(ctrl ? .ctrlRight : .right)
        case "D": return .key(ctrl ? .ctrlLeft : .left)
        case "H": return .key(.home)
        case "F": return .key(.end)
        case "Z": return .key(.backTab)
        case "~":
            switch numbers.first {
            case 1, 7: return .key(.home)
            case 4, 8: return .key(.end)
            case 3: return .key(.delete)
            case 5: return .key(.pageUp)
            case 6: return .key(.pageDown)
            case 11, 12, 13, 14, 15: return .key(.function(numbers[0] - 10))
            case 17, 18, 19, 20, 21: return .key(.function(numbers[0] - 11))
            case 23, 24: return .key(.function(numbers[0] - 12))
            case 200: return .pasteStart
            default: return .nothing
            }
        default:
            return .nothing
        }
    }

    private static func decodeSS3(_ final: Unicode.Scalar) -> Meaning {
        switch final {
        case "A": return .key(.up)
        case "B": return .key(.down)
        case "C": return .key(.right)
        case "D": return .key(.left)
        case "H": return .key(.home)
        case "F": return .key(.end)
        case "M": return .key(.enter)
        case "P": return .key(.function(1))
        case "Q": return .key(.function(2))
        case "R": return .key(.function(3))
        case "S": return .key(.function(4))
        default: return .nothing
        }
    }
}
