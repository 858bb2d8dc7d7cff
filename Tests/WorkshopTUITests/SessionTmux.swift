import Foundation

/// The built `workshop` running in a private tmux server, for the session-file end-to-end tests.
///
/// Each instance has its own server (`tmux -L`), so tests never touch anyone else's and may run in parallel.
final class SessionTmux {
    /// The `workshop` binary built beside this test bundle (`swift test` builds every product).
    static var binary: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("workshop").path
    }

    /// Where tmux is installed (`.ci/run` installs Debian's).
    static let tmuxPath = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: FileManager.default.isExecutableFile)
        ?? "/usr/bin/tmux"

    let server = "ws-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"

    /// Starts `workshop ARGUMENTS` in a `width`×`height` window (session "s", window 0).
    init(_ arguments: String, width: Int = 100, height: Int = 30) throws {
        try tmux("new-session", "-d", "-s", "s", "-x", "\(width)", "-y", "\(height)",
                 "exec env LANG=C.UTF-8 \(SessionTmux.binary) \(arguments)")
    }

    /// Starts `workshop ARGUMENTS` with a tmpfs of `size` mounted on `folder`, in a mount namespace of its
    /// own (root only): the mount is seen by the program and gone when the server ends.
    init(mountingTmpfsOf size: String, at folder: String, _ arguments: String, width: Int = 100, height: Int = 30) throws {
        let start = "mount -t tmpfs -o size=\(size),mode=0700 tmpfs \(folder) && exec \(SessionTmux.tmuxPath) -L \(server) "
            + "new-session -d -s s -x \(width) -y \(height) 'exec env LANG=C.UTF-8 \(SessionTmux.binary) \(arguments)'"
        let result = try SessionTmux.run("/usr/bin/unshare", ["-m", "--propagation", "private", "/bin/sh", "-c", start])
        guard result.status == 0 else { throw SpawnFailure(detail: "unshare/mount failed (\(result.status))") }
    }

    deinit { _ = try? tmux("kill-server") }

    /// Keeps the window (and so the server) after the program ends.
    func keepPaneAfterExit() throws {
        try tmux("set-option", "-t", "s", "remain-on-exit", "on")
    }

    /// The tmux server's process id (it lives in the namespace the program sees).
    func serverPID() throws -> String {
        try tmux("display", "-p", "-t", "s", "#{pid}").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Opens another window running `workshop ARGUMENTS`; returns its target.
    func window(_ name: String, _ arguments: String) throws -> String {
        try tmux("new-window", "-d", "-t", "s", "-n", name, "exec env LANG=C.UTF-8 \(SessionTmux.binary) \(arguments)")
        return "s:\(name)"
    }

    /// Opens another window running a shell command (to see a program's exit status); returns its target.
    func shellWindow(_ name: String, _ command: String) throws -> String {
        try tmux("new-window", "-d", "-t", "s", "-n", name, "/bin/sh", "-c", command)
        return "s:\(name)"
    }

    /// Sends tmux key names (`Enter`, `F3`, `Space`) or, with `literal`, text as typed.
    func send(_ keys: String..., literal: Bool = false, to target: String = "s:0") throws {
        try tmux(["send-keys", "-t", target] + (literal ? ["-l"] : []) + keys)
    }

    /// The window's text.
    func screen(_ target: String = "s:0") -> String {
        (try? tmux("capture-pane", "-p", "-t", target)) ?? ""
    }

    /// Waits until the window shows `text`; returns the screen, or nil after `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, in target: String = "s:0", timeout: Double = 10) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let shown = screen(target)
            if shown.contains(text) { return shown }
            usleep(10_000)
        } while Date() < deadline
        return nil
    }

    /// Waits until the window shows every one of `texts` and two captures 50 ms apart agree, so a test never
    /// compares a screen caught halfway through a redraw; returns the screen, or nil after `timeout` seconds.
    func waitForSettled(_ texts: String..., in target: String = "s:0", timeout: Double = 10) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var last: String?
        repeat {
            let shown = screen(target)
            if texts.allSatisfy(shown.contains) {
                if shown == last { return shown }
                last = shown
            } else {
                last = nil
            }
            usleep(50_000)
        } while Date() < deadline
        return nil
    }

    /// The process id of the `workshop` running in a window; throws when there is none (the program
    /// ended, or the window is gone), so a test can never signal a wrong process.
    func pid(_ target: String = "s:0") throws -> Int32 {
        let text = try tmux("display", "-p", "-t", target, "#{pane_dead} #{pane_pid}")
        let fields = text.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard fields.count == 2, fields[0] == "0", let pid = Int32(fields[1]), pid > 1,
              let name = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8),
              name.hasPrefix("workshop")
        else { throw SpawnFailure(detail: "no workshop running in \(target) (\(text))") }
        return pid
    }

    /// Kills the program in a window with SIGKILL (a crash, a pulled plug).
    func killProgram(_ target: String = "s:0") throws {
        let pid = try pid(target)
        kill(pid, SIGKILL)
    }

    /// Waits until the program in the window has ended; true if it did within `timeout` seconds.
    func waitForExit(_ pid: Int32, timeout: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while SessionTmux.isAlive(pid), Date() < deadline { usleep(50_000) }
        return !SessionTmux.isAlive(pid)
    }

    /// Whether `pid` runs (an ended process that tmux has not reaped yet is a zombie: "Z" in /proc).
    static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first != "Z"
    }

    @discardableResult
    private func tmux(_ arguments: String...) throws -> String { try tmux(arguments) }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try SessionTmux.run(SessionTmux.tmuxPath, ["-L", server] + arguments).output
    }

    /// Runs a program to its end; its standard output and exit status (see `ChildProcess`).
    @discardableResult
    static func run(_ path: String, _ arguments: [String], environment: [String: String]? = nil) throws
        -> (output: String, status: Int32)
    {
        let result = try ChildProcess.run(path, arguments, environment: environment)
        return (result.output, result.status)
    }

    /// `workshop ARGUMENTS` run to its end outside tmux (e.g. `sessions`).
    static func workshop(_ arguments: [String]) throws -> (output: String, status: Int32) {
        try run(binary, arguments, environment: ProcessInfo.processInfo.environment.merging(["LANG": "C.UTF-8"]) { $1 })
    }
}
