import Foundation
import Testing

/// The real binary in tmux: a workshop evening from start to quit, signals, and hostile input.
@Suite("End to end (tmux)", .serialized, .enabled(if: TmuxPane.isInstalled, "tmux is not installed; apt-get install tmux"))
struct EndToEndTests {
    /// Checks that the program has ended with `status` and left the terminal as it found it.
    private func expectRestored(_ pane: TmuxPane, status expected: Int) throws {
        #expect(try pane.exitStatus() == expected)
        #expect(try pane.display("#{alternate_on}") == "0")
        #expect(try pane.display("#{cursor_flag}") == "1")
        #expect(try pane.terminalModesRestored())
    }

    /// Quits with `q` once the console is up, checks that the terminal was given back, and returns what the
    /// window shows after (wrapped lines joined: a temporary folder's path may be long).
    private func quitWhenUp(_ pane: TmuxPane) throws -> String {
        try pane.wait(for: "Mechelse warmtestrategie")
        try pane.press("q")
        try expectRestored(pane, status: 0)
        return try pane.tmux(["capture-pane", "-p", "-J", "-t", "main"])
    }

    @Test("An evening: title, first block, debate 1, a participant added live, an answer, votes, the tally, resizing, quitting")
    func evening() throws {
        let pane = try TmuxPane()
        try pane.wait(for: "Mechelse warmtestrategie")

        try pane.press("Space")
        try pane.wait(for: "loopt")
        try pane.press("n")
        try pane.press("n")
        try pane.wait("debate 1 as the current block") { $0.contains("3/7") && $0.contains("Debat 1") }

        // A participant added live, on the notes screen.
        try pane.press("F2")
        try pane.wait(for: "Deelnemers")
        try pane.press("+")
        try pane.wait(for: "Nieuwe deelnemer")
        try pane.type("Anaïs Dubois")
        try pane.press("Tab")
        try pane.type("Groen")
        try pane.press("Enter")
        try pane.wait(for: "Anaïs Dubois · Groen")

        // Her answer: "a", part of her name, Enter, the text, Enter.
        try pane.press("a")
        try pane.wait(for: "Wie")
        try pane.type("Anaïs")
        try pane.press("Enter")
        try pane.wait(for: "Antwoord · Anaïs Dubois")
        try pane.type("Geïntegreerde aanpak – Mechelaar")
        try pane.press("Enter")
        try pane.wait(for: "Anaïs Dubois (Groen): Geïntegreerde aanpak – Mechelaar")

        // Votes on the scale poll: one for her, three raised hands; then the tally is revealed.
        try pane.press("F3")
        try pane.wait(for: "Stemming")
        for _ in 0..<4 where !pane.screen().contains("Hoe goed ken ik het thema Warmte?") {
            try pane.press("Left")
            usleep(150_000)
        }
        try pane.wait(for: "Hoe goed ken ik het thema Warmte?")
        try pane.press("o")
        try pane.wait(for: "open")
        try pane.press("4")
        try pane.wait(for: "1 stem")
        try pane.press("h")
        try pane.press("5")
        try pane.press("5")
        try pane.press("3")
        try pane.wait(for: "4 stemmen")
        try pane.press("r")
        // The whole tally, not a capture taken while tmux is still drawing it.
        let tally = try pane.wait("the revealed tally") {
            $0.contains("gemiddelde 4,3") && $0.contains("mediaan 4,5") && $0.contains("2 · 50%")
        }
        #expect(tally.contains("gemiddelde 4,3"))

        // Smaller, tiny (the notice), and back.
        try pane.resize(width: 50, height: 15)
        try pane.wait("the 50×15 screen") { $0.contains("Stemming") && $0.split(separator: "\n").count <= 15 }
        try pane.resize(width: 30, height: 10)
        try pane.wait(for: "te klein")
        try pane.resize(width: 100, height: 30)
        try pane.wait(for: "Hoe goed ken ik het thema Warmte?")

        // Quitting while a block runs asks first.
        try pane.press("q")
        try pane.wait(for: "Toch afsluiten?")
        try pane.press("j")
        try expectRestored(pane, status: 0)
    }

    @Test("SIGHUP (the window closed) and SIGTERM end the program and restore the terminal", arguments: [SIGHUP, SIGTERM])
    func signals(_ signal: Int32) throws {
        let pane = try TmuxPane()
        try pane.wait(for: "Mechelse warmtestrategie")
        try pane.press("Space")
        try pane.wait(for: "loopt")
        kill(try pane.programID(), signal)
        try expectRestored(pane, status: 128 + Int(signal))
    }

    @Test("Escape sequences, control characters and invalid UTF-8 typed into an answer are never echoed")
    func hostileInput() throws {
        let pane = try TmuxPane()
        try pane.wait(for: "Mechelse warmtestrategie")
        let title = try pane.display("#{pane_title}")
        try pane.press("F2")
        try pane.wait(for: "Deelnemers")
        try pane.press("a")
        try pane.wait(for: "Wie")
        try pane.type("Wouter")
        try pane.press("Enter")
        try pane.wait(for: "Antwoord · Wouter Cyx")
        try pane.type("Veilig")
        let hostile: [[UInt8]] = [
            [0x1B, 0x5D, 0x30, 0x3B] + Array("pwned".utf8) + [0x07],  // OSC 0: set the title
            [0x1B, 0x5D, 0x32, 0x3B] + Array("pwned".utf8) + [0x1B, 0x5C],  // OSC 2 ended by ST
            [0x1B, 0x5B, 0x32, 0x4A],  // CSI 2 J: clear the screen
            [0x1B, 0x5B, 0x33, 0x31, 0x6D],  // CSI 31 m: red
            [0xC2, 0x9B, 0x33, 0x33, 0x6D],  // C1 CSI, UTF-8 encoded
            [0x1B, 0x50, 0x71, 0x1B, 0x5C],  // DCS ... ST
            [0xC3, 0x28, 0xFF, 0xFE],  // invalid UTF-8 (the "(" after the broken byte is a real character)
            [0x00, 0x07, 0x08],  // NUL, BEL, and a backspace that eats the "("
            [0xE2, 0x80, 0xAE],  // RIGHT-TO-LEFT OVERRIDE
        ]
        for bytes in hostile { try pane.send(bytes: bytes) }
        try pane.type(" tekst")
        try pane.wait(for: "Veilig tekst")
        try pane.press("Enter")
        let screen = try pane.wait(for: "Wouter Cyx: Veilig tekst")
        for leaked in ["pwned", "31m", "33m", "[2J", "\u{FFFD}"] {
            #expect(!screen.contains(leaked), "“\(leaked)” reached the screen")
        }
        #expect(try pane.display("#{pane_title}") == title)
        try pane.press("q")
        if (try? pane.exitStatus(timeout: 2)) == nil, pane.screen().contains("j/n") { try pane.press("j") }
        try expectRestored(pane, status: 0)
    }

    @Test("`workshop run` alone opens the bundled agenda as `workshop` does, and saves the session")
    func runAloneOpensTheBundledAgenda() throws {
        let after = try quitWhenUp(try TmuxPane(arguments: ["run"]))
        #expect(after.contains("Sessie bewaard in "), "\(after)")
        #expect(after.contains("Ga verder met: workshop resume "), "\(after)")
    }

    @Test("With LINES and COLUMNS set, the screen is laid out at the size ncurses takes from them")
    func firstFrameFollowsTheSizeNcursesUses() throws {
        let pane = try TmuxPane(width: 100, height: 30, environment: ["LINES": "20", "COLUMNS": "70"])
        let screen = try pane.wait(for: "F1 Regie")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let widest = lines.map { $0.reversed().drop { $0 == " " }.count }.max() ?? 0
        // Laid out for 70 columns: the top row ends with the clock (a frame laid out for 100 and cut off by
        // ncurses at 70 would lose it), and nothing is drawn below row 20 or right of column 70.
        let top = String(lines.first ?? "").trimmingCharacters(in: .whitespaces)
        #expect(top.range(of: #"[0-9]{2}:[0-9]{2}$"#, options: .regularExpression) != nil, "\(screen)")
        #expect(widest <= 70, "\(screen)")
        #expect(lines.dropFirst(20).allSatisfy { $0.allSatisfy { $0 == " " } }, "\(screen)")
        try pane.press("q")
        try expectRestored(pane, status: 0)
    }

    @Test("The session folder is checked after the first frame: its warnings are printed when the screen closes")
    func folderWarningsFollowTheScreen() throws {
        let shared = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-e2e-shared-\(getpid())")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: shared) }
        chmod(shared.path, 0o755)
        let after = try quitWhenUp(try TmuxPane(arguments: ["--lang", "en"], environment: ["WORKSHOP_HOME": shared.path]))
        #expect(after.contains("can be read by other users (mode 755)"), "\(after)")
        #expect(after.contains("Session saved in \(shared.path)/"), "\(after)")
    }

    @Test("A session folder that cannot be made ends the program after the first frame, with the reason")
    func anUnusableFolderEndsTheProgramWithItsReason() throws {
        let pane = try TmuxPane(arguments: ["--lang", "en"], environment: ["WORKSHOP_HOME": "/proc/workshop-nope"])
        try expectRestored(pane, status: 1)
        let after = try pane.tmux(["capture-pane", "-p", "-J", "-t", "main"])
        #expect(after.contains("/proc/workshop-nope"), "\(after)")
    }
}
