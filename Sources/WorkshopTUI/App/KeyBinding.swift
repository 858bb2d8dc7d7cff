/// One line of the key map: the keys, what they ask for, and how the help writes them.
struct KeyBinding: Sendable {
    /// The keys that send `request`; empty for a family of keys described by `label` (digits, letters).
    let keys: [Key]
    let request: Request
    /// How the help writes the keys when `keys` cannot say it ("0–9"); nil to write the keys themselves.
    let label: String?

    /// A binding of these keys to a request.
    init(_ keys: [Key], _ request: Request) {
        self.keys = keys
        self.request = request
        self.label = nil
    }

    /// A documented family of keys that `KeyMap` decodes itself.
    init(label: String, _ request: Request) {
        self.keys = []
        self.request = request
        self.label = label
    }
}
