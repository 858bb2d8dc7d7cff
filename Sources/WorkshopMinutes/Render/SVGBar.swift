/// A bar drawn as inline SVG, so the HTML needs no images, fonts or scripts; prints crisply.
enum SVGBar {
    /// A `width`×`height` pixel bar filled to `fraction` (0–1), with an optional mark (0–1), e.g. a target.
    static func bar(_ fraction: Double, width: Int = 110, height: Int = 9, mark: Double? = nil) -> String {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let numbers = NumberText(decimalMark: ".")
        let fill = numbers.decimal(clamped * Double(width), places: 1)
        var svg = "<svg class=\"bar\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" aria-hidden=\"true\">"
            + "<rect width=\"\(width)\" height=\"\(height)\" class=\"track\"/>"
            + "<rect width=\"\(fill)\" height=\"\(height)\" class=\"fill\"/>"
        if let mark, mark.isFinite {
            let x = numbers.decimal(min(1, max(0, mark)) * Double(width), places: 1)
            svg += "<rect x=\"\(x)\" y=\"0\" width=\"1.5\" height=\"\(height)\" class=\"mark\"/>"
        }
        return svg + "</svg>"
    }
}
