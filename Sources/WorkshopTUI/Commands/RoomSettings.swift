/// Where the room's web server listens: what `--serve`, `--port` and `--bind` ask for, as plain values.
struct RoomSettings: Equatable, Sendable {
    /// The port (0 picks a free one).
    var port: Int
    /// The addresses to listen on; empty means every LAN address.
    var bind: [String]
}
