/// The short code a participant types or scans to join; only requests that carry it are accepted.
public struct JoinCode: Sendable, Equatable, CustomStringConvertible {
    /// Letters and digits that cannot be mistaken for each other when read off a projector.
    public static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    public let value: String

    /// A fresh random code of `length` characters.
    public init<G: RandomNumberGenerator>(length: Int = 6, using generator: inout G) {
        value = String((0..<length).map { _ in JoinCode.alphabet.randomElement(using: &generator)! })
    }

    /// Accepts a typed code case-insensitively, ignoring spaces and dashes.
    public func matches(_ typed: String) -> Bool {
        typed.uppercased().filter { $0 != " " && $0 != "-" } == value
    }

    /// Whether `presented` (from a cookie) is exactly the code, compared in constant time so that the
    /// time a refusal takes tells nothing about how much of the code was right.
    public func matchesExactly(_ presented: String) -> Bool {
        let expected = Array(value.utf8)
        let given = Array(presented.utf8)
        var difference = UInt8(truncatingIfNeeded: expected.count ^ given.count)
        for index in expected.indices {
            difference |= expected[index] ^ (index < given.count ? given[index] : 0)
        }
        return difference == 0
    }

    /// A code as given, e.g. one the console kept from an earlier run; nil unless it uses the alphabet.
    public init?(_ text: String) {
        let cleaned = text.uppercased().filter { $0 != " " && $0 != "-" }
        guard (4...12).contains(cleaned.count), cleaned.allSatisfy(JoinCode.alphabet.contains) else { return nil }
        value = cleaned
    }

    /// A fresh code from the system's random source.
    public static func random(length: Int = 6) -> JoinCode {
        var generator = SystemRandomNumberGenerator()
        return JoinCode(length: length, using: &generator)
    }

    public var description: String { value }
}
