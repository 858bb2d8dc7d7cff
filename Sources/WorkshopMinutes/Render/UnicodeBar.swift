/// A horizontal bar of block characters, in eighths of a cell: "████▌".
enum UnicodeBar {
    private static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar `fraction` (0–1) of `width` cells long; any value above zero shows at least a sliver.
    static func bar(_ fraction: Double, width: Int = 20) -> String {
        guard fraction.isFinite, fraction > 0 else { return "" }
        var units = Int((min(1, fraction) * Double(width * 8)).rounded())
        units = max(1, units)
        return String(repeating: "█", count: units / 8) + eighths[units % 8]
    }
}
