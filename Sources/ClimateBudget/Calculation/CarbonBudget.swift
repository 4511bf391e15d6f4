/// The carbon budget (the cumulative view): the sum of the yearly targets over a span the budget names, how much
/// of it the actual emissions have used, what is left, the year it runs out at the last actual level, and the
/// constant yearly cut that would keep the rest of the span within what is left.
///
/// Every figure follows the rounding rule of ``Tonnes``: each target and each actual figure is taken in whole
/// tonnes, and the sums and differences are computed from those, as the emission budget table does.
public struct CarbonBudget: Sendable, Equatable {
    /// A year's level in tonnes.
    public struct Level: Sendable, Equatable {
        /// The year.
        public var year: Int
        /// The level in whole tonnes.
        public var tonnes: Double

        /// Creates a level.
        public init(year: Int, tonnes: Double) {
            self.year = year
            self.tonnes = tonnes
        }
    }

    /// When the carbon budget runs out if emissions stay at the last actual level.
    public enum RunOut: Sendable, Equatable {
        /// The first year whose cumulative use (the actual figures up to the last actual year, then the last actual
        /// level every year) exceeds the carbon budget; it may be a year with an actual figure, when the actual
        /// emissions have used it up already.
        case year(Int)
        /// Cumulative use stays within the carbon budget through the span's last year, with these tonnes left.
        case notWithinSpan(leftAtEnd: Double)
    }

    /// The constant yearly cut the remaining years need.
    public enum CatchUpNeed: Sendable, Equatable {
        /// Emissions must fall by this percent every year (more than 0, less than 100).
        case cut(percentPerYear: Double)
        /// Staying at the last actual level uses these tonnes over the remaining years, within what is left.
        case noCutNeeded(usedAtLevel: Double)
        /// Nothing is left (the actual emissions have used the carbon budget up): no cut can keep within it.
        case usedUp
    }

    /// Catching up: the cut the remaining years need, beside the cut the target pathway implies over them.
    public struct CatchUp: Sendable, Equatable {
        /// The span's years after the last actual year.
        public var years: [Int]
        /// What the remaining years need.
        public var need: CatchUpNeed
        /// The target in the last actual year, in whole tonnes, where there is one.
        public var pathwayFrom: Double?
        /// The target in the span's last year, in whole tonnes, where there is one.
        public var pathwayTo: Double?
        /// The constant yearly cut in percent from `pathwayFrom` to `pathwayTo` (geometric), where both are known.
        public var pathwayCut: Double?
    }

    /// The span's first year.
    public private(set) var from: Int
    /// The span's last year (the target year).
    public private(set) var to: Int
    /// The target of each span year that has one, in whole tonnes.
    public private(set) var targets: YearlySeries
    /// The span years without a target; while there are any there is no carbon budget.
    public private(set) var missingYears: [Int]
    /// The sum of the yearly targets over the span; `nil` when a year lacks a target or the span ends before it
    /// starts.
    public private(set) var budget: Double?
    /// The actual emissions of the span years that have one, in whole tonnes.
    public private(set) var actuals: YearlySeries
    /// The last year with an actual figure up to the span's end (it may lie before the span), and its level.
    public private(set) var lastActual: Level?
    /// The sum of the targets of the years in ``actuals``: what the targets allowed so far; `nil` where one of
    /// those years lacks a target.
    public private(set) var allowedSoFar: Double?
    /// When the carbon budget runs out at the last actual level; `nil` without a carbon budget or an actual figure.
    public private(set) var runOut: RunOut?
    /// The catch-up rate; `nil` without a carbon budget, without an actual figure, or when the span has no year
    /// after the last actual one.
    public private(set) var catchUp: CatchUp?

    /// The span's years, in order; empty when it ends before it starts.
    public var years: [Int] { from <= to ? Array(from...to) : [] }
    /// The span years with an actual figure, in order.
    public var actualYears: [Int] { actuals.keys.sorted() }
    /// Used so far: the sum of the actual emissions of the span years that have one.
    public var used: Double { actualYears.reduce(0) { $0 + (actuals[$1] ?? 0) } }
    /// Used so far minus what the targets allowed for the same years: positive is over budget, negative under.
    public var balance: Double? { allowedSoFar.map { used - $0 } }
    /// What is left: the carbon budget minus what is used so far (negative when it is overspent).
    public var left: Double? { budget.map { $0 - used } }

    /// The carbon budget a budget asks for (`"carbonBudget"` in `Data/targets.json`), with its actual emissions
    /// (``ActualEmissions``: `Data/actuals.csv`, and the reference's inventory in a period year up to
    /// `lastHistoricalYear` that it lacks, as the table shows them); `nil` when it asks for none.
    public static func compute(for budget: Budget) -> CarbonBudget? {
        guard let span = budget.targets.carbonBudget else { return nil }
        let (from, to) = span.bounds(period: budget.settings.period)
        let actuals = ActualEmissions(for: budget).total
        let last = actuals.keys.filter { $0 <= to }.max()
        let years = Set((from <= to ? Array(from...to) : []) + (last.map { [$0] } ?? [])).sorted()
        let targets = TargetPathway.targets(for: budget, years: years).mapValues { Tonnes.whole($0.value) }
        return compute(from: from, to: to, targets: targets, actuals: actuals)
    }

    /// The carbon budget over `from` through `to` from the targets (any years; the span's and the last actual
    /// year's are read) and the actual emissions (any years; those up to `to` are read).
    public static func compute(from: Int, to: Int, targets: YearlySeries, actuals: YearlySeries) -> CarbonBudget {
        let span = from <= to ? Array(from...to) : []
        let whole = Tonnes.whole(actuals)
        let spanTargets = targets.filter { span.contains($0.key) }.mapValues(Tonnes.whole)
        let missing = span.filter { spanTargets[$0] == nil }
        let budget = span.isEmpty || !missing.isEmpty ? nil : span.reduce(0) { $0 + (spanTargets[$1] ?? 0) }
        let spanActuals = whole.filter { span.contains($0.key) }
        let lastYear = whole.keys.filter { $0 <= to }.max()
        let lastActual = lastYear.flatMap { year in whole[year].map { Level(year: year, tonnes: $0) } }
        var allowed: Double? = 0
        for year in spanActuals.keys {
            allowed = allowed.flatMap { sum in spanTargets[year].map { sum + $0 } }
        }
        var result = CarbonBudget(
            from: from, to: to, targets: spanTargets, missingYears: missing, budget: budget, actuals: spanActuals,
            lastActual: lastActual, allowedSoFar: allowed, runOut: nil, catchUp: nil)
        guard let budget, let lastActual else { return result }
        result.runOut = runOut(budget: budget, years: span, actuals: spanActuals, last: lastActual)
        let remaining = span.filter { $0 > lastActual.year }
        guard let first = remaining.first, let left = result.left else { return result }
        let pathwayFrom = Tonnes.whole(targets[lastActual.year] ?? .nan)
        let pathwayTo = spanTargets[to]
        result.catchUp = CatchUp(
            years: remaining,
            need: catchUpNeed(
                level: lastActual.tonnes, after: (first - lastActual.year)...(to - lastActual.year), left: left),
            pathwayFrom: pathwayFrom.isNaN ? nil : pathwayFrom,
            pathwayTo: pathwayTo,
            pathwayCut: pathwayTo.flatMap { end in
                pathwayFrom.isNaN ? nil : yearlyCut(from: pathwayFrom, to: end, years: to - lastActual.year)
            })
        return result
    }

    /// The first span year whose cumulative use exceeds the budget: the actual figures up to the last actual year
    /// (a span year before it without a figure counts nothing), then the last actual level every year after it.
    /// When that never happens in the span, the tonnes left at its end.
    public static func runOut(budget: Double, years: [Int], actuals: YearlySeries, last: Level) -> RunOut {
        var cumulative = 0.0
        for year in years {
            cumulative += year <= last.year ? actuals[year] ?? 0 : last.tonnes
            if cumulative > budget { return .year(year) }
        }
        return .notWithinSpan(leftAtEnd: budget - cumulative)
    }

    /// The constant yearly cut r that keeps the remaining years within what is left: the years `after` the last
    /// actual year (1...7 for the seven years after it) emit level × (1 − r)^k, and their sum is `left`.
    ///
    /// The sum falls as r grows, from level × (number of years) at r = 0 to 0 at r = 1, so r is found by
    /// bisection on [0, 1] (no closed form is needed); it is returned in percent.
    public static func catchUpNeed(level: Double, after years: ClosedRange<Int>, left: Double) -> CatchUpNeed {
        // Staying at the level first: at 0 t a year, even 0 t left is enough.
        let atLevel = level * Double(years.count)
        guard atLevel > left else { return .noCutNeeded(usedAtLevel: atLevel) }
        guard left > 0 else { return .usedUp }
        func sum(_ rate: Double) -> Double {
            years.reduce(0) { $0 + level * power(1 - rate, Double($1)) }
        }
        var low = 0.0
        var high = 1.0
        for _ in 0..<100 {
            let middle = (low + high) / 2
            if sum(middle) > left { low = middle } else { high = middle }
        }
        return .cut(percentPerYear: (low + high) / 2 * 100)
    }

    /// The constant yearly cut in percent that takes a level `from` to a level `to` in `years` years (geometric):
    /// 1 − (to / from)^(1 / years); `nil` when `from` is not above 0, `to` is negative or `years` is not above 0.
    public static func yearlyCut(from: Double, to: Double, years: Int) -> Double? {
        guard from > 0, to >= 0, years > 0 else { return nil }
        return (1 - power(to / from, 1 / Double(years))) * 100
    }
}
