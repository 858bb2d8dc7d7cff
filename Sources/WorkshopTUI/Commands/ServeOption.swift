import ArgumentParser

/// `--serve [--port N] [--bind ADDRESS ...]`: the room's web server, shared by `run` and `resume`.
struct ServeOption: ParsableArguments {
    @Flag(name: .long, help: "Let participants answer from their phones: serve the room's page on the local network.")
    var serve = false

    @Option(name: .long, help: "With --serve: the port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(name: .long, help: ArgumentHelp(
        "With --serve: an address to listen on, repeatable (default: every LAN address; 127.0.0.1 to try it alone).",
        valueName: "address"))
    var bind: [String] = []

    /// The server these options ask for; nil without `--serve`.
    var settings: RoomSettings? {
        serve ? RoomSettings(port: port, bind: bind) : nil
    }

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port \(port) is not a port: use a number from 1 to 65535 (e.g. 8080). / --port \(port) is geen poort: gebruik een getal van 1 tot 65535 (bv. 8080).")
        }
        if !serve, port != 8080 || !bind.isEmpty {
            throw ValidationError("--port and --bind only apply with --serve: add --serve. / --port en --bind gelden alleen met --serve: voeg --serve toe.")
        }
    }
}
