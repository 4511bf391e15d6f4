import ClimateBudget

/// How reports write tonnes and percentages: "524 491" and "-19 %", as the budget prints them.
public enum NumberFormat {
    /// Whole tonnes with a space between groups of three digits: 524491 → "524 491".
    ///
    /// Figures are rounded to whole tonnes for reading; the JSON output keeps full precision and CSV
    /// two decimals.
    public static func tonnes(_ value: Double, separator: String = " ") -> String {
        guard value.isFinite, abs(value) < 1e15 else { return plainNumber(value) }
        let rounded = Int(value.rounded(.toNearestOrAwayFromZero))
        let digits = String(abs(rounded))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (rounded < 0 ? "-" : "") + groups.joined(separator: separator)
    }

    /// A whole percent with a space before the sign, as Tabell 7-1 prints it: -19 → "-19 %".
    public static func percent(_ value: Int) -> String {
        "\(value) %"
    }
}
