/// Where the program starts: `workshop` alone, or `workshop run` without an agenda or options, opens the
/// console on the bundled agenda at once; anything else goes through the command line parser.
@main
enum Entry {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.isEmpty || arguments.elementsEqual(["run"]) { Run.openBundled() }
        Workshop.main()
    }
}
