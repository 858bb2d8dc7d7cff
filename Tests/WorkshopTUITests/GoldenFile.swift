import Foundation
import Testing

/// Compares text with a golden file under `Golden/`, or rewrites the file when `UPDATE_GOLDEN=1`.
///
/// On a mismatch the test fails with a line diff: `-` lines are the golden file's, `+` lines what the
/// screen shows now.
enum GoldenFile {
    /// The folder the golden files live in, next to this source file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Checks `actual` against `Golden/<name>.txt`.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let text = actual + "\n"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            do {
                try text.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(url.path); run the tests with UPDATE_GOLDEN=1 to create it",
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != text else { return }
        Issue.record("screen differs from \(name).txt (UPDATE_GOLDEN=1 rewrites it):\n\(diff(expected, text))",
                     sourceLocation: sourceLocation)
    }

    /// A plain line diff: rows that differ, with their line numbers.
    static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(old.count, new.count) {
            let a = i < old.count ? String(old[i]) : nil
            let b = i < new.count ? String(new[i]) : nil
            guard a != b else { continue }
            if let a { out.append(String(format: "%3d - |%@|", i + 1, a)) }
            if let b { out.append(String(format: "%3d + |%@|", i + 1, b)) }
        }
        return out.joined(separator: "\n")
    }
}
