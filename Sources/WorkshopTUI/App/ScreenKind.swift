/// The screens of the console, in the order Tab visits them.
enum ScreenKind: Int, CaseIterable, Sendable, Equatable {
    case console, notes, poll, review, help

    /// The screen Tab moves to.
    var next: ScreenKind { ScreenKind(rawValue: (rawValue + 1) % ScreenKind.allCases.count) ?? .console }
    /// The screen Shift-Tab moves to.
    var previous: ScreenKind {
        let n = ScreenKind.allCases.count
        return ScreenKind(rawValue: (rawValue + n - 1) % n) ?? .console
    }
    /// The function key that opens this screen from anywhere, even while typing.
    var functionKey: Int { rawValue + 1 }
}
