import Foundation

/// Runs a program to its end and returns its exit status and standard output; its standard error goes to
/// the test's, or nowhere with `dropErrors`.
///
/// The output goes through a file, not a pipe: a program another test starts meanwhile (a tmux server)
/// may inherit a pipe's write end and keep it open, and reading to its end would then wait for minutes.
func runProgram(
    _ path: String, _ arguments: [String], environment: [String: String]? = nil, dropErrors: Bool = false
) throws -> (status: Int32, output: Data) {
    let outputPath = NSTemporaryDirectory() + "workshop-web-test-\(UUID().uuidString).out"
    guard FileManager.default.createFile(atPath: outputPath, contents: nil),
          let output = FileHandle(forWritingAtPath: outputPath)
    else { throw CocoaError(.fileWriteUnknown) }
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let environment { process.environment = environment }
    process.standardOutput = output
    if dropErrors { process.standardError = FileHandle.nullDevice }
    try process.run()
    process.waitUntilExit()
    try output.close()
    return (process.terminationStatus, FileManager.default.contents(atPath: outputPath) ?? Data())
}
