import Foundation

/// Standard error sent to a file while the screen is up, so a stray message cannot scribble over it.
///
/// The file is `$TMPDIR/workshop-<pid>.log` (or /tmp); it is removed on close when nothing was written.
final class ErrorLog {
    /// Where messages go while the screen is up.
    let path: String
    /// The original standard error, kept open to print on after a crash.
    let originalDescriptor: Int32
    private var isOpen = true

    /// Redirects standard error to a new log file; nil (stderr untouched) when no file can be made.
    init?() {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let path = (directory as NSString).appendingPathComponent("workshop-\(getpid()).log")
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard file >= 0 else { return nil }
        let saved = dup(2)
        guard saved >= 0, dup2(file, 2) >= 0 else {
            Glibc.close(file)
            if saved >= 0 { Glibc.close(saved) }
            unlink(path)
            return nil
        }
        Glibc.close(file)
        _ = fcntl(saved, F_SETFD, FD_CLOEXEC)
        self.path = path
        originalDescriptor = saved
    }

    deinit {
        _ = close()
    }

    /// Puts standard error back; returns the log's path if something was written to it.
    @discardableResult
    func close() -> String? {
        guard isOpen else { return nil }
        isOpen = false
        dup2(originalDescriptor, 2)
        Glibc.close(originalDescriptor)
        var info = stat()
        if stat(path, &info) == 0, info.st_size > 0 { return path }
        unlink(path)
        return nil
    }
}
