extension String {
    /// The text as it is recorded: without leading or trailing white space and newlines.
    var trimmedForRecord: String {
        // Most texts arrive clean: an ASCII letter or digit at both ends needs no scan of Unicode properties.
        if let first = utf8.first, let last = utf8.last, first.isASCIIWordByte, last.isASCIIWordByte { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

extension UInt8 {
    /// An ASCII letter or digit.
    var isASCIIWordByte: Bool {
        (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }
}
