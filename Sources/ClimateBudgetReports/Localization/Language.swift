import ClimateBudget

/// A language the council summary is written in.
public enum Language: String, CaseIterable, Sendable {
    /// Norwegian bokmål, the council's language in Trondheim.
    case nb
    /// Norwegian nynorsk, the official written language of 88 municipalities and 2 counties.
    case nn
    /// English.
    case en

    /// Whether this is one of the two written forms of Norwegian, which write numbers the same way.
    public var isNorwegian: Bool { self != .en }

    /// The language's name in English, for help texts: "Norwegian nynorsk".
    public var englishName: String {
        switch self {
        case .nb: "Norwegian bokmål"
        case .nn: "Norwegian nynorsk"
        case .en: "English"
        }
    }

    /// Tonnes as this language writes them: "524 491" (a no-break space) in Norwegian (bokmål and nynorsk alike), "524,491" in English,
    /// with a real minus sign (−) for negative figures.
    public func tonnes(_ value: Double) -> String {
        tonnes(value, decimals: 0)
    }

    /// Tonnes with decimals where they matter, at most `decimals`: "367 143,7" in Norwegian (a decimal comma),
    /// "367,143.7" in English. For figures the council checks against each other, such as a milestone's level.
    public func tonnes(_ value: Double, decimals: Int) -> String {
        let plain =
            isNorwegian
            ? Tonnes.text(value, decimals: decimals, separator: "\u{00A0}", decimalMark: ",")
            : Tonnes.text(value, decimals: decimals, separator: ",")
        return plain.hasPrefix("-") ? "\u{2212}" + plain.dropFirst() : plain
    }

    /// Million kroner as this language writes them, exactly (``MNOK``): "15,5" and "−2,5" in Norwegian, "15.5" and
    /// "−2.5" in English, thousands grouped as in ``tonnes(_:)``.
    public func money(_ amount: MNOK) -> String {
        isNorwegian
            ? amount.text(decimalMark: ",", minus: "\u{2212}", separator: "\u{00A0}")
            : amount.text(decimalMark: ".", minus: "\u{2212}", separator: ",")
    }

    /// A whole percent as this language writes it: "−18 %" (a no-break space) in Norwegian, "−18%" in English.
    public func percent(_ value: Int) -> String {
        isNorwegian ? signed(value) + "\u{00A0}%" : signed(value) + "%"
    }

    /// A percent as the budget states it, keeping up to two decimals: "−30 %" or "−2,5 %" in Norwegian, "−30%" or
    /// "−2.5%" in English. For milestones and rates, which the council may write with decimals.
    public func exactPercent(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return percent(Int(value)) }
        return tonnes(value, decimals: 2) + (isNorwegian ? "\u{00A0}%" : "%")
    }

    /// Whole percentage points as this language writes them: "5 pp" with a no-break space in both languages,
    /// with a real minus sign (−) as in ``percent(_:)``.
    public func points(_ value: Int) -> String {
        signed(value) + "\u{00A0}pp"
    }

    /// A whole number with a real minus sign (−) when negative.
    private func signed(_ value: Int) -> String {
        value < 0 ? "\u{2212}\(-value)" : "\(value)"
    }
}
