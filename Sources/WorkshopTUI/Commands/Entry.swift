/// Where the program starts: `workshop` alone opens the console on the bundled agenda at once; anything
/// else goes through the command line parser.
@main
enum Entry {
    static func main() {
        if CommandLine.arguments.count <= 1 { Run.openBundled() }
        Workshop.main()
    }
}
