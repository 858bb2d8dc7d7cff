import Glibc

/// Where the program starts: `workshop` alone, or `workshop run` without an agenda or options, opens the
/// console on the bundled agenda at once; anything else goes through the command line parser.
@main
enum Entry {
    static func main() {
        // Read from argv itself: making `CommandLine.arguments` (an array of strings) was a tenth of a
        // millisecond before the first frame.
        let count = CommandLine.argc
        if count <= 1 || (count == 2 && CommandLine.unsafeArgv[1].map { strcmp($0, "run") == 0 } == true) {
            Run.openBundled()
        }
        Workshop.main()
    }
}
