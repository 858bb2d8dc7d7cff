/// Splits UTF-8 text into what a terminal draws in one cell (or two): a character with its combining
/// marks, an emoji with its modifier and the emoji joined to it, a flag's two regional indicators.
///
/// It works on the bytes rather than on `Character`s because every frame measures and lays out thousands
/// of characters, and Swift's grapheme breaking costs ten times more than this. Control characters,
/// format characters (bidi marks, zero-width space) and separators come out as clusters of their own with
/// width 0, so a caller that drops width-0 clusters never draws them.
enum TextClusters {
    /// The one-character strings of ASCII, so laying out plain text makes no new strings.
    static let ascii: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// How a scalar joins the cluster before it.
    fileprivate enum Kind: Equatable {
        /// Starts a cluster of this width.
        case base(Int)
        /// Stands alone with width 0 (control and format characters).
        case alone
        /// Joins the cluster before it (combining and spacing marks, variation selectors, tags).
        case extend
        /// U+200D: joins, and makes the next scalar join too.
        case joiner
        /// An emoji skin-tone modifier: joins an emoji, or stands as one.
        case modifier
        /// Half of a flag.
        case regional
    }

    /// One cluster: bytes `start..<end` of the text, `width` columns.
    struct Cluster: Equatable {
        var start: Int
        var end: Int
        var width: Int
    }

    /// Walks the clusters of UTF-8 text (valid UTF-8, as every Swift string is).
    struct Iterator: IteratorProtocol {
        private let utf8: UnsafeBufferPointer<UInt8>
        private var i = 0
        /// The open cluster, not yet complete.
        private var open: Cluster?
        private var afterJoiner = false
        private var regionals = 0
        /// A width-0 cluster found right after the open one was closed.
        private var queued: Cluster?

        /// Starts at the beginning of `utf8`.
        init(_ utf8: UnsafeBufferPointer<UInt8>) {
            self.utf8 = utf8
        }

        /// The next cluster, or nil at the end.
        mutating func next() -> Cluster? {
            if let queued {
                self.queued = nil
                return queued
            }
            let count = utf8.count
            while i < count {
                let lead = utf8[i]
                if lead < 0x80 {
                    let closed = open
                    afterJoiner = false
                    regionals = 0
                    if lead >= 0x20 && lead != 0x7F {
                        open = Cluster(start: i, end: i + 1, width: 1)
                        i += 1
                        if let closed { return closed }
                    } else {
                        open = nil
                        let control = Cluster(start: i, end: i + 1, width: 0)
                        i += 1
                        if let closed {
                            queued = control
                            return closed
                        }
                        return control
                    }
                    continue
                }
                let value: UInt32
                let length: Int
                if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                    length = 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                    length = 3
                } else {
                    value = UInt32(lead & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12
                        | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
                    length = 4
                }
                let start = i
                i += length
                let kind = TextClusters.kind(of: value)
                switch kind {
                case .base(let w):
                    if open != nil, afterJoiner {
                        afterJoiner = false
                        open!.end = i
                    } else {
                        let closed = open
                        open = Cluster(start: start, end: i, width: w)
                        regionals = 0
                        if let closed { return closed }
                    }
                case .alone:
                    let closed = open
                    open = nil
                    afterJoiner = false
                    regionals = 0
                    let alone = Cluster(start: start, end: i, width: 0)
                    if let closed {
                        queued = alone
                        return closed
                    }
                    return alone
                case .extend, .joiner, .modifier:
                    if open == nil {
                        // A mark with nothing to sit on is a cluster of width 0; a lone modifier is an emoji.
                        open = Cluster(start: start, end: i, width: kind == .modifier ? 2 : 0)
                    } else {
                        open!.end = i
                    }
                    afterJoiner = kind == .joiner
                case .regional:
                    if open != nil, regionals == 1, !afterJoiner {
                        open!.end = i
                        open!.width = 2
                        regionals = 2
                    } else if open != nil, afterJoiner {
                        open!.end = i
                        afterJoiner = false
                    } else {
                        let closed = open
                        open = Cluster(start: start, end: i, width: 1)
                        regionals = 1
                        if let closed { return closed }
                    }
                }
            }
            let last = open
            open = nil
            return last
        }
    }

    fileprivate static func kind(of value: UInt32) -> Kind {
        switch value {
        case 0x80..<0xA0: return .alone
        case 0xA0..<0x300: return .base(1)
        case 0x300..<0x370: return .extend
        // Ranges without marks or format characters: only the width table matters.
        case 0x370..<0x483, 0x2100...0x24FF, 0x25A0...0x2CEE, 0x3100...0xA66E, 0xAC00...0xD7A3:
            return .base(DisplayWidth.isWide(value) ? 2 : 1)
        // Dashes, quotes, bullets and ellipses; box drawing and the blocks of gauges and big digits: narrow
        // (and drawn on every frame, so spared the table lookups).
        case 0x2010...0x2027, 0x2030...0x205E, 0x2500...0x259F: return .base(1)
        case 0x200C: return .extend
        case 0x200D: return .joiner
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return .extend
        case 0xFE00...0xFE0F, 0xE0020...0xE007F, 0xE0100...0xE01EF: return .extend
        case 0x1F1E6...0x1F1FF: return .regional
        case 0x1F3FB...0x1F3FF: return .modifier
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .alone }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark:
            return .extend
        case .format, .control, .lineSeparator, .paragraphSeparator, .surrogate:
            return .alone
        default:
            return .base(DisplayWidth.isWide(value) ? 2 : 1)
        }
    }
}
