import ClimateBudget

/// How reports write tonnes and percentages: "524 491" and "-19 %", as the budget prints them.
package enum NumberFormat {
    /// Whole tonnes with a space between groups of three digits: 524491 → "524 491".
    ///
    /// Figures are rounded to whole tonnes for reading; the JSON output keeps full precision and CSV
    /// two decimals.
    package static func tonnes(_ value: Double, separator: String = " ") -> String {
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

    /// A figure as it was typed, grouped like ``tonnes(_:separator:)`` but keeping its decimals to the kilogram:
    /// 15750.5 → "15 750.5", 15500 → "15 500". For showing an input the user edits (a measure's effect in `diff`
    /// and `import`), where rounding would hide the change.
    package static func exactTonnes(_ value: Double, separator: String = " ") -> String {
        let decimal = Tonnes.decimal(value)
        guard decimal.isFinite, abs(decimal) < 1e12, decimal != decimal.rounded() else { return tonnes(decimal, separator: separator) }
        let whole = decimal < 0 ? (-decimal).rounded(.down) : decimal.rounded(.down)
        let fraction = plainNumber(abs(decimal) - whole, decimals: 3).drop { $0 != "." }
        return (decimal < 0 ? "-" : "") + tonnes(whole, separator: separator) + fraction
    }

    /// A whole percent with a space before the sign, as Tabell 7-1 prints it: -19 → "-19 %".
    package static func percent(_ value: Int) -> String {
        "\(value) %"
    }
}
