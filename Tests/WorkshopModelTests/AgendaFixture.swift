import Foundation
import WorkshopModel

/// Where the agenda tests find their files: fixtures in `Tests/Fixtures/agendas`, agendas at the repository root.
///
/// The fixtures live outside the test target's folder so SwiftPM does not warn about unhandled files.
enum AgendaFixture {
    /// The repository root.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `Tests/Fixtures/agendas`.
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures/agendas")
    /// `agendas/`.
    static let agendas = repository.appendingPathComponent("agendas")

    /// Loads fixture `NAME`; diagnostics name the file by `NAME` alone so assertions stay short.
    static func load(_ name: String) -> AgendaLoadResult {
        let path = fixtures.appendingPathComponent(name).path
        var result = AgendaLoader.load(path: path)
        for index in result.diagnostics.indices { result.diagnostics[index].file = name }
        return result
    }

    /// Parses YAML text written in a test, as file `t.yaml`.
    static func parse(_ text: String) -> AgendaLoadResult {
        AgendaLoader.parse(text: text, file: "t.yaml")
    }

    /// The diagnostics as `LINE:COLUMN: severity: message` lines, without the file name.
    static func lines(_ result: AgendaLoadResult) -> [String] {
        result.diagnostics.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
    }

    /// A minimal valid agenda with `blocks` replaced by the given YAML (indented as under `blocks:`).
    static func agenda(blocks: String, top: String = "") -> String {
        """
        title: Test
        \(top)people:
          - name: Mo
            role: moderator
        blocks:
        \(blocks)
        """
    }
}
