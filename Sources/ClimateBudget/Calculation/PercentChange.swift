/// Change against the base year, as the budget prints it: a whole percent.
public enum PercentChange {
    /// `value / base - 1` in percent, unrounded; `nil` when the base is zero.
    public static func exact(_ value: Double, base: Double) -> Double? {
        guard base != 0 else { return nil }
        return (value / base - 1) * 100
    }

    /// The change rounded to a whole percent, halves away from zero (Tabell 7-1 prints -19 %, -23 %, ...);
    /// `nil` when the base is zero, or when the change is beyond 10^15 % (a rule compounding a mistyped rate
    /// such as 1e15 % a year), which no whole number holds.
    public static func whole(_ value: Double, base: Double) -> Int? {
        // Round away binary noise first (1005 / 1000 - 1 is 0.00499999...), then to a whole percent.
        guard let change = exact(value, base: base), abs(change) < 1e15 else { return nil }
        return Int(((change * 1e9).rounded() / 1e9).rounded(.toNearestOrAwayFromZero))
    }

    /// A part's share of a whole as a whole percent, halves away from zero (a sector's 30 % of the total);
    /// `nil` when the whole is zero.
    public static func share(_ part: Double, of whole: Double) -> Int? {
        guard whole != 0 else { return nil }
        let share = part / whole * 100
        guard abs(share) < 1e15 else { return nil }
        return Int(((share * 1e9).rounded() / 1e9).rounded(.toNearestOrAwayFromZero))
    }
}
