import Foundation
import Testing

/// Golden files: expected exports kept in `Golden/`, compared byte for byte. Run the tests with
/// `UPDATE_GOLDEN=1` to write them afresh, then review the change in `git diff`.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    /// Checks `actual` against the golden file `name`; on a mismatch, records the first differing lines.
    static func check(_ actual: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if updating {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            #expect(throws: Never.self, sourceLocation: sourceLocation) { try actual.write(to: url) }
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("no golden file \(name); run the tests with UPDATE_GOLDEN=1 to write it", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let lines = diff(String(decoding: expected, as: UTF8.self), String(decoding: actual, as: UTF8.self))
        Issue.record(Comment(rawValue: "\(name) differs from its golden file (UPDATE_GOLDEN=1 rewrites it):\n\(lines)"),
                     sourceLocation: sourceLocation)
    }

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(Data(actual.utf8), name, sourceLocation: sourceLocation)
    }

    /// The lines that differ, with their numbers: up to 12, expected (-) before actual (+).
    static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for index in 0..<max(old.count, new.count) where report.count < 24 {
            let a = index < old.count ? String(old[index]) : nil
            let b = index < new.count ? String(new[index]) : nil
            guard a != b else { continue }
            if let a { report.append("\(index + 1) - \(a)") }
            if let b { report.append("\(index + 1) + \(b)") }
        }
        if old.count != new.count { report.append("(\(old.count) lines expected, \(new.count) written)") }
        return report.joined(separator: "\n")
    }
}
