import Foundation
import Testing
@testable import WorkshopTUI

/// `workshop run --serve` on the real binary in tmux, on 127.0.0.1 only: a vote posted with curl (join,
/// then vote, as a phone would) shows in the console's tally within a second; a port in use ends the
/// command with a clear message and no session file.
@Suite(.serialized) struct RoomEndToEndTests {
    /// A TCP port nobody listens on right now (the kernel's pick, released at once).
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private func home() -> String {
        NSTemporaryDirectory() + "workshop-room-e2e-\(UUID().uuidString.prefix(8))/home"
    }

    /// Runs curl; returns its output (the HTTP status with `-w`).
    private func curl(_ arguments: [String]) throws -> String {
        let result = try SessionTmux.run("/usr/bin/curl", ["-s", "--max-time", "5"] + arguments)
        return result.output
    }

    /// The vote count in the poll screen's header ("… · 12 votes").
    private func votesShown(_ screen: String) -> Int? {
        let header = screen.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        guard let range = header.range(of: #"(\d+) votes?"#, options: .regularExpression) else { return nil }
        return Int(header[range].split(separator: " ")[0])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")))
    func aVoteFromCurlReachesTheConsoleTallyWithinASecond() throws {
        let port = try Self.freePort()
        let home = home()
        let tmux = try SessionTmux("run --home \(home) --lang en --serve --bind 127.0.0.1 --port \(port)", width: 120, height: 40)
        let strip = "127.0.0.1:\(port) · code "
        let console = try #require(tmux.waitForSettled(strip), "no join strip\n\(tmux.screen())")
        let line = try #require(console.split(separator: "\n").first { $0.contains(strip) })
        let code = String(try #require(line.components(separatedBy: strip).last)).trimmingCharacters(in: .whitespaces)
        #expect(code.count == 6)

        // The moderator opens the first block's poll; the phone joins through the QR link, then votes.
        try tmux.send("F3")
        try #require(tmux.waitFor("votes") != nil || tmux.waitFor("vote") != nil, "\(tmux.screen())")
        try tmux.send("o")
        try #require(tmux.waitFor("open · hidden") != nil, "\(tmux.screen())")
        let jar = NSTemporaryDirectory() + "workshop-room-e2e-\(UUID().uuidString.prefix(8)).cookies"
        defer { try? FileManager.default.removeItem(atPath: jar) }
        let base = "http://127.0.0.1:\(port)"
        let joined = try curl(["-c", jar, "-b", jar, "-o", "/dev/null", "-w", "%{http_code}", "\(base)/j/\(code)"])
        #expect(joined == "303" || joined == "302", "join answered \(joined)")
        let before = votesShown(tmux.screen()) ?? -1
        #expect(before == 0)
        let posted = Date()
        let status = try curl(["-c", jar, "-b", jar, "-o", "/dev/null", "-w", "%{http_code}", "-H", "Accept: application/json",
                               "--data", "poll=kennis-warmte&choice=4", "\(base)/vote"])
        #expect(status == "202", "vote answered \(status)")
        var shown = before
        while Date().timeIntervalSince(posted) < 1, shown < 1 {
            shown = votesShown(tmux.screen()) ?? -1
            if shown < 1 { usleep(5_000) }
        }
        let delay = Date().timeIntervalSince(posted)
        print("room e2e: vote posted → shown in the console tally after \(Int(delay * 1000)) ms")
        #expect(shown == 1, "the vote did not reach the tally within 1 s\n\(tmux.screen())")

        // The audience view, another process, shows where phones join (read from the session file).
        let display = try tmux.window("display", "display --home \(home) --lang en")
        try #require(tmux.waitFor("Answer from your phone", in: display) != nil, "\(tmux.screen(display))")
        #expect(tmux.screen(display).contains("code \(code.prefix(3)) \(code.dropFirst(3))"))

        // Closing the server (W, then y) cuts phones off, and the audience view stops inviting them.
        try tmux.send("F1")
        try #require(tmux.waitFor(strip) != nil)
        try tmux.send("W")
        try #require(tmux.waitFor("y/n") != nil, "\(tmux.screen())")
        try tmux.send("y")
        try #require(tmux.waitFor("phones: server closed") != nil, "\(tmux.screen())")
        let after = try curl(["-o", "/dev/null", "-w", "%{http_code}", "\(base)/state.json"])
        #expect(after == "000" || after.hasPrefix("5"), "the closed server still answered \(after)")
        let deadline = Date().addingTimeInterval(5)
        while tmux.screen(display).contains("Answer from your phone"), Date() < deadline { usleep(20_000) }
        #expect(!tmux.screen(display).contains("Answer from your phone"), "\(tmux.screen(display))")
        try tmux.send("q")
    }

    @Test func aPortInUseIsRefusedWithAClearMessageAndNoSessionFile() throws {
        let port = try Self.freePort()
        let first = home()
        let tmux = try SessionTmux("run --home \(first) --lang en --serve --bind 127.0.0.1 --port \(port)")
        try #require(tmux.waitFor("127.0.0.1:\(port)") != nil, "\(tmux.screen())")
        let second = home()
        let window = try tmux.shellWindow("again", "LANG=C.UTF-8 \(SessionTmux.binary) run --home \(second) --lang en --serve "
            + "--bind 127.0.0.1 --port \(port); echo exit=$?; sleep 30")
        let shown = try #require(tmux.waitFor("exit=", in: window), "\(tmux.screen(window))")
        #expect(shown.contains("exit=1"))
        #expect(shown.contains("port \(port) on 127.0.0.1 is already in use"), "\(shown)")
        #expect(shown.contains("--port"))
        let files = (try? FileManager.default.contentsOfDirectory(atPath: second)) ?? []
        #expect(!files.contains { $0.hasSuffix(".workshop") }, "\(files)")
        try tmux.send("q")
    }
}
