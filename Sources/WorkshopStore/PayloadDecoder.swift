import Foundation

/// A small JSON decoder for event payloads, several times faster than `JSONDecoder` on the many tiny
/// documents a replay reads (Foundation's spends most of its time setting up each decode).
///
/// It reads what `JSONEncoder` writes for `Codable` types with the default strategies and drives their
/// own `init(from:)`, so it never needs to know the events' shape. Anything it cannot read — bad JSON, a
/// nesting deeper than 64, a type mismatch — throws, never traps.
struct PayloadDecoder {
    /// Decodes a `T` from the UTF-8 JSON in `text`.
    func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        var text = text
        let node = try text.withUTF8 { bytes in
            var parser = Parser(bytes: bytes)
            let node = try parser.value(depth: 0)
            parser.skipSpace()
            guard parser.position == bytes.count else { throw parser.failure("trailing characters") }
            return node
        }
        return try T(from: NodeDecoder(node: node, codingPath: []))
    }
}

/// A parsed JSON value.
private enum Node {
    case null
    case bool(Bool)
    /// The number as written, converted when a type asks for it.
    case number(String)
    case string(String)
    case array([Node])
    /// Members in document order; payload objects are small, so a linear search beats hashing.
    case object([(key: String, value: Node)])

    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A recursive-descent JSON parser over UTF-8 bytes.
private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func failure(_ what: String) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "bad JSON at byte \(position): \(what)"))
    }

    mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    mutating func value(depth: Int) throws -> Node {
        guard depth < 64 else { throw failure("nested too deeply") }
        skipSpace()
        guard position < bytes.count else { throw failure("unexpected end") }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            var members: [(key: String, value: Node)] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a key") }
                let key = try string()
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':'") }
                position += 1
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard position < bytes.count else { throw failure("unexpected end") }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                } else if bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    return .object(members)
                } else {
                    throw failure("expected ',' or '}'")
                }
            }
        case UInt8(ascii: "["):
            position += 1
            var items: [Node] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(items)
            }
            while true {
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard position < bytes.count else { throw failure("unexpected end") }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                } else if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                } else {
                    throw failure("expected ',' or ']'")
                }
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default:
            return .number(try number())
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw failure("unexpected end") }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] {
            throw failure("unknown word")
        }
        position += count
    }

    private mutating func number() throws -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            guard (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2B || byte == 0x2E || byte == 0x65 || byte == 0x45
            else { break }
            position += 1
        }
        guard position > start else { throw failure("unexpected character") }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// A string starting at the opening quote; escapes decoded (surrogate pairs joined).
    private mutating func string() throws -> String {
        position += 1
        let start = position
        // The common case: no escapes, so the bytes are the string.
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
            position += 1
        }
        guard position < bytes.count else { throw failure("unterminated string") }
        var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while true {
            guard position < bytes.count else { throw failure("unterminated string") }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") { break }
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                continue
            }
            guard position < bytes.count else { throw failure("unterminated escape") }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar), position + 1 < bytes.count,
                   bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                    position += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw failure("bad surrogate pair") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw failure("bad \\u escape") }
                out.append(contentsOf: Array(String(Character(unicode)).utf8))
            default:
                throw failure("unknown escape")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw failure("bad hex digit")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }
}

/// `Decoder` over a parsed node: what the types' own `init(from:)` talk to. Coding paths stay empty —
/// building them costs an allocation per value, and a broken payload is reported by its event number.
private struct NodeDecoder: Decoder {
    let node: Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node else { throw mismatch(node, "an object", codingPath) }
        return KeyedDecodingContainer(ObjectContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = node else { throw mismatch(node, "an array", codingPath) }
        return ArrayContainer(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ValueContainer(node: node, codingPath: codingPath)
    }
}

private func mismatch(_ node: Node, _ expected: String, _ path: [any CodingKey]) -> DecodingError {
    DecodingError.typeMismatch(Any.self, .init(codingPath: path, debugDescription: "expected \(expected), found \(node.kind)"))
}

/// A number node as `T` (nil-free: an out-of-range or fractional value for an integer type throws).
private func number<T: LosslessStringConvertible>(_ node: Node, _ type: T.Type, _ path: [any CodingKey]) throws -> T {
    guard case .number(let text) = node, let value = T(text) else { throw mismatch(node, "\(T.self)", path) }
    return value
}

private func bool(_ node: Node, _ path: [any CodingKey]) throws -> Bool {
    guard case .bool(let value) = node else { throw mismatch(node, "a boolean", path) }
    return value
}

private func string(_ node: Node, _ path: [any CodingKey]) throws -> String {
    guard case .string(let value) = node else { throw mismatch(node, "a string", path) }
    return value
}

/// Any `Decodable`, through its own `init(from:)` (which comes back for primitives by the typed methods).
private func value<T: Decodable>(_ node: Node, _ type: T.Type, _ path: [any CodingKey]) throws -> T {
    try T(from: NodeDecoder(node: node, codingPath: path))
}

private struct ObjectContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [(key: String, value: Node)]
    let codingPath: [any CodingKey]

    var allKeys: [Key] {
        var keys: [Key] = []
        keys.reserveCapacity(members.count)
        for member in members {
            if let key = Key(stringValue: member.key) { keys.append(key) }
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { members.contains { $0.key == key.stringValue } }

    private func node(_ key: Key) throws -> Node {
        let name = key.stringValue
        guard let member = members.first(where: { $0.key == name }) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no key \(name)"))
        }
        return member.value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try node(key) { return true }
        return false
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try bool(node(key), codingPath) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try string(node(key), codingPath) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try number(node(key), type, codingPath) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try number(node(key), type, codingPath) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try number(node(key), type, codingPath) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try number(node(key), type, codingPath) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try number(node(key), type, codingPath) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try number(node(key), type, codingPath) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try number(node(key), type, codingPath) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try number(node(key), type, codingPath) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try number(node(key), type, codingPath) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try number(node(key), type, codingPath) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try number(node(key), type, codingPath) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try number(node(key), type, codingPath) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(node(key), type, codingPath) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try NodeDecoder(node: node(key), codingPath: codingPath).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(node: node(key), codingPath: codingPath).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "super decoders are not used"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { try superDecoder() }
}

private struct ArrayContainer: UnkeyedDecodingContainer {
    let items: [Node]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(items: [Node], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> (Node, [any CodingKey]) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "array ended"))
        }
        defer { currentIndex += 1 }
        return (items[currentIndex], codingPath)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .null = items[currentIndex] {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { let (n, p) = try next(); return try bool(n, p) }
    mutating func decode(_ type: String.Type) throws -> String { let (n, p) = try next(); return try string(n, p) }
    mutating func decode(_ type: Double.Type) throws -> Double { let (n, p) = try next(); return try number(n, type, p) }
    mutating func decode(_ type: Float.Type) throws -> Float { let (n, p) = try next(); return try number(n, type, p) }
    mutating func decode(_ type: Int.Type) throws -> Int { let (n, p) = try next(); return try number(n, type, p) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { let (n, p) = try next(); return try number(n, type, p) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { let (n, p) = try next(); return try number(n, type, p) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { let (n, p) = try next(); return try number(n, type, p) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { let (n, p) = try next(); return try number(n, type, p) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { let (n, p) = try next(); return try number(n, type, p) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { let (n, p) = try next(); return try number(n, type, p) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { let (n, p) = try next(); return try number(n, type, p) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { let (n, p) = try next(); return try number(n, type, p) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { let (n, p) = try next(); return try number(n, type, p) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { let (n, p) = try next(); return try value(n, type, p) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let (node, path) = try next()
        return try NodeDecoder(node: node, codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (node, path) = try next()
        return try NodeDecoder(node: node, codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "super decoders are not used"))
    }
}

private struct ValueContainer: SingleValueDecodingContainer {
    let node: Node
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool {
        if case .null = node { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool { try bool(node, codingPath) }
    func decode(_ type: String.Type) throws -> String { try string(node, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try number(node, type, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try number(node, type, codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try number(node, type, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try number(node, type, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try number(node, type, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try number(node, type, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try number(node, type, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try number(node, type, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try number(node, type, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try number(node, type, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try number(node, type, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try number(node, type, codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try value(node, type, codingPath) }
}
