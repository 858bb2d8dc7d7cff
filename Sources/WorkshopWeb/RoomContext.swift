import Hummingbird

/// The request context of the room's server: Hummingbird's basics plus the address the request came from,
/// which is used only to slow down guessing of the join code.
struct RoomContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The peer's IP address, without port.
    let peer: String

    /// Answers larger than this are refused with 413 before they are read further.
    var maxUploadSize: Int { RoomServer.bodyLimit }

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
