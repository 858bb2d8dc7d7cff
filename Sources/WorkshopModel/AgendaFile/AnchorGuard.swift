import Yams

/// Keeps YAML anchors and aliases out of agenda files.
///
/// Nested aliases ("billion laughs") make a YAML library build or hash an exponentially large tree. Agenda
/// files never need them, so they are refused, at their position, before anything walks the tree.
enum AnchorGuard {
    static let message = "anchors and aliases (&name / *name) are not allowed in agenda files"

    /// Aliases used as mapping keys (`*name: …`, `? *name`), found in the raw text.
    ///
    /// Yams hashes every mapping key while composing, so such an alias would expand before the tree could be
    /// checked; these files are refused without parsing them at all.
    static func aliasKeys(in text: String) -> [SourceText.Position] {
        var found: [SourceText.Position] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            for (column, scalar) in scalars.enumerated() where scalar == "*" {
                if startsNode(scalars, at: column) && isKeyAlias(scalars, at: column) {
                    found.append(SourceText.Position(line: index + 1, column: column + 1))
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

    /// Places where `*name` starts a node, for the given anchor names.
    private static func aliases(named names: Set<String>, in text: String) -> [(name: String, position: SourceText.Position)] {
        var found: [(name: String, position: SourceText.Position)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            for (column, scalar) in scalars.enumerated() where scalar == "*" && startsNode(scalars, at: column) {
                var end = column + 1
                while end < scalars.count, isAnchorCharacter(scalars[end]) { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[(column + 1)..<end]))
                if names.contains(name) {
                    found.append(("*" + name, SourceText.Position(line: index + 1, column: column + 1)))
                }
            }
        }
        return found
    }

    /// Whether position `index` is where a YAML node could start: after indentation, `- `, `? `, `: `, or a
    /// flow indicator.
    private static func startsNode(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, scalars[before] == " " || scalars[before] == "\t" { before -= 1 }
        guard before >= 0 else { return true }
        switch scalars[before] {
        case "[", "{", ",": return true
        case "-", "?", ":": return before < index - 1 && (before == 0 || scalars[before - 1] == " " || scalars[before - 1] == "\t" || scalars[before] == ":")
        default: return false
        }
    }

    /// Whether the alias at `index` is followed by `:` (a key), or preceded by `?` (an explicit key).
    private static func isKeyAlias(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, scalars[before] == " " { before -= 1 }
        if before >= 0, scalars[before] == "?" { return true }
        var end = index + 1
        while end < scalars.count, isAnchorCharacter(scalars[end]) { end += 1 }
        while end < scalars.count, scalars[end] == " " { end += 1 }
        guard end < scalars.count, scalars[end] == ":" else { return false }
        return end + 1 == scalars.count || [" ", "\t", "\r", ",", "}", "]"].contains(scalars[end + 1])
    }

    /// Characters libyaml accepts in an anchor name: ASCII letters, digits, `-` and `_`.
    private static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return true
        default: return false
        }
    }
}
