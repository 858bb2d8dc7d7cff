import Foundation
import Testing
@testable import WorkshopTUI

/// The session file seen from outside, through tmux on the real binary: kill -9 during fast input loses
/// no acknowledged event, a draft survives kill -9, a resumed session shows what it showed before, and
/// `workshop display` follows the console (its delay is printed as a measurement).
@Suite(.serialized) struct SessionEndToEndTests {
    /// A fresh session folder under the temporary folder.
    private func home() -> String {
        let path = NSTemporaryDirectory() + "workshop-e2e-\(UUID().uuidString.prefix(8))/home"
        return path
    }

    /// The one session in `home`, as `workshop sessions --check` lists it; `checked` when the integrity
    /// check passed.
    private func listed(_ home: String) throws -> (id: String, answers: Int, votes: Int, checked: Bool) {
        let result = try SessionTmux.workshop(["sessions", "--home", home, "--lang", "en", "--check"])
        let lines = result.output.split(separator: "\n").map(String.init)
        let row = try #require(lines.dropFirst().first { !$0.hasPrefix("!") && !$0.isEmpty }, "\(result.output)")
        let cells = row.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        try #require(cells.count == 8, "\(row)")
        let checked = result.status == 0 && result.output.contains("integrity_check: ok")
        return (cells[0], Int(cells[5]) ?? -1, Int(cells[6]) ?? -1, checked)
    }

    /// The vote count in the poll screen's header ("… · 12 votes").
    private func votesShown(_ screen: String) -> Int? {
        let header = screen.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        guard let range = header.range(of: #"(\d+) votes?"#, options: .regularExpression) else { return nil }
        return Int(header[range].split(separator: " ")[0])
    }

    @Test func killDashNineDuringFastInputLosesNoAcknowledgedEvent() throws {
        let home = home()
        var sent = 0
        for run in 0..<20 {
            let tmux = try SessionTmux((run == 0 ? "run" : "resume") + " --home \(home) --lang en")
            try #require(tmux.waitFor("F3") != nil, "run \(run): no console\n\(tmux.screen())")
            try tmux.send("F3")
            try #require(tmux.waitFor("votes") != nil || tmux.waitFor("vote") != nil)
            if run == 0 {
                try tmux.send("o")
                try #require(tmux.waitFor("open · hidden") != nil, "\(tmux.screen())")
            }
            // A burst of hands counted, one event per digit; killed at a random moment while they arrive.
            let burst = Int.random(in: 20...160)
            try tmux.send(String((0..<burst).map { _ in "12345".randomElement()! }), literal: true)
            sent += burst
            usleep(UInt32.random(in: 0...250_000))
            // A capture can catch tmux between two partial updates; whatever count shows is acknowledged.
            var screen = tmux.screen()
            var shown = votesShown(screen)
            for _ in 0..<20 where shown == nil {
                usleep(20_000)
                screen = tmux.screen()
                shown = votesShown(screen)
            }
            try tmux.killProgram()
            let acknowledged = try #require(shown, "run \(run): no vote count on screen:\n\(screen)")
            let onFile = try listed(home)
            #expect(onFile.checked, "run \(run): integrity check failed")
            #expect(onFile.votes >= acknowledged, "run \(run): \(acknowledged) shown, \(onFile.votes) on file")
            #expect(onFile.votes <= sent, "run \(run): \(onFile.votes) on file, only \(sent) sent (duplicates)")
        }
    }

    @Test func aDraftSurvivesKillDashNine() throws {
        let home = home()
        let text = "Geïntegreerde aanpak – Mechelaar 🔥"
        do {
            let tmux = try SessionTmux("run --home \(home) --lang en")
            try #require(tmux.waitFor("F2") != nil)
            try tmux.send("F2")
            try tmux.send("a")
            try tmux.send("0")  // anonymous
            try tmux.send(text, literal: true)
            try #require(tmux.waitFor("Mechelaar") != nil, "\(tmux.screen())")
            // Drafts are saved at most two seconds after the last key.
            sleep(3)
            try tmux.killProgram()
        }
        let tmux = try SessionTmux("resume --home \(home) --lang en")
        let screen = try #require(tmux.waitForSettled("Mechelaar", "Unsaved text"), "draft not offered back:\n\(tmux.screen())")
        #expect(screen.contains("Unsaved text brought back"))
        #expect(screen.contains(text))
        // Enter records it as an answer; then quit as usual.
        let pid = try tmux.pid()
        try tmux.send("Enter")
        try #require(tmux.waitFor("anonymous: Geïntegreerde") != nil, "\(tmux.screen())")
        try tmux.send("q")
        #expect(tmux.waitForExit(pid), "\(tmux.screen())")
        #expect(try listed(home).answers == 1)
    }

    @Test func aResumedSessionShowsTheSameTimersAnswersAndTallies() throws {
        let home = home()
        let before: (console: String, poll: String, notes: String)
        do {
            let tmux = try SessionTmux("run --home \(home) --lang en", width: 120, height: 40)
            try #require(tmux.waitFor("F1") != nil)
            try tmux.send("Space")
            try #require(tmux.waitFor("running") != nil)
            try tmux.send("F3")
            try tmux.send("o")
            try tmux.send("4", "4", "5", "2", "r")
            try #require(tmux.waitFor("mean") != nil, "\(tmux.screen())")
            try tmux.send("F2")
            try tmux.send("a", "0")
            try tmux.send("Meer groen in de wijk", literal: true)
            try tmux.send("Enter")
            before.notes = try #require(tmux.waitForSettled("anonymous: Meer groen"))
            sleep(2)
            try tmux.send("F3")
            before.poll = try #require(tmux.waitForSettled("Poll 1/", "median"), "\(tmux.screen())")
            try tmux.send("F1")
            before.console = try #require(settledConsole(tmux), "\(tmux.screen())")
            try tmux.killProgram()
        }
        let tmux = try SessionTmux("resume --home \(home) --lang en", width: 120, height: 40)
        let console = try #require(settledConsole(tmux), "\(tmux.screen())")
        // The block's clock ran on: the countdown shows the same or a little less.
        let (was, now) = (countdownSeconds(before.console), countdownSeconds(console))
        try #require(was != nil && now != nil, "\(before.console)\n\(console)")
        #expect(now! <= was! && now! >= was! - 15, "countdown \(was!) before, \(now!) after")
        try tmux.send("F3")
        let poll = try #require(tmux.waitForSettled("Poll 1/", "median"), "\(tmux.screen())")
        #expect(tallyLines(poll) == tallyLines(before.poll))
        #expect(tallyLines(poll).contains { $0.hasPrefix("4 █") && $0.hasSuffix(" 2 · 50%") })
        try tmux.send("F2")
        let notes = try #require(tmux.waitForSettled("People (", "Meer groen"), "\(tmux.screen())")
        #expect(notes.split(separator: "\n").filter { $0.contains("Meer groen") }
                    == before.notes.split(separator: "\n").filter { $0.contains("Meer groen") })
    }

    @Test func displayFollowsARunningSession() throws {
        let home = home()
        let tmux = try SessionTmux("run --home \(home) --lang en")
        try #require(tmux.waitFor("F3") != nil)
        try tmux.send("F3")
        try tmux.send("o")
        // The poll's state, not the key bar's "o open": the key is handled once the session file exists.
        try #require(tmux.waitFor("open · hidden") != nil)
        // Through a shell that stays, so a display that ends leaves its message and status on screen.
        let display = try tmux.shellWindow(
            "room", "LANG=C.UTF-8 \(SessionTmux.binary) display --home \(home) --lang en; echo \"display ended: $?\"; sleep 60")
        try #require(tmux.waitFor("votes: 0", in: display) != nil,
                     "display:\n\(tmux.screen(display))\nconsole:\n\(tmux.screen())\nfiles: \(files(home))")
        // A second writer is refused and pointed at display.
        let refused = try SessionTmux.workshop(["resume", "--home", home, "--lang", "en"])
        #expect(refused.status != 0)
        var delays: [Double] = []
        for count in 1...20 {
            let sent = Date()
            try tmux.send("3")
            let seen = tmux.waitFor("votes: \(count)", in: display, timeout: 5)
            try #require(seen != nil, "display stuck before \(count):\n\(tmux.screen(display))")
            delays.append(Date().timeIntervalSince(sent) * 1000)
        }
        delays.sort()
        print(String(format: "display: follows the console within median %.0f ms, max %.0f ms (20 votes, via tmux)",
                     delays[10], delays[19]))
        #expect(delays[10] <= 1000)
        try tmux.send("r")
        #expect(tmux.waitFor("mean", in: display) != nil, "\(tmux.screen(display))")
    }

    /// The names in a session folder (for failure messages).
    private func files(_ home: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: home)) ?? []).sorted()
    }

    /// The console once it shows a running block with a readable countdown; a capture can catch tmux
    /// between two partial updates, so it is taken again until the digits read whole (at most 10 s).
    private func settledConsole(_ tmux: SessionTmux) -> String? {
        let deadline = Date().addingTimeInterval(10)
        repeat {
            if let screen = tmux.waitFor("running", timeout: 1), countdownSeconds(screen) != nil { return screen }
            usleep(20_000)
        } while Date() < deadline
        return nil
    }

    /// Seconds on the console's big countdown, read back by matching the large digits of every time
    /// from 0:00 to 30:00 against the screen.
    private func countdownSeconds(_ screen: String) -> Int? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for seconds in 0...1800 {
            for scale in [1, 2] {
                let rows = Draw.big(TimeText.countdown(Double(seconds)), scale: scale)
                for (index, line) in lines.enumerated() where index + rows.count <= lines.count {
                    guard let start = line.range(of: rows[0])?.lowerBound else { continue }
                    let column = line.distance(from: line.startIndex, to: start)
                    let matches = rows.indices.allSatisfy { row in
                        let other = lines[index + row]
                        guard other.count >= column + rows[row].count else { return false }
                        return other.dropFirst(column).hasPrefix(rows[row])
                    }
                    if matches { return seconds }
                }
            }
        }
        return nil
    }

    /// The result rows of a revealed tally ("4 ████ 2 · 50%", "mean 4.0 · median 4.0"), without the
    /// voter column beside them (which remembers where the cursor was, not what was recorded).
    private func tallyLines(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line -> String? in
            let text = String(line)
            let pattern = #"\d+ █* ?\d+ · \d+%|mean .*"#
            return text.range(of: pattern, options: .regularExpression).map { String(text[$0]) }
        }
    }
}

/// A full disk while recording: a tiny tmpfs in a private mount namespace (so it needs root), filled up
/// and freed again while the console runs.
@Suite(.serialized) struct SessionDiskFullTests {
    static let canMount = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/nsenter")

    /// Runs a shell command inside the mount namespace of process `pid`.
    private func inside(_ pid: String, _ command: String) throws -> (output: String, status: Int32) {
        try SessionTmux.run("/usr/bin/nsenter", ["-t", pid, "-m", "/bin/sh", "-c", command])
    }

    @Test(.enabled(if: canMount)) func eventsWaitWhileTheDiskIsFullAndAreWrittenWhenSpaceReturns() throws {
        let folder = NSTemporaryDirectory() + "workshop-full-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let home = folder + "/home"
        let tmux = try SessionTmux(mountingTmpfsOf: "600k", at: folder, "run --home \(home) --lang en")
        let server = try tmux.serverPID()
        // The server (and with it the namespace and the tmpfs) outlives the program, for the last check.
        try tmux.keepPaneAfterExit()
        try #require(tmux.waitFor("F3") != nil, "\(tmux.screen())")
        try tmux.send("F3")
        try tmux.send("o")
        try #require(tmux.waitFor("open · hidden") != nil)
        try tmux.send("1234512345", literal: true)
        try #require(tmux.waitFor("10 votes") != nil, "\(tmux.screen())")

        // Fill the disk: what is typed now is shown, with a warning, and waits in memory.
        _ = try inside(server, "dd if=/dev/zero of=\(folder)/filler bs=4k 2>/dev/null; sync")
        try tmux.send(String(repeating: "3", count: 30), literal: true)
        let full = try #require(tmux.waitForSettled("40 votes", "NOT SAVED"), "\(tmux.screen())")
        #expect(full.contains("NOT SAVED"), "\(full)")
        #expect(full.contains("disk is full"), "\(full)")
        // Quitting now would lose them: the first q is refused with the reason.
        try tmux.send("q")
        #expect(tmux.waitFor("Not everything is saved") != nil, "\(tmux.screen())")
        #expect((try? tmux.pid()) != nil, "workshop quit with events unsaved")

        // Space returns: within a few seconds, without a key, everything is written and the warning goes.
        _ = try inside(server, "rm -f \(folder)/filler")
        let deadline = Date().addingTimeInterval(5)
        while tmux.screen().contains("NOT SAVED"), Date() < deadline { usleep(50_000) }
        #expect(!tmux.screen().contains("NOT SAVED"), "\(tmux.screen())")
        try tmux.send("55555", literal: true)
        try #require(tmux.waitFor("45 votes") != nil)
        // Everything is saved again, so quitting is not held up.
        let pid = try tmux.pid()
        try tmux.send("q")
        #expect(tmux.waitForExit(pid, timeout: 10), "workshop did not quit: \(tmux.screen())")
        let listing = try inside(server, "LANG=C.UTF-8 \(SessionTmux.binary) sessions --home \(home) --lang en --check")
        #expect(listing.status == 0, "\(listing.output)")
        #expect(listing.output.contains("integrity_check: ok"), "\(listing.output)")
        let row = listing.output.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        let cells = row.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(cells.count == 8 && cells[6] == "45", "\(listing.output)")
    }
}
