import ArgumentParser
import WorkshopStore

/// `--home DIR`, shared by every command that works with session files.
struct HomeOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The folder sessions are kept in (default: $WORKSHOP_HOME, else $XDG_DATA_HOME/workshop, else ~/.local/share/workshop).",
        valueName: "dir"))
    var home: String?

    /// The session folder this option and the environment choose.
    func resolve() -> SessionHome {
        SessionHome.resolve(flag: home)
    }
}
