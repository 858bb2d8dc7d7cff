/// Recorded text made safe for HTML, in element content and in quoted attribute values alike.
enum HTMLText {
    /// `text` with `& < > " '` replaced by character references.
    static func escape(_ text: String) -> String {
        // The five characters are ASCII, so the bytes can be scanned and copied as they are.
        var text = text
        return text.withUTF8 { utf8 in
            var plain = true
            for byte in utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
                plain = false
                break
            }
            if plain { return String(decoding: utf8, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 16)
            for byte in utf8 {
                switch byte {
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0x22: out.append(contentsOf: "&quot;".utf8)
                case 0x27: out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
