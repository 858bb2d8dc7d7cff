import WorkshopModel

/// The join panel on the console (`w`): where phones join, the code, and the QR code in half blocks,
/// drawn over the console's body so it can be turned towards the room. Without room for the QR code it
/// shows the addresses and the code and says how large the window must be.
enum RoomPanelView {
    static func render(_ room: RoomBoard, app: ConsoleApp, in area: Rect, into buffer: inout ScreenBuffer) {
        let s = app.strings
        buffer.fill(area, style: Palette.plain)
        Draw.heading(s.roomPanelTitle, in: area, into: &buffer)
        let rest = area.take(top: 2).rest
        guard room.isOpen else {
            Draw.wrapped(s.roomPanelClosed, in: rest, style: Palette.warning, into: &buffer)
            return
        }
        let qr = room.qrLines
        let qrWidth = qr.first.map(DisplayWidth.of) ?? 0
        let textWidth = 34
        let fitsQR = !qr.isEmpty && rest.height >= qr.count && rest.width >= qrWidth + 2 + min(textWidth, rest.width / 3)
        var textArea = rest
        if fitsQR {
            let (qrArea, left) = rest.take(right: qrWidth)
            textArea = left.inset(right: 2)
            // Dark modules are blocks: black on white, the way cameras expect a QR code.
            let style = Style(fg: .black, bg: .white)
            for (row, line) in qr.enumerated() {
                buffer.put(line, x: qrArea.x, y: qrArea.y + row, style: style, maxWidth: qrArea.width)
            }
        }
        var line = 0
        func put(_ text: String, _ style: Style = Palette.plain) {
            line += Draw.wrapped(text, in: textArea, line: line, maxLines: 2, style: style, into: &buffer)
        }
        put(s.roomScan)
        line += 1
        for address in room.addresses { put(RoomBoard.short(address), Palette.title) }
        line += 1
        put(s.roomThenCode)
        put(spaced(room.code), Palette.title)
        line += 1
        if !fitsQR, !qr.isEmpty {
            put(s.roomQRTooSmall(width: qrWidth + textWidth + 4, height: qr.count + 5), Palette.dim)
            line += 1
        }
        put(s.roomPanelKeys, Palette.dim)
    }

    /// "K7M 2QX": the code in two halves, easier to read out.
    static func spaced(_ code: String) -> String {
        guard code.count >= 6 else { return code }
        let middle = code.index(code.startIndex, offsetBy: code.count / 2)
        return code[..<middle] + " " + code[middle...]
    }
}
