/// Writes JSON straight into bytes: two-space indentation, strings escaped by RFC 8259, non-ASCII text as
/// UTF-8, keys in the order written — callers write them sorted, which debug builds (and so the tests) check.
///
/// Written here rather than with `JSONEncoder`: its generic machinery and key conversion took 3 s for a
/// session with 50,000 votes; streaming the same document takes a small fraction of that.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the container being written has no member yet.
    private var empty = true
    /// Whether a key was just written, so the value follows on the same line.
    private var afterKey = false
    #if DEBUG
    /// The last key of every open object, to check the order.
    private var lastKeys: [String] = []
    #endif

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    // MARK: Values

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        #if DEBUG
        lastKeys.append("")
        #endif
        body(&self)
        #if DEBUG
        lastKeys.removeLast()
        #endif
        close(UInt8(ascii: "}"))
    }

    mutating func array<Elements: Sequence>(_ elements: Elements, _ body: (inout JSONWriter, Elements.Element) -> Void) {
        open(UInt8(ascii: "["))
        for element in elements { body(&self, element) }
        close(UInt8(ascii: "]"))
    }

    mutating func string(_ text: String?) {
        guard let text else { return null() }
        beforeValue()
        JSONWriter.quote(text, into: &bytes)
    }

    mutating func int(_ value: Int?) {
        guard let value else { return null() }
        beforeValue()
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func double(_ value: Double?) {
        guard let value, value.isFinite else { return null() }
        beforeValue()
        // Swift prints the shortest text that reads back as the same number; "5.0" is written "5".
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func bool(_ value: Bool) {
        beforeValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func null() {
        beforeValue()
        bytes.append(contentsOf: "null".utf8)
    }

    // MARK: Object members

    /// Starts the member `key` of the current object; the next value written is its value.
    mutating func key(_ key: String) {
        #if DEBUG
        assert(lastKeys.last.map { $0.utf8.lexicographicallyPrecedes(key.utf8) } ?? false,
               "JSON key \(key) written after \(lastKeys.last ?? "") or outside an object")
        lastKeys[lastKeys.count - 1] = key
        #endif
        separate()
        JSONWriter.quote(key, into: &bytes)
        bytes.append(contentsOf: ": ".utf8)
        afterKey = true
    }

    mutating func field(_ key: String, _ text: String?) {
        self.key(key)
        string(text)
    }

    mutating func field(_ key: String, int value: Int?) {
        self.key(key)
        int(value)
    }

    mutating func field(_ key: String, double value: Double?) {
        self.key(key)
        double(value)
    }

    mutating func field(_ key: String, bool value: Bool) {
        self.key(key)
        bool(value)
    }

    mutating func field(_ key: String, strings values: [String]) {
        self.key(key)
        array(values) { $0.string($1) }
    }

    mutating func field(_ key: String, object body: (inout JSONWriter) -> Void) {
        self.key(key)
        object(body)
    }

    mutating func field<Elements: Sequence>(
        _ key: String, array elements: Elements, _ body: (inout JSONWriter, Elements.Element) -> Void
    ) {
        self.key(key)
        array(elements, body)
    }

    // MARK: Layout

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            separate()
        }
    }

    /// A comma after the previous member, then a new line at the current depth.
    private mutating func separate() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        newline()
    }

    private mutating func open(_ bracket: UInt8) {
        beforeValue()
        bytes.append(bracket)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !empty { newline() }
        bytes.append(bracket)
        empty = false
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(contentsOf: [0x20, 0x20]) }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func quote(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var plain = true
            for byte in utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                plain = false
                break
            }
            if plain { return bytes.append(contentsOf: utf8) }
            for byte in utf8 {
                switch byte {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0..<0x20:
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                default:
                    bytes.append(byte)
                }
            }
        }
        bytes.append(0x22)
    }
}
