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

    /// The figure to the kilogram (three decimals), the precision it is written with: binary noise removed.
    public static func decimal(_ value: Double) -> Double {
        guard value.isFinite, abs(value) < 1e12 else { return value }
        return (value * 1000).rounded() / 1000
    }
}
