import Foundation
import Synchronization

/// The real `workshop` binary running in one pane of a private tmux server, for end-to-end tests.
///
/// The pane runs a small `sh` wrapper that records the terminal modes (`stty -g`) before and after the
/// program and its exit status, then stays open, so a test can check what the program left behind.
final class TmuxPane {
    /// The private server's socket name: `workshop-e2e-<pid>-<n>`.
    let server: String
    /// Scratch folder for the wrapper's files and the session home.
    let folder: URL

    /// Whether tmux can be run here (CI installs it).
    static let isInstalled: Bool = (try? TmuxPane.execute(["tmux", "-V"]).status) == 0

    /// Panes started by this process, for unique server names.
    private static let started = Atomic<Int>(0)

    /// The `workshop` binary built next to the test bundle (or `WORKSHOP_BINARY`).
    static func binary() throws -> String {
        if let path = ProcessInfo.processInfo.environment["WORKSHOP_BINARY"] { return path }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = bundle.deletingLastPathComponent()
        // On Linux the test runner is `<build>/workshopPackageTests.xctest`; on macOS the bundle has a
        // Contents/MacOS inside.
        if folder.path.hasSuffix("Contents/MacOS") {
            folder = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        }
        for name in ["workshop", "WorkshopTUI"] {
            let candidate = folder.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Failure("no `workshop` binary next to the tests in \(folder.path); run `swift build` first or set WORKSHOP_BINARY")
    }

    /// Starts `workshop` with `arguments` in a `width`×`height` pane, in a UTF-8 locale, with its own
    /// session home.
    init(arguments: [String] = [], width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        let number = TmuxPane.started.add(1, ordering: .relaxed).newValue
        server = "workshop-e2e-\(getpid())-\(number)"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(server)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("home/sessions"), withIntermediateDirectories: true)
        var variables = ["LANG": "C.UTF-8", "HOME": folder.appendingPathComponent("home").path,
                         "WORKSHOP_HOME": folder.appendingPathComponent("home/sessions").path,
                         "TMPDIR": folder.path]
        variables.merge(environment) { $1 }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxPane.quote($0.value))" }
        let program = (try [TmuxPane.binary()] + arguments).map(TmuxPane.quote).joined(separator: " ")
        let dir = TmuxPane.quote(folder.path)
        let wrapper = "stty -g > \(dir)/before; env -u LC_ALL \(assignments.joined(separator: " ")) \(program); "
            + "echo $? > \(dir)/status.tmp; stty -g > \(dir)/after; mv \(dir)/status.tmp \(dir)/status; exec sleep 600"
        try tmux(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", "sh", "-c", wrapper])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs a tmux command on this pane's server; returns its output.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = try TmuxPane.execute(["tmux", "-L", server, "-f", "/dev/null"] + arguments)
        guard result.status == 0 else { throw Failure("tmux \(arguments.joined(separator: " ")) failed: \(result.output)") }
        return result.output
    }

    /// The screen as plain text.
    func screen() -> String {
        (try? tmux(["capture-pane", "-p", "-t", "main"])) ?? ""
    }

    /// Waits until the screen satisfies `condition`; returns the last screen seen.
    @discardableResult
    func wait(_ what: String, timeout: Double = 20, until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = screen()
        while !condition(last) {
            guard Date() < deadline else {
                throw Failure("waited \(Int(timeout)) s for \(what); the screen was:\n\(last)")
            }
            usleep(50_000)
            last = screen()
        }
        return last
    }

    /// Waits until `text` is on screen.
    @discardableResult
    func wait(for text: String, timeout: Double = 20) throws -> String {
        try wait("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Presses keys by tmux name: "Enter", "Tab", "F2", "Left", "Space", "q".
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "main", key]) }
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// Sends raw bytes.
    func send(bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", "main", "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format for the pane, such as `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "main", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process id of `workshop`, the wrapper shell's child.
    func programID() throws -> Int32 {
        let shell = try display("#{pane_pid}")
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        guard let first = children.split(separator: " ").first, let pid = Int32(first) else {
            throw Failure("workshop is not running under the pane's shell \(shell)")
        }
        return pid
    }

    /// The exit status once the program has ended (waits for it).
    func exitStatus(timeout: Double = 20) throws -> Int {
        let path = folder.appendingPathComponent("status").path
        let deadline = Date().addingTimeInterval(timeout)
        while !FileManager.default.fileExists(atPath: path) {
            guard Date() < deadline else { throw Failure("workshop did not end within \(Int(timeout)) s; the screen was:\n\(screen())") }
            usleep(50_000)
        }
        let text = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let status = Int(text) else { throw Failure("unreadable exit status “\(text)”") }
        return status
    }

    /// Whether the terminal modes after the program are those from before it.
    func terminalModesRestored() throws -> Bool {
        let before = try String(contentsOf: folder.appendingPathComponent("before"), encoding: .utf8)
        let after = try String(contentsOf: folder.appendingPathComponent("after"), encoding: .utf8)
        return !before.isEmpty && before == after
    }

    /// Shell quoting with single quotes.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs a command to completion, returning its status and combined output (see `ChildProcess`).
    static func execute(_ arguments: [String]) throws -> (status: Int32, output: String) {
        do {
            return try ChildProcess.run(arguments[0], Array(arguments.dropFirst()), mergeErrors: true)
        } catch {
            throw Failure("cannot run \(arguments[0]): \(error)")
        }
    }

    /// A failed step, with what was on screen.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
