import Yams

/// The entries of one YAML mapping by key, read after unknown and malformed keys have been reported.
struct FieldMap {
    /// Where the mapping starts: the place to report a missing key.
    let mark: Mark?
    private var entries: [String: (key: Node, value: Node)] = [:]

    init(mark: Mark?) { self.mark = mark }

    /// The value of `key`, if the mapping has it.
    subscript(key: String) -> Node? { entries[key]?.value }

    /// Where `key` itself is written.
    func keyMark(_ key: String) -> Mark? { entries[key]?.key.mark }

    mutating func set(_ key: String, keyNode: Node, value: Node) { entries[key] = (keyNode, value) }
}

/// A value read from the file together with where it was written.
struct Located<Value> {
    var value: Value
    var mark: Mark?
}
