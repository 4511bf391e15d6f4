/// A pathway derived from a carbon budget (`"carbonBudgetPathways"` in `Data/targets.json`): from a start level,
/// a yearly pathway whose emissions from the start year add up to the budget, by the method the budget chooses;
/// shown beside the council's target pathway in the target year (the carbon budget span's last year).
///
/// **Start.** The start level is the actual emissions of the year before `from`, if `Data/actuals.csv` has them,
/// else the last inventory before `from` (the reference up to `lastHistoricalYear`), in whole tonnes. In the year `from` each
/// pathway emits the start level; its cuts begin the year after (the exponential sum, start × (1 + q + q² + ...),
/// is then start / (1 − q), so q = 1 − start / budget).
///
/// **Methods**, with E the start level, B the budget and j = year − from:
/// - `line`: E − d × j, cut off at zero, where d is the one slope whose yearly levels add up to B over whole years:
///   with m = ⌈2(B − E) / E⌉ years after `from` above zero, d = 2(mE − (B − E)) / (m(m + 1)); the pathway reaches
///   zero in from + m + 1, the first year at zero. Needs B ≥ E.
/// - `exponential`: E × q^j with q = 1 − E / B, whose endless sum is B; it never reaches zero. Needs B ≥ E.
/// - `rate`: E × (1 + p / 100)^j for the given p, whatever it adds up to; its sum up to the target year shows
///   whether it stays within B.
public struct CarbonBudgetPathway: Sendable, Equatable {
    /// Where the start level comes from.
    public enum StartSource: String, Sendable, Equatable {
        /// The actual emissions of the year before `from`.
        case actual
        /// The last inventory year of the reference pathway.
        case inventory
    }

    /// Why a pathway cannot be drawn.
    public enum Problem: String, Sendable, Equatable {
        /// Neither an actual figure for the year before `from` nor an inventory year.
        case noStartLevel
        /// A line or an exponential decline needs a budget of at least one year at the start level.
        case budgetBelowStart
    }

    /// The pathway as the budget states it.
    public private(set) var rule: CarbonBudgetPathwayRule
    /// The year the start level is of, where there is one.
    public private(set) var startYear: Int?
    /// The start level in whole tonnes, where there is one.
    public private(set) var start: Double?
    /// Where the start level comes from.
    public private(set) var startSource: StartSource?
    /// Why the pathway cannot be drawn, or `nil`.
    public private(set) var problem: Problem?
    /// The year the pathway is compared with the council's: the carbon budget span's last year.
    public private(set) var targetYear: Int
    /// The council's target in the target year, in whole tonnes, where there is one.
    public private(set) var councilTarget: Double?
    /// The council's targets from `from` through the target year, summed in whole tonnes; `nil` where a year
    /// lacks one or `from` is after the target year.
    public private(set) var councilSum: Double?
    /// For a line, the tonnes it falls each year.
    public private(set) var slope: Double?
    /// For an exponential decline, the share kept each year (q).
    public private(set) var share: Double?

    /// The pathway's level in a year, unrounded; `nil` before `from` or when it cannot be drawn.
    public func level(in year: Int) -> Double? {
        guard problem == nil, let start, year >= rule.from else { return nil }
        let elapsed = Double(year - rule.from)
        switch rule.method {
        case .line: return max(0, start - (slope ?? 0) * elapsed)
        case .exponential: return start * power(share ?? 0, elapsed)
        case .rate(let percent): return start * power(1 + percent / 100, elapsed)
        }
    }

    /// For a line, the first year at zero; for an exponential decline with nothing left after the first year
    /// (q = 0), the year after `from`; else `nil`: the pathway never reaches zero.
    public var zeroYear: Int? {
        guard problem == nil, let start else { return nil }
        switch rule.method {
        case .line:
            guard start > 0 else { return rule.from }
            return rule.from + Self.yearsAboveZero(start: start, budget: rule.tonnes) + 1
        case .exponential: return share == 0 ? rule.from + 1 : nil
        case .rate: return nil
        }
    }

    /// The percent the pathway cuts each year: for an exponential decline E / B, for a rate the given rate as a
    /// cut (11.72 for -11.72); `nil` for a line, which cuts the same tonnes each year (``slope``).
    public var yearlyCut: Double? {
        guard problem == nil else { return nil }
        switch rule.method {
        case .line: return nil
        case .exponential: return share.map { (1 - $0) * 100 }
        case .rate(let percent): return -percent
        }
    }

    /// The level in the target year, in whole tonnes; `nil` when the pathway starts after it.
    public var levelInTargetYear: Double? {
        level(in: targetYear).map(Tonnes.whole)
    }

    /// The pathway's yearly levels in whole tonnes from `from` through the target year, summed; `nil` when it
    /// cannot be drawn or starts after the target year.
    public var sumToTargetYear: Double? {
        guard problem == nil, rule.from <= targetYear else { return nil }
        return (rule.from...targetYear).reduce(0) { $0 + Tonnes.whole(level(in: $1) ?? 0) }
    }

    /// For a rate: whether its sum up to the target year stays within the budget; `nil` for the other methods,
    /// whose whole sum is the budget by construction.
    public var withinBudget: Bool? {
        guard case .rate = rule.method, let sum = sumToTargetYear else { return nil }
        return sum <= rule.tonnes
    }

    /// The number of whole years after `from` in which a line from `start` with the budget stays above zero:
    /// m = ⌈2(B − E) / E⌉ (0 when the budget is one year at the start level).
    static func yearsAboveZero(start: Double, budget: Double) -> Int {
        let ratio = 2 * (budget - start) / start
        return max(0, Int((ratio - 1e-9).rounded(.up)))
    }

    /// The pathways a budget asks for, with the council's targets beside them in the carbon budget span's last
    /// year (the period's last year without `"carbonBudget"`).
    public static func compute(for budget: Budget) -> [CarbonBudgetPathway] {
        let targetYear = (budget.targets.carbonBudget ?? CarbonBudgetSpan()).bounds(period: budget.settings.period).to
        let reference = budget.referencePathway
        return budget.targets.carbonBudgetPathways.map { rule in
            let actual = budget.actuals.total[rule.from - 1]
            // The last inventory before `from`: with `lastHistoricalYear` inside the period, a later one is not a
            // level the pathway could start from.
            let inventory = TargetPathway.inventory(
                reference.total, lastHistoricalYear: reference.lastHistoricalYear.map { min($0, rule.from - 1) })
            let start: (year: Int, tonnes: Double, source: StartSource)? =
                actual.map { (rule.from - 1, $0, .actual) } ?? inventory.map { ($0.year, $0.tonnes, .inventory) }
            let years = rule.from <= targetYear ? Array(rule.from...targetYear) : []
            let targets = TargetPathway.targets(for: budget, years: Set(years + [targetYear]).sorted())
                .mapValues { Tonnes.whole($0.value) }
            let councilSum =
                years.isEmpty || years.contains { targets[$0] == nil }
                ? nil : years.reduce(0) { $0 + (targets[$1] ?? 0) }
            return compute(
                rule: rule, start: start.map { ($0.year, $0.tonnes) }, startSource: start?.source,
                targetYear: targetYear, councilTarget: targets[targetYear], councilSum: councilSum)
        }
    }

    /// One pathway from its rule and start level (the year it is of, and the level in tonnes).
    public static func compute(
        rule: CarbonBudgetPathwayRule, start: (year: Int, tonnes: Double)?, startSource: StartSource? = nil,
        targetYear: Int, councilTarget: Double? = nil, councilSum: Double? = nil
    ) -> CarbonBudgetPathway {
        var pathway = CarbonBudgetPathway(
            rule: rule, startYear: start?.year, start: start.map { Tonnes.whole($0.tonnes) },
            startSource: start == nil ? nil : startSource ?? .inventory, problem: nil, targetYear: targetYear,
            councilTarget: councilTarget, councilSum: councilSum, slope: nil, share: nil)
        guard let level = pathway.start else {
            pathway.problem = .noStartLevel
            return pathway
        }
        switch rule.method {
        case .line:
            guard rule.tonnes >= level else {
                pathway.problem = .budgetBelowStart
                return pathway
            }
            guard level > 0 else {
                pathway.slope = 0
                return pathway
            }
            let years = yearsAboveZero(start: level, budget: rule.tonnes)
            let rest = rule.tonnes - level
            // In floating point: with a start of a few tonnes and a budget near the limit of a trillion, m(m + 1)
            // is past the largest whole number.
            let count = Double(years)
            pathway.slope = years == 0 ? level : 2 * (count * level - rest) / (count * (count + 1))
        case .exponential:
            guard rule.tonnes >= level, rule.tonnes > 0 else {
                pathway.problem = .budgetBelowStart
                return pathway
            }
            pathway.share = 1 - level / rule.tonnes
        case .rate:
            break
        }
        return pathway
    }
}
