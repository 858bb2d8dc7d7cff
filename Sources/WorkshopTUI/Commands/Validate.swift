import ArgumentParser
import Foundation
import WorkshopModel

/// `workshop validate FILE...`: checks agenda files and reports every problem where an editor can jump to it.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check agenda files and report every problem as FILE:LINE:COLUMN: severity: message.",
        discussion: """
            Each valid file gets one summary line on standard output, e.g.
              agendas/x.yaml: ok — 7 blocks, 20:00–22:30, 4 polls, 2 people
            Every problem goes to standard error on its own line, in the form compilers use, so editors \
            and CI can jump to it:
              agendas/x.yaml:124:10: error: `end` 21:20 of block `debat-3` is before …
            Warnings (a gap between blocks, a lead who is not among `people`, a key that has no effect) are \
            printed but do not fail the check, unless --strict is given.
            The format and every rule are described in docs/agenda-format.md.

            Exit status: 0 when every file is a valid agenda, 1 when any file has an error (or, with \
            --strict, a warning).
            """
    )

    @Argument(help: ArgumentHelp("The agenda files (YAML) to check.", valueName: "file"))
    var files: [String]

    @Flag(name: .long, help: "Fail on warnings too, e.g. in a CI check of an agenda repository.")
    var strict = false

    func run() throws {
        var failed = false
        for file in files {
            let result = AgendaLoader.load(path: file)
            for diagnostic in result.diagnostics {
                Validate.write(diagnostic.formatted, to: .standardError)
            }
            if let agenda = result.agenda, !(strict && !result.warnings.isEmpty) {
                Validate.write(Validate.summary(of: agenda, file: file, warnings: result.warnings.count), to: .standardOutput)
            } else {
                if result.agenda != nil {
                    Validate.write("\(file): refused with --strict because of its warnings", to: .standardError)
                }
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// "FILE: ok — 7 blocks, 20:00–22:30, 4 polls, 2 people" (plus the number of warnings, if any).
    static func summary(of agenda: Agenda, file: String, warnings: Int) -> String {
        var parts = [count(agenda.blocks.count, "block")]
        if let start = agenda.plannedStart, let end = agenda.plannedEnd { parts.append("\(start)–\(end)") }
        parts.append(count(agenda.blocks.reduce(0) { $0 + $1.polls.count }, "poll"))
        parts.append(count(agenda.people.count, "person", plural: "people"))
        if warnings > 0 { parts.append(count(warnings, "warning")) }
        return "\(file): ok — " + parts.joined(separator: ", ")
    }

    /// "1 block", "4 blocks".
    private static func count(_ n: Int, _ singular: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// Writes a line unbuffered, so summaries and diagnostics keep their order when both go to one file.
    static func write(_ line: String, to handle: FileHandle) {
        handle.write(Data((line + "\n").utf8))
    }
}
