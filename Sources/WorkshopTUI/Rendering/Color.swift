/// One of the terminal's basic colours. Amber is `yellow`.
///
/// A monochrome terminal (or `NO_COLOR`) drops colours entirely, so a colour may underline a meaning but
/// never carry it alone.
enum Color: Equatable, Hashable, Sendable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white, gray
}
