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

    public var description: String { value }
}
