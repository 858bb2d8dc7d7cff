import Foundation
import WorkshopWeb

/// What the screens show of the room's web server: where phones join, the join code and its QR code.
///
/// A value the console and the audience view draw from; the console keeps it beside its drafts in the
/// session file (key `room`) while the server is open, so `workshop display`, another process, can show it.
struct RoomBoard: Codable, Equatable, Sendable {
    /// The pages phones open, one per listening address: "http://192.168.1.23:8080/".
    var addresses: [String]
    /// The links that join at once (what the QR code holds), in the same order.
    var joinLinks: [String]
    /// The code participants type after opening an address.
    var code: String
    /// False once the moderator closed the server: the screens then say so instead of inviting.
    var isOpen = true

    /// Light modules around the code. The standard's four, not the library's default two: around the
    /// code the terminal is usually dark, which a camera would otherwise read as part of it.
    static let quietZone = 4

    /// The first join link as a QR code in half blocks (two modules a row), for the console.
    var qrLines: [String] {
        joinLinks.first.flatMap { QRCode(encoding: $0) }?.halfBlockLines(quietZone: Self.quietZone) ?? []
    }

    /// The first join link as a large QR code (each module two cells wide), for the audience view.
    var largeQRLines: [String] {
        joinLinks.first.flatMap { QRCode(encoding: $0) }?.largeLines(quietZone: Self.quietZone) ?? []
    }

    /// The address to read out, without the scheme and the trailing slash: "192.168.1.23:8080".
    static func short(_ address: String) -> String {
        var text = Substring(address)
        if text.hasPrefix("http://") { text = text.dropFirst(7) }
        if text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }

    /// The board as saved in the session file.
    var encoded: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// A board saved by `encoded`; nil for anything else.
    init?(encoded text: String) {
        guard let board = try? JSONDecoder().decode(RoomBoard.self, from: Data(text.utf8)) else { return nil }
        self = board
    }

    /// A board for a server listening at `addresses` with these join links and code.
    init(addresses: [String], joinLinks: [String], code: String, isOpen: Bool = true) {
        self.addresses = addresses
        self.joinLinks = joinLinks
        self.code = code
        self.isOpen = isOpen
    }

    /// The draft key the board is saved under.
    static let draftKey = "room"
}
