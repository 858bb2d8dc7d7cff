/// A column and row on screen, 0-based from the top left.
struct Point: Equatable, Hashable, Sendable {
    var x: Int
    var y: Int

    /// Creates a point.
    init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
