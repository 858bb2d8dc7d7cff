import Foundation

/// Runs a program to its end for the end-to-end tests: its exit status and its output.
///
/// posix_spawn and waitpid rather than Foundation's `Process`: the first tmux command starts a server that
/// lives on, and it must not take along what the test process holds. So the child starts with no signal
/// blocked and every signal at its default (the test process blocks some for the console's loop, and a
/// tmux server that inherits a blocked SIGHUP cannot end its panes on `kill-server`), and with no
/// descriptor but 0, 1 and 2 (a server holding another test's pipe open keeps that test waiting for an
/// end of file that never comes). Output goes through a file, not a pipe, for the same reason.
enum ChildProcess {
    /// Runs `path` (searched in PATH when it has no slash) with `arguments`; `mergeErrors` keeps standard
    /// error in the output, else it is dropped.
    static func run(
        _ path: String, _ arguments: [String], environment: [String: String]? = nil, mergeErrors: Bool = false
    ) throws -> (status: Int32, output: String) {
        let outputPath = NSTemporaryDirectory() + "workshop-e2e-\(getpid())-\(UUID().uuidString).out"
        defer { unlink(outputPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if mergeErrors {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        if let closeFrom = addCloseFrom { _ = closeFrom(&actions, 3) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw SpawnFailure(detail: "\(path): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let output = String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
        let exited = (status & 0x7F) == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output)
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift does not import.
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let addCloseFrom: AddCloseFrom? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: AddCloseFrom.self)
    }()
}

/// A program the tests run could not be started.
struct SpawnFailure: Error, CustomStringConvertible {
    let detail: String
    var description: String { detail }
}
