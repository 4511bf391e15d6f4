/// Change against the base year, as the budget prints it: a whole percent.
public enum PercentChange {
    /// `value / base - 1` in percent, unrounded; `nil` when the base is zero.
    public static func exact(_ value: Double, base: Double) -> Double? {
        guard base != 0 else { return nil }
        return (value / base - 1) * 100
    }

    /// The change rounded to a whole percent, halves away from zero (Tabell 7-1 prints -19 %, -23 %, ...).
    public static func whole(_ value: Double, base: Double) -> Int? {
        // Round away binary noise first (1005 / 1000 - 1 is 0.00499999...), then to a whole percent.
        exact(value, base: base).map { Int((($0 * 1e9).rounded() / 1e9).rounded(.toNearestOrAwayFromZero)) }
    }
}
