import WorkshopModel

/// What the server remembers of one phone, to show it its own vote and prefill its name; never shown to
/// anyone else.
struct DeviceMemory: Sendable, Equatable {
    /// The last vote accepted per poll id.
    var votes: [String: Choice] = [:]
    var name: String?
    var group: String?
}
