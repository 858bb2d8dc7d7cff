import Foundation

/// The fields of a posted form or JSON object, as name–value pairs in order; a name may repeat
/// (ticked checkboxes). Anything garbled is refused whole, so nothing half-read is ever recorded.
struct FormFields: Sendable, Equatable {
    var pairs: [(name: String, value: String)]

    static func == (a: FormFields, b: FormFields) -> Bool {
        a.pairs.map(\.name) == b.pairs.map(\.name) && a.pairs.map(\.value) == b.pairs.map(\.value)
    }

    /// Reads `application/x-www-form-urlencoded` bytes; nil when a percent escape or the UTF-8 is broken.
    init?(urlEncoded bytes: [UInt8]) {
        pairs = []
        guard !bytes.isEmpty else { return }
        for part in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let halves = part.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = FormFields.decode(halves[0]),
                  let value = halves.count > 1 ? FormFields.decode(halves[1]) : ""
            else { return nil }
            pairs.append((name, value))
        }
    }

    /// Reads a JSON object whose values are strings, whole numbers, or lists of those; nil otherwise.
    init?(json bytes: [UInt8]) {
        guard let object = try? JSONDecoder().decode([String: JSONField].self, from: Data(bytes)) else { return nil }
        pairs = object.sorted { $0.key < $1.key }.flatMap { name, field in field.values.map { (name, $0) } }
    }

    /// The one value of `name`; nil when absent, `.some(nil)`-like ambiguity is refused by `single`.
    func values(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    /// The value of a field that may appear at most once; throws when it repeats.
    func single(_ name: String) throws(WebProblem) -> String? {
        let found = values(name)
        guard found.count <= 1 else { throw .malformed }
        return found.first
    }

    /// Percent-decodes one name or value, with `+` meaning a space.
    private static func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2])
                else { return nil }
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// One value of a posted JSON object: a string, a whole number, or a list of them.
private enum JSONField: Decodable {
    case one(String)
    case many([String])

    var values: [String] {
        switch self {
        case .one(let value): return [value]
        case .many(let list): return list
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .one(text)
        } else if let number = try? container.decode(Int.self) {
            self = .one(String(number))
        } else {
            self = .many(try container.decode([JSONScalar].self).map(\.text))
        }
    }
}

/// A string or whole number inside a JSON list.
private struct JSONScalar: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) {
            text = value
        } else {
            text = String(try container.decode(Int.self))
        }
    }
}
