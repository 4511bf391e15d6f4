/// The one representation of tonnes and the one rounding rule that every calculation and report follows.
///
/// **Representation.** Every emission figure is a `Double` of tonnes CO2-equivalent, read from the decimal text of
/// the budget's files and kept at the precision it was given in (the national statistics have decimals, such as
/// 952 299.48 t). Files are never rewritten with fewer decimals than they were typed with.
///
/// **Rounding.** The council reads whole tonnes, and checks a table with a pocket calculator. So every table of the
/// budget (Tabell 7-1 and its sector breakdown, the effect per measure and per sector) is kept in whole tonnes:
/// each *input* figure, that is one reference figure, one measure's effect in one year, one target, is rounded to
/// whole tonnes once, halves away from zero, where it enters the table (``whole(_:)``). Every sum and difference
/// is then computed from those whole tonnes: the effect of the measures is the sum of the measures' whole-tonne
/// effects, the measure pathway is reference minus effect, the gap is measure pathway minus target, and a sum over
/// years is the sum of the years. Every table therefore adds up exactly as printed, in every format.
///
/// Where a figure is written with its decimals (a measure's effect in JSON, a change shown by `diff`), it is written
/// to the kilogram at most (three decimals, ``decimal(_:)``), which removes binary noise such as
/// `952299.4800000001` or `254752.77142857137`.
public enum Tonnes {
    /// The figure in whole tonnes, halves away from zero: 400.5 → 401, −0.5 → −1.
    public static func whole(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        // Binary noise first (0.1 + 0.2 + 400.2 is 400.50000000000006), then to whole tonnes.
        return decimal(value).rounded(.toNearestOrAwayFromZero)
    }

    /// Every figure of a series in whole tonnes.
    public static func whole(_ series: YearlySeries) -> YearlySeries {
        series.mapValues(whole)
    }

    /// Tonnes as every message writes them, the way the council reads figures: thousands grouped with a space,
    /// decimals only where they matter. 380000 → "380 000", 367143.7 → "367 143.7", -1500 → "-1 500".
    ///
    /// This is the one place that groups digits: the validation rules' messages use it as it is, and the reports'
    /// ``NumberFormat`` passes its own separator and decimal mark for a format or a language. `decimals` is the
    /// most decimals shown (trailing zeros are dropped): three, to the kilogram, for a figure as typed; fewer for a
    /// computed one such as a milestone's level. Figures that are not finite or beyond 10^15 are written plainly.
    public static func text(_ value: Double, decimals: Int = 3, separator: String = " ", decimalMark: String = ".")
        -> String
    {
        guard value.isFinite, abs(value) < 1e15 else { return plainNumber(value) }
        let plain = plainNumber(abs(value), decimals: decimals)
        let parts = plain.split(separator: ".", maxSplits: 1)
        let digits = parts.first ?? "0"
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        let sign = value < 0 && plain != "0" ? "-" : ""
        return sign + groups.joined(separator: separator) + (parts.count > 1 ? decimalMark + parts[1] : "")
    }

    /// The figure to the kilogram (three decimals), the precision it is written with: binary noise removed.
    public static func decimal(_ value: Double) -> Double {
        guard value.isFinite, abs(value) < 1e12 else { return value }
        return (value * 1000).rounded() / 1000
    }
}
