/// A rectangle of cells on screen: where a view may draw. Widths and heights are never negative.
struct Rect: Equatable, Hashable, Sendable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    /// Creates a rectangle; a negative width or height becomes 0.
    init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle at the origin with this size.
    init(width: Int, height: Int) {
        self.init(x: 0, y: 0, width: width, height: height)
    }

    /// The column just right of the rectangle.
    var maxX: Int { x + width }
    /// The row just below the rectangle.
    var maxY: Int { y + height }
    /// Whether the rectangle holds no cell.
    var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether the cell at (`px`, `py`) lies inside.
    func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The part both rectangles share (empty, at this rectangle's origin, when they do not overlap).
    func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// This rectangle shrunk by `n` cells on every side.
    func inset(by n: Int) -> Rect {
        inset(top: n, left: n, bottom: n, right: n)
    }

    /// This rectangle shrunk by the given margins (never below an empty size).
    func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let w = max(0, width - left - right), h = max(0, height - top - bottom)
        return Rect(x: x + min(left, width), y: y + min(top, height), width: w, height: h)
    }

    /// One row of this rectangle (relative index), empty when outside.
    func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: maxY, width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// The top `n` rows and the rest.
    func take(top n: Int) -> (top: Rect, rest: Rect) {
        let n = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: n), Rect(x: x, y: y + n, width: width, height: height - n))
    }

    /// The bottom `n` rows and the rest.
    func take(bottom n: Int) -> (bottom: Rect, rest: Rect) {
        let n = min(max(0, n), height)
        return (Rect(x: x, y: maxY - n, width: width, height: n), Rect(x: x, y: y, width: width, height: height - n))
    }

    /// The left `n` columns and the rest.
    func take(left n: Int) -> (left: Rect, rest: Rect) {
        let n = min(max(0, n), width)
        return (Rect(x: x, y: y, width: n, height: height), Rect(x: x + n, y: y, width: width - n, height: height))
    }

    /// The right `n` columns and the rest.
    func take(right n: Int) -> (right: Rect, rest: Rect) {
        let n = min(max(0, n), width)
        return (Rect(x: maxX - n, y: y, width: n, height: height), Rect(x: x, y: y, width: width - n, height: height))
    }

    /// Splits into rows of the given heights, top to bottom; a height of `nil` shares what is left equally.
    /// Rows that do not fit any more come out empty.
    func rows(_ heights: [Int?]) -> [Rect] {
        let sizes = Rect.distribute(heights, over: height)
        var top = y
        return sizes.map { h in
            defer { top += h }
            return Rect(x: x, y: top, width: width, height: h)
        }
    }

    /// Splits into columns of the given widths, left to right; a width of `nil` shares what is left equally.
    /// Columns that do not fit any more come out empty.
    func columns(_ widths: [Int?], spacing: Int = 0) -> [Rect] {
        let gaps = max(0, widths.count - 1) * max(0, spacing)
        let sizes = Rect.distribute(widths, over: max(0, width - gaps))
        var left = x
        return sizes.map { w in
            defer { left += w + spacing }
            return Rect(x: min(left, maxX), y: y, width: min(w, max(0, maxX - left)), height: height)
        }
    }

    /// A rectangle of at most this size centred inside this one.
    func centered(width w: Int, height h: Int) -> Rect {
        let w = min(max(0, w), width), h = min(max(0, h), height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// Fixed sizes first (clipped to what is left), then the rest shared by the flexible ones, the
    /// remainder going to the first of them.
    private static func distribute(_ sizes: [Int?], over total: Int) -> [Int] {
        var left = total
        var result = sizes.map { size -> Int in
            guard let size else { return 0 }
            let s = min(max(0, size), left)
            left -= s
            return s
        }
        let flexible = sizes.indices.filter { sizes[$0] == nil }
        guard !flexible.isEmpty else { return result }
        let share = left / flexible.count
        var extra = left % flexible.count
        for i in flexible {
            result[i] = share + (extra > 0 ? 1 : 0)
            extra -= 1
        }
        return result
    }
}
