import ArgumentParser

/// The `workshop` command: runs a facilitated council workshop from the terminal.
struct Workshop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workshop",
        abstract: "Run a facilitated workshop or debate: timed agenda, participation, answers, polls, minutes.",
        subcommands: [Run.self, Resume.self, Sessions.self, Display.self, Export.self, Validate.self, AgendaTable.self, BenchRender.self, BenchRoom.self],
        defaultSubcommand: Run.self
    )
}
