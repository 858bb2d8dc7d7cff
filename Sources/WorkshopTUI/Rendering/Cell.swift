import Synchronization

/// One column of a row on screen.
///
/// A wide character (CJK, most emoji) takes two cells: the first holds the cluster with width 2, the
/// second is its continuation, with empty text and width 0.
///
/// The text is kept inline as up to 15 bytes of UTF-8 (every letter with its accents, CJK, flags and most
/// emoji), so a cell is plain data: a frame of twelve thousand cells is made, compared with the last one
/// and thrown away every second without touching a reference count. Longer clusters (family emoji) are
/// numbered once per process.
struct Cell: Equatable, Hashable, Sendable {
    /// UTF-8 bytes 0–7 of the text, or the number of a long cluster.
    private var head: UInt64
    /// UTF-8 bytes 8–14; the top byte holds the length, or `Cell.long`.
    private var tail: UInt64
    /// Columns the text takes: 1 or 2, or 0 for a continuation.
    var width: Int {
        get { Int(columns) }
        set { columns = UInt8(clamping: newValue) }
    }
    /// The width in one byte: a cell of 24 bytes rather than 32, a quarter less memory to write, copy and
    /// compare per frame.
    private var columns: UInt8
    var style: Style
    /// Always 0: fills the byte that would otherwise be padding, so equal cells have equal bytes and a
    /// row can be compared with `memcmp` (`ScreenBuffer.rowEquals`).
    private var spare: UInt8 = 0

    private static let long: UInt64 = 0xFF
    private static let inlineCapacity = 15

    /// Creates a cell holding one cluster (normally one grapheme cluster; "" for a continuation).
    init(text: String, width: Int, style: Style = .plain) {
        head = 0
        tail = 0
        columns = UInt8(clamping: width)
        self.style = style
        self.text = text
    }

    /// A cell holding the cluster in `utf8`, without making a string first.
    init(utf8: UnsafeBufferPointer<UInt8>, width: Int, style: Style) {
        columns = UInt8(clamping: width)
        self.style = style
        if utf8.count <= Cell.inlineCapacity {
            (head, tail) = Cell.pack(utf8)
        } else {
            head = Cell.number(of: String(decoding: utf8, as: UTF8.self))
            tail = Cell.long << 56
        }
    }

    /// The right half of a wide character.
    init(continuationOf style: Style) {
        head = 0
        tail = 0
        columns = 0
        self.style = style
    }

    /// The cluster the cell shows.
    var text: String {
        get {
            let length = Int(tail >> 56)
            if length == 0 { return "" }
            if length == Int(Cell.long) { return Cell.cluster(numbered: head) }
            if length == 1, head < 0x80 { return TextClusters.ascii[Int(head)] }
            return withUnsafeBytes(of: (head, tail)) { raw in
                String(decoding: raw.prefix(length), as: UTF8.self)
            }
        }
        set {
            var value = newValue
            (head, tail) = value.withUTF8 { utf8 in
                utf8.count <= Cell.inlineCapacity ? Cell.pack(utf8) : (Cell.number(of: newValue), Cell.long << 56)
            }
        }
    }

    /// The text's one Unicode scalar, read straight from the inline bytes (no string is made); nil for
    /// longer text, a continuation or a numbered cluster. The terminal backend's fast path.
    var scalar: Unicode.Scalar? {
        let length = Int(tail >> 56)
        if length == 1 { return head < 0x80 ? Unicode.Scalar(UInt8(head)) : nil }
        guard length >= 2, length <= 4 else { return nil }
        let bytes = head
        let lead = UInt32(bytes & 0xFF)
        let expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard expected == length else { return nil }
        var value = lead & (0x7F >> UInt32(length))
        for i in 1..<length {
            let byte = UInt32((bytes >> UInt64(8 * i)) & 0xFF)
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | (byte & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    /// Equal cells have equal bytes (no padding, one way to hold each value): three words compared, rather
    /// than the text and each part of the style one by one. The terminal backend compares every cell of a
    /// changed row.
    static func == (a: Cell, b: Cell) -> Bool {
        a.head == b.head && a.tail == b.tail
            && withUnsafeBytes(of: a) { $0.load(fromByteOffset: 16, as: UInt64.self) }
            == withUnsafeBytes(of: b) { $0.load(fromByteOffset: 16, as: UInt64.self) }
    }

    /// An empty (space) cell in the plain style.
    static let blank = Cell(text: " ", width: 1, style: .plain)

    /// A space in the given style.
    static func blank(_ style: Style) -> Cell { Cell(text: " ", width: 1, style: style) }

    /// Whether this is the right half of a wide character.
    var isContinuation: Bool { width == 0 }

    /// Up to 15 bytes in two words, little-endian, the length in the top byte.
    private static func pack(_ utf8: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            for (i, byte) in utf8.enumerated() { raw[i] = byte }
            raw[15] = UInt8(utf8.count)
        }
        return words
    }

    private static func number(of cluster: String) -> UInt64 {
        longClusters.withLock { table in
            if let known = table.numbers[cluster] { return known }
            let number = UInt64(table.clusters.count)
            table.clusters.append(cluster)
            table.numbers[cluster] = number
            return number
        }
    }

    private static func cluster(numbered number: UInt64) -> String {
        longClusters.withLock { table in
            Int(number) < table.clusters.count ? table.clusters[Int(number)] : ""
        }
    }
}

/// Clusters too long to keep inline, numbered in order of first use; shared by every cell of the process.
private let longClusters = Mutex<(clusters: [String], numbers: [String: UInt64])>(([], [:]))
