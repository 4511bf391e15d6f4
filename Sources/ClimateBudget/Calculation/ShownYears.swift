/// Which years a budget's reports show, decided in one place so that `gap` (every format), the council
/// summary and its chart always agree.
///
/// - ``computed``: every year the emission budget table has a row for: each year of the reference pathway
///   from the base year on, and each period year. The chart draws all of them.
/// - ``table``: the columns of the emission budget table wherever it is printed, as Tabell 7-1 shows them:
///   the base year, the last year of history, any projection years between it and the period (after `roll`,
///   the old period's first years), and the period's years. Earlier history years are left out, so a long
///   yearly history still fits on A4; years after the period are left out too (they have no effect and no
///   gap). Without `lastHistoricalYear` history cannot be told from projection, so every year before the
///   period is shown. Every year with actual emissions from the base year on is shown too, before, inside or
///   after the period (after `roll`, the old period's actuals stay).
/// - ``landmarks``: the years an axis labels even when it thins its labels: the base year, the last history
///   year, the period's first and last year and every milestone year, where the chart has them.
public struct ShownYears: Sendable, Equatable {
    /// Every year the emission budget table computes, in order.
    public private(set) var computed: [Int]
    /// The columns of the emission budget table, in order.
    public private(set) var table: [Int]
    /// The years that are always labelled on a chart's year axis, in order.
    public private(set) var landmarks: [Int]

    /// Decides the years from the budget's settings, its reference years, its milestone years and the years with
    /// actual emissions.
    public init(
        baseYear: Int, period: Period, referenceYears: [Int], lastHistoricalYear: Int?, milestoneYears: [Int],
        actualYears: [Int] = []
    ) {
        let computed = Self.computedYears(
            baseYear: baseYear, period: period, referenceYears: referenceYears, actualYears: actualYears)
        let before = computed.filter { $0 > baseYear && $0 < period.start }
        let lastHistory = lastHistoricalYear.flatMap { last in before.last { $0 <= last } }
        let shownBefore =
            lastHistoricalYear.map { last in
                before.filter { $0 == lastHistory || $0 > last }
            } ?? before
        self.computed = computed
        let actual = actualYears.filter { $0 >= baseYear }
        self.table = Set([baseYear] + shownBefore + period.years + actual).sorted()
        let marks = Set([baseYear, period.start, period.end] + (lastHistory.map { [$0] } ?? []) + milestoneYears)
        self.landmarks = computed.filter { marks.contains($0) }
    }

    /// The years a budget shows.
    public init(for budget: Budget) {
        self.init(
            baseYear: budget.settings.baseYear,
            period: budget.settings.period,
            referenceYears: budget.referencePathway.years,
            lastHistoricalYear: budget.reference.lastHistoricalYear,
            milestoneYears: budget.targets.milestones.map(\.year),
            actualYears: ActualEmissions(for: budget).years)
    }

    /// Every year the emission budget table has a row for: the reference years and the years with actual
    /// emissions from the base year on, and the period years, in order.
    public static func computedYears(
        baseYear: Int, period: Period, referenceYears: some Sequence<Int>, actualYears: [Int] = []
    ) -> [Int] {
        Set((referenceYears.filter { $0 >= baseYear }) + actualYears.filter { $0 >= baseYear } + period.years)
            .sorted()
    }
}

extension EmissionBudgetTable {
    /// The table with only the rows of the given years, as reports print it; the period sums are unchanged.
    public func showing(_ years: [Int]) -> EmissionBudgetTable {
        let shown = Set(years)
        var table = self
        table.rows = rows.filter { shown.contains($0.year) }
        return table
    }
}
