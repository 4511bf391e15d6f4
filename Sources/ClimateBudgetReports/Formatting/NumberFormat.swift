import ClimateBudget

/// How reports write tonnes and percentages: "524 491" and "-19 %", as the budget prints them.
package enum NumberFormat {
    /// Whole tonnes with a space between groups of three digits: 524491 → "524 491".
    ///
    /// Figures are rounded to whole tonnes for reading; the JSON output keeps full precision and CSV
    /// two decimals. The grouping is the messages' own (``Tonnes/text(_:decimals:separator:decimalMark:)``).
    package static func tonnes(_ value: Double, separator: String = " ") -> String {
        Tonnes.text(value, decimals: 0, separator: separator)
    }

    /// A figure as it was typed, grouped like ``tonnes(_:separator:)`` but keeping its decimals to the kilogram:
    /// 15750.5 → "15 750.5", 15500 → "15 500". For showing an input the user edits (a measure's effect in `diff`
    /// and `import`), where rounding would hide the change.
    package static func exactTonnes(_ value: Double, separator: String = " ") -> String {
        Tonnes.text(Tonnes.decimal(value), decimals: 3, separator: separator)
    }

    /// A whole percent with a space before the sign, as Tabell 7-1 prints it: -19 → "-19 %".
    package static func percent(_ value: Int) -> String {
        "\(value) %"
    }

    /// Whole percentage points, the gap as councils put it, in the style of ``percent(_:)``: 5 → "5 pp".
    package static func points(_ value: Int) -> String {
        "\(value) pp"
    }
}
