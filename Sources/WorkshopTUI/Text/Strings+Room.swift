// The words about the room's web server: the join panel, closing it, answers from phones.
extension Strings {
    var notServing: String {
        t("De server voor telefoons staat niet aan: start met workshop run --serve (of resume --serve).",
          "The server for phones is not on: start with workshop run --serve (or resume --serve).")
    }
    var roomAlreadyClosed: String { t("De server voor telefoons is al gesloten.", "The server for phones is closed already.") }
    var confirmCloseRoom: String {
        t("Server voor telefoons nu sluiten? Telefoons kunnen dan niets meer sturen. j/n",
          "Close the server for phones now? Phones can then send nothing more. y/n")
    }
    var confirmUndoPhone: String {
        t("Het laatst bewaarde komt van een telefoon (een stem of antwoord van een deelnemer). Toch ongedaan maken? j/n",
          "The last recorded thing came from a phone (a participant's vote or answer). Undo it anyway? y/n")
    }
    var phoneKept: String { t("Niet ongedaan gemaakt.", "Not undone.") }
    var roomKeptOpen: String { t("De server blijft open.", "The server stays open.") }
    var roomClosed: String {
        t("Server gesloten: telefoons kunnen niets meer sturen (wat al binnen was, is bewaard).",
          "Server closed: phones can send nothing more (what arrived is saved).")
    }
    /// The strip on the console: "telefoons: 192.168.1.23:8080 · code K7M2QX".
    func roomStrip(_ address: String, code: String) -> String {
        t("telefoons: \(address) · code \(code)", "phones: \(address) · code \(code)")
    }
    var roomStripClosed: String { t("telefoons: server gesloten", "phones: server closed") }
    var roomPanelTitle: String { t("Antwoorden met de telefoon", "Answer from your phone") }
    var roomScan: String { t("Scan de code met de camera, of open:", "Scan the code with the camera, or open:") }
    var roomThenCode: String { t("en typ de code", "and type the code") }
    /// The join panel's key in the console's hint line.
    var roomHint: String { t("w QR-code · W server sluiten", "w QR code · W close server") }
    var roomPanelKeys: String { t("w verbergt · W sluit de server", "w hides this · W closes the server") }
    var roomPanelClosed: String {
        t("De server is gesloten: telefoons kunnen niets meer sturen.", "The server is closed: phones can send nothing more.")
    }
    /// Shown instead of the QR code when the window is too small for it.
    func roomQRTooSmall(width: Int, height: Int) -> String {
        t("Venster te klein voor de QR-code (nodig \(width)×\(height)); de audience view (workshop display) toont hem groot.",
          "Window too small for the QR code (needs \(width)×\(height)); the audience view (workshop display) shows it large.")
    }
    /// Where an answer came from, after the name: "· telefoon".
    var fromPhone: String { t("telefoon", "phone") }
    /// On the audience view: "Antwoord met je telefoon".
    var audienceJoin: String { t("Antwoord met je telefoon", "Answer from your phone") }
    /// On the audience view: "code".
    var codeWord: String { t("code", "code") }
}
