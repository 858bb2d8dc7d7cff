import WorkshopModel

/// Numbers, durations and percentages written the same on every machine: the decimal mark follows the
/// session's language (a comma in Dutch), never the machine's locale.
struct NumberText: Sendable {
    /// The decimal mark: "," or ".".
    let decimalMark: String

    /// The style of `language`: a decimal comma for Dutch, a point for English.
    init(language: Language) { decimalMark = language == .nl ? "," : "." }

    /// A style with an explicit decimal mark (the CSV files choose one for their spreadsheet).
    init(decimalMark: String) { self.decimalMark = decimalMark }

    /// `value` with exactly `places` decimals, rounded half away from zero ("3,5"; "-0" never appears).
    func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 1e15 else { return String(Int(value.rounded())) }
        let units = Int(scaled)
        let factor = Int(scale)
        let sign = value < 0 && units != 0 ? "-" : ""
        guard places > 0 else { return sign + String(units) }
        let fraction = String(units % factor)
        return sign + String(units / factor) + decimalMark
            + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// A mean or median: one decimal, or none when it is whole ("3", "3,5").
    func compact(_ value: Double) -> String {
        let text = decimal(value, places: 1)
        let zero = decimalMark + "0"
        return text.hasSuffix(zero) ? String(text.dropLast(zero.count)) : text
    }

    /// A share (0–1) or percentage (0–100) as whole percent: "33%".
    func percent(_ percentage: Double) -> String { decimal(percentage, places: 0) + "%" }

    /// Seconds as minutes and seconds, "m:ss" ("72:05", "0:40"), rounded to the second.
    func minutesSeconds(_ seconds: Double) -> String {
        let total = Int(max(0, seconds).rounded())
        let rest = total % 60
        return "\(total / 60):" + (rest < 10 ? "0" : "") + String(rest)
    }

    /// Seconds as whole minutes, rounded to the nearest ("27").
    func minutes(_ seconds: Double) -> Int { Int((seconds / 60).rounded()) }

    /// A signed number of minutes: "+3", "−2" (a real minus sign), "0".
    func signedMinutes(_ minutes: Int) -> String {
        minutes > 0 ? "+\(minutes)" : minutes < 0 ? "−\(-minutes)" : "0"
    }
}
