/// Actual emissions from the inventory (utslippsregnskap) for years inside and after the budget period, recorded
/// when the inventory arrives, one to two years after the budget was made, to follow the budget up.
///
/// They are kept apart from the reference pathway: the reference is what the budget was made on, and the
/// measure pathway computed from it is what the budget expected; the actual figure is what happened.
public struct Actuals: Sendable, Equatable {
    /// Actual total emissions per year, as given or summed from the sectors.
    public var total: YearlySeries
    /// Actual emissions per sector id per year, where the budget gives sector figures.
    public var bySector: [String: YearlySeries]

    /// Creates actuals. When `total` is empty the sum of `bySector` is used.
    public init(total: YearlySeries = [:], bySector: [String: YearlySeries] = [:]) {
        self.total = total.isEmpty ? .sum(bySector.values) : total
        self.bySector = bySector
    }

    /// The years that have an actual total, in order.
    public var years: [Int] { total.keys.sorted() }
}
