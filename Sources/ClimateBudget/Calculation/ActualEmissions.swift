/// The actual emissions the follow-up compares with the budget, each year with where its figure comes from.
///
/// Actual emissions belong in `Data/actuals.csv` (``Budget/actuals``), beside a reference that stays as the budget
/// was adopted. A budget may instead update its reference with the new inventory and move `lastHistoricalYear` into
/// the period: a reference figure up to `lastHistoricalYear` in a period year is then inventory, and counts as the
/// actual for a year that `Data/actuals.csv` lacks (``ActualSource/reference``). Such a year's measure pathway is
/// computed from the inventory too, so it is no longer what the budget expected, and is not compared with the actual.
public struct ActualEmissions: Sendable, Equatable {
    /// Actual total emissions per year.
    public private(set) var total: YearlySeries
    /// Actual emissions per sector id per year, where the budget has sector figures.
    public private(set) var bySector: [String: YearlySeries]
    /// The years whose actual total is the reference's inventory figure rather than a figure of `Data/actuals.csv`.
    public private(set) var fromReference: Set<Int>

    /// The actual emissions of a budget: `Data/actuals.csv`, and for a period year up to `lastHistoricalYear` that
    /// it lacks, the reference's figure (total and sectors).
    public init(for budget: Budget) {
        var total = budget.actuals.total
        var bySector = budget.actuals.bySector
        var fromReference: Set<Int> = []
        let reference = budget.reference
        if let last = reference.lastHistoricalYear {
            for year in budget.settings.period.years where year <= last && total[year] == nil {
                guard let figure = reference.total[year] else { continue }
                total[year] = figure
                fromReference.insert(year)
                for (sector, series) in reference.bySector {
                    if let value = series[year] { bySector[sector, default: [:]][year] = value }
                }
            }
        }
        self.total = total
        self.bySector = bySector
        self.fromReference = fromReference
    }

    /// The years with an actual total, in order.
    public var years: [Int] { total.keys.sorted() }

    /// Where the actual figure of a year comes from; `nil` for a year without one.
    public func source(in year: Int) -> ActualSource? {
        guard total[year] != nil else { return nil }
        return fromReference.contains(year) ? .reference : .actuals
    }
}

/// Where an actual figure comes from.
public enum ActualSource: String, Sendable, Equatable, Hashable {
    /// `Data/actuals.csv`.
    case actuals
    /// The reference's inventory figure for a period year up to `lastHistoricalYear`.
    case reference
}
