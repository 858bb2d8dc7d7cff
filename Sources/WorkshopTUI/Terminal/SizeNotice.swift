import WorkshopModel

/// What the loop shows instead of the screens when the window is too small for them.
enum SizeNotice {
    /// The smallest window the screens are drawn in.
    static let minimumWidth = 40
    static let minimumHeight = 12

    /// Whether a window of this size is too small for the screens.
    static func isTooSmall(width: Int, height: Int) -> Bool {
        width < minimumWidth || height < minimumHeight
    }

    /// Draws the notice centred and clipped to the buffer, in the given language.
    static func render(into buffer: inout ScreenBuffer, language: Language) {
        let size = "\(buffer.width)×\(buffer.height)"
        let minimum = "\(minimumWidth)×\(minimumHeight)"
        let paragraphs: [(String, Style)]
        switch language {
        case .nl:
            paragraphs = [
                ("Het venster is te klein.", Style.plain.bolded),
                ("Maak het groter: minstens \(minimum), nu \(size).", .plain),
            ]
        case .en:
            paragraphs = [
                ("The window is too small.", Style.plain.bolded),
                ("Please make it larger: at least \(minimum), now \(size).", .plain),
            ]
        }
        var lines: [(String, Style)] = []
        for (text, style) in paragraphs {
            for line in DisplayWidth.wrap(text, to: max(1, buffer.width - 2)) { lines.append((line, style)) }
        }
        let area = buffer.bounds.centered(width: buffer.width, height: lines.count)
        for (index, (line, style)) in lines.enumerated() {
            buffer.put(line, in: area, line: index, style: style, align: .center)
        }
    }
}
