import Foundation

/// One CSV file of the minutes: its name in the export folder and its bytes.
public struct CSVMinutesFile: Sendable, Equatable {
    /// The file name, e.g. "answers.csv".
    public var name: String
    /// The file's bytes.
    public var data: Data

    /// A named CSV file.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
