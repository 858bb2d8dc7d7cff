import Yams

/// Keeps YAML anchors and aliases out of agenda files.
///
/// Nested aliases ("billion laughs") make a YAML library build or hash an exponentially large tree. Agenda
/// files never need them, so they are refused, at their position, before anything walks the tree.
enum AnchorGuard {
    static let message = "anchors and aliases (&name / *name) are not allowed in agenda files"

    /// At most this many anchor diagnostics per file; a "billion laughs" file would otherwise fill the screen.
    static let reportLimit = 10

    /// Aliases used as mapping keys (`*name: …`, `? *name`), found in the raw text.
    ///
    /// Yams hashes every mapping key while composing, so such an alias would expand before the tree could be
    /// checked; these files are refused without parsing them at all.
    static func aliasKeys(in text: String) -> [SourceText.Position] {
        let bytes = Array(text.utf8)
        guard bytes.contains(asterisk) else { return [] }
        var found: [SourceText.Position] = []
        forEachLine(of: bytes) { line, range in
            for index in range where bytes[index] == asterisk {
                if startsNode(bytes, at: index, lineStart: range.lowerBound) && isKeyAlias(bytes, at: index, line: range) {
                    found.append(position(of: index, in: bytes, line: line, lineStart: range.lowerBound))
                }
            }
        }
        return found
    }

    /// Anchors in a composed tree, and the places in the text that refer to them.
    ///
    /// The walk does not descend into an anchored node: that is what keeps it linear when aliases nest.
    /// The parser that built `root` must still be alive, because Yams holds anchors weakly.
    static func anchorsAndAliases(in root: Node, text: String) -> [(name: String, position: SourceText.Position)] {
        var anchors: [(name: String, position: SourceText.Position)] = []
        var seen = Set<String>()
        func visit(_ node: Node) {
            if let anchor = node.anchor {
                let mark = node.mark
                let key = "\(anchor.rawValue)@\(mark?.line ?? 0):\(mark?.column ?? 0)"
                if seen.insert(key).inserted {
                    anchors.append((anchor.rawValue, SourceText.Position(line: mark?.line ?? 1, column: mark?.column ?? 1)))
                }
                return
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    visit(key)
                    visit(value)
                }
            case .sequence(let sequence):
                for item in sequence { visit(item) }
            case .scalar, .alias:
                break
            }
        }
        visit(root)
        guard !anchors.isEmpty else { return [] }
        let names = Set(anchors.map(\.name))
        return anchors.map { ("&" + $0.name, $0.position) } + aliases(named: names, in: text)
    }

    /// The first place where `*name` starts a node, for each of the given anchor names.
    private static func aliases(named names: Set<String>, in text: String) -> [(name: String, position: SourceText.Position)] {
        let bytes = Array(text.utf8)
        var found: [(name: String, position: SourceText.Position)] = []
        var reported = Set<String>()
        forEachLine(of: bytes) { line, range in
            for index in range where bytes[index] == asterisk && startsNode(bytes, at: index, lineStart: range.lowerBound) {
                var end = index + 1
                while end < range.upperBound, isAnchorCharacter(bytes[end]) { end += 1 }
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                if names.contains(name) && !reported.contains(name) {
                    reported.insert(name)
                    found.append(("*" + name, position(of: index, in: bytes, line: line, lineStart: range.lowerBound)))
                }
            }
        }
        return found
    }

    private static let asterisk = UInt8(ascii: "*")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// Calls `body` with each 1-based line number and the byte range of that line, without its line break.
    private static func forEachLine(of bytes: [UInt8], _ body: (Int, Range<Int>) -> Void) {
        var line = 1
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            body(line, start..<index)
            line += 1
            start = index + 1
        }
        body(line, start..<bytes.count)
    }

    /// The line and column (in Unicode scalars) of a byte on a line.
    private static func position(of index: Int, in bytes: [UInt8], line: Int, lineStart: Int) -> SourceText.Position {
        let column = bytes[lineStart..<index].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return SourceText.Position(line: line, column: column)
    }

    /// Whether byte `index` is where a YAML node could start: after indentation, `- `, `? `, `: `, or a flow
    /// indicator.
    private static func startsNode(_ bytes: [UInt8], at index: Int, lineStart: Int) -> Bool {
        var before = index - 1
        while before >= lineStart, bytes[before] == space || bytes[before] == tab { before -= 1 }
        guard before >= lineStart else { return true }
        switch bytes[before] {
        case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","):
            return true
        case UInt8(ascii: ":"):
            return before < index - 1
        case UInt8(ascii: "-"), UInt8(ascii: "?"):
            return before < index - 1 && (before == lineStart || bytes[before - 1] == space || bytes[before - 1] == tab)
        default:
            return false
        }
    }

    /// Whether the alias at `index` is followed by `:` (a key), or preceded by `?` (an explicit key).
    private static func isKeyAlias(_ bytes: [UInt8], at index: Int, line: Range<Int>) -> Bool {
        var before = index - 1
        while before >= line.lowerBound, bytes[before] == space { before -= 1 }
        if before >= line.lowerBound, bytes[before] == UInt8(ascii: "?") { return true }
        var end = index + 1
        while end < line.upperBound, isAnchorCharacter(bytes[end]) { end += 1 }
        while end < line.upperBound, bytes[end] == space { end += 1 }
        guard end < line.upperBound, bytes[end] == UInt8(ascii: ":") else { return false }
        return end + 1 == line.upperBound || " \t\r,}]".utf8.contains(bytes[end + 1])
    }

    /// Characters libyaml accepts in an anchor name: ASCII letters, digits, `-` and `_`.
    private static func isAnchorCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }
}
