/// The emission budget table (utslippsramme, Tabell 7-1): for each year the reference, the measures'
/// effect, the measure pathway, the target and the gap, with the carbon-budget sums over the period.
public struct EmissionBudgetTable: Sendable, Equatable {
    /// The base year all changes are measured against.
    public private(set) var baseYear: Int
    /// The reference emissions in the base year; `nil` when the data lacks it.
    public private(set) var baseEmissions: Double?
    /// The budget period.
    public private(set) var period: Period
    /// One row per year: the base year, history years, then the period years.
    public internal(set) var rows: [EmissionBudgetRow]
    /// Sums over the period years (the carbon-budget view).
    public private(set) var cumulative: CumulativeFigures
    /// Whether the table has the row of the overlap between measures: some measure declares one.
    public private(set) var hasOverlap = false
    /// Whether the table has the band of the measure pathway and the gap: some measure gives a low or high effect.
    public private(set) var hasBand = false
    /// The figures left out in every year because errors in the data they are computed from would make them wrong.
    public private(set) var withheld: Set<Figure> = []
    /// The figures left out in some years only, with those years (an effect missing for 2026 withholds the
    /// effect, measure pathway and gap of 2026).
    public private(set) var withheldYears: [Figure: Set<Int>] = [:]

    /// Whether the figure is left out in some year or every year.
    public func isWithheld(_ figure: Figure) -> Bool {
        withheld.contains(figure) || withheldYears[figure] != nil
    }

    /// The row of a year, if the table has one.
    public func row(_ year: Int) -> EmissionBudgetRow? {
        rows.first { $0.year == year }
    }

    /// Whether the table has actual emissions to show: a year with an actual figure, or actuals withheld.
    public var showsActuals: Bool {
        isWithheld(.actual) || rows.contains { $0.actual != nil }
    }

    /// Computes the table from a reference pathway, the summed effect and the targets, and the actual emissions
    /// the follow-up compares with them.
    ///
    /// The table follows the rounding rule of ``Tonnes``: the reference, effect, target and actual of each year are
    /// taken in whole tonnes, and the measure pathway, the gap, the comparisons and the sums are computed from
    /// those, so the table adds up as printed. `effect` is used only for period years: outside the period no
    /// measure is budgeted, so the effect, measure pathway and gap are `nil` there. Every year with an actual
    /// figure from the base year on has a row. `actualFromReference` are the years whose actual is the reference's
    /// inventory figure (``ActualEmissions``). The `withheld` figures are left out (`nil`) in every year, the
    /// `withheldYears` figures in those years.
    ///
    /// `overlap`, where given, is the tonnes the measures count twice (``MeasureOverlaps``): the table shows it as
    /// a negative adjustment and draws the measure pathway with `effect` less it. `band`, where given, is the
    /// effect (less the overlaps) with every measure's low and with every measure's high estimate: the ends of
    /// the band of the measure pathway and the gap.
    public static func compute(
        baseYear: Int,
        period: Period,
        reference: YearlySeries,
        effect: YearlySeries,
        overlap: YearlySeries? = nil,
        band: (low: YearlySeries, high: YearlySeries)? = nil,
        targets: [Int: TargetValue],
        actual: YearlySeries = [:],
        actualFromReference: Set<Int> = [],
        withheld: Set<Figure> = [],
        withheldYears: [Figure: Set<Int>] = [:]
    ) -> EmissionBudgetTable {
        func out(_ figure: Figure, _ year: Int) -> Bool {
            withheld.contains(figure) || withheldYears[figure]?.contains(year) == true
        }
        let base = out(.reference, baseYear) ? nil : reference[baseYear].map(Tonnes.whole)
        let years = ShownYears.computedYears(
            baseYear: baseYear, period: period, referenceYears: reference.keys, actualYears: Array(actual.keys))
        let rows = years.map { year -> EmissionBudgetRow in
            let inPeriod = period.contains(year)
            let referenceValue = out(.reference, year) ? nil : reference[year].map(Tonnes.whole)
            let effectValue = inPeriod && !out(.effect, year) ? Tonnes.whole(effect[year] ?? 0) : nil
            // The adjustment is negative; 0 - x keeps a year without overlap at 0, not -0.
            let overlapValue = overlap.flatMap {
                inPeriod && !out(.overlap, year) ? 0 - Tonnes.whole($0[year] ?? 0) : nil
            }
            let netEffect = overlap == nil ? effectValue : effectValue.flatMap { e in overlapValue.map { e + $0 } }
            let measurePathway =
                out(.measurePathway, year)
                ? nil : referenceValue.flatMap { r in netEffect.map { r - $0 } }
            let target =
                out(.target, year)
                ? nil : targets[year].map { TargetValue(value: Tonnes.whole($0.value), source: $0.source) }
            let gap = out(.gap, year) ? nil : measurePathway.flatMap { m in target.map { m - $0.value } }
            let actualValue = out(.actual, year) ? nil : actual[year].map(Tonnes.whole)
            // The lowest measure pathway has the highest effects, the highest the lowest.
            func pathway(_ effect: YearlySeries?) -> Double? {
                guard inPeriod, !out(.measurePathwayRange, year), let effect else { return nil }
                return referenceValue.map { $0 - Tonnes.whole(effect[year] ?? 0) }
            }
            let lowest = pathway(band?.high)
            let highest = pathway(band?.low)
            func gapOf(_ pathway: Double?) -> Double? {
                out(.gapRange, year) ? nil : pathway.flatMap { m in target.map { m - $0.value } }
            }
            return EmissionBudgetRow(
                year: year,
                isPeriodYear: inPeriod,
                reference: referenceValue,
                effect: effectValue,
                overlap: overlapValue,
                measurePathway: measurePathway,
                measurePathwayLow: lowest,
                measurePathwayHigh: highest,
                target: target,
                gap: gap,
                gapLow: gapOf(lowest),
                gapHigh: gapOf(highest),
                baseEmissions: base,
                actual: actualValue,
                actualSource: actualValue == nil ? nil : actualFromReference.contains(year) ? .reference : .actuals
            )
        }
        return EmissionBudgetTable(
            baseYear: baseYear,
            baseEmissions: base,
            period: period,
            rows: rows,
            cumulative: CumulativeFigures(rows: rows.filter(\.isPeriodYear)),
            hasOverlap: overlap != nil,
            hasBand: band != nil,
            withheld: withheld,
            withheldYears: withheldYears.filter { !withheld.contains($0.key) }
        )
    }

    /// The table of a whole budget, on total emissions, leaving out what `withholding` withholds, in the years
    /// it withholds it.
    public static func compute(for budget: Budget, withholding: Withholding) -> EmissionBudgetTable {
        let partial = withholding.years
        return compute(
            for: budget, withheld: Set(withholding.figures.filter { partial[$0] == nil }), withheldYears: partial)
    }

    /// The table of a whole budget, on total emissions, leaving out the `withheld` figures.
    public static func compute(
        for budget: Budget, withheld: Set<Figure> = [], withheldYears: [Figure: Set<Int>] = [:]
    ) -> EmissionBudgetTable {
        let reference = budget.referencePathway
        let actual = ActualEmissions(for: budget)
        let years = Set(reference.years + budget.settings.period.years + actual.years).sorted()
        let measures = budget.measures
        return compute(
            baseYear: budget.settings.baseYear,
            period: budget.settings.period,
            reference: reference.total,
            effect: MeasureEffects.total(of: measures),
            overlap: MeasureOverlaps.declared(among: measures) ? MeasureOverlaps.total(among: measures) : nil,
            band: MeasureEffects.hasBand(measures)
                ? (MeasureEffects.net(of: measures, .low), MeasureEffects.net(of: measures, .high)) : nil,
            targets: TargetPathway.targets(for: budget, years: years),
            actual: actual.total,
            actualFromReference: actual.fromReference,
            withheld: withheld,
            withheldYears: withheldYears
        )
    }

    /// One table per sector that has reference figures; effects and targets are taken per sector, the targets
    /// from the sector's caps, milestones and rules (``TargetPathway/sectorTargets(for:sector:years:)``), and so are
    /// the actual emissions. Of the `withheld` and `withheldYears` figures only ``Figure/actual`` is left out: the
    /// other figures of the sector tables are shown or withheld together (``Figure/sectorBreakdown``).
    ///
    /// Where the budget declares overlaps, each sector's table subtracts those between two measures of the sector;
    /// an overlap between measures of two sectors counts in the total only, since nobody can say which sector's
    /// tonnes were counted twice. The band is drawn for the total only.
    public static func computeBySector(
        for budget: Budget, withheld: Set<Figure> = [], withheldYears: [Figure: Set<Int>] = [:]
    ) -> [(sector: Sector, table: EmissionBudgetTable)] {
        let effects = MeasureEffects.bySector(of: budget.measures)
        let overlaps = MeasureOverlaps.declared(among: budget.measures)
        let pathway = budget.referencePathway
        let actuals = ActualEmissions(for: budget)
        return budget.sectors.compactMap { sector in
            guard let reference = pathway.bySector[sector.id] else { return nil }
            let actual = actuals.bySector[sector.id] ?? [:]
            let years = Set(reference.keys).union(budget.settings.period.years).union(actual.keys).sorted()
            let table = compute(
                baseYear: budget.settings.baseYear,
                period: budget.settings.period,
                reference: reference,
                effect: effects[sector.id] ?? [:],
                overlap: overlaps
                    ? MeasureOverlaps.total(among: budget.quantifiedMeasures.filter { $0.sector == sector.id }) : nil,
                targets: TargetPathway.sectorTargets(for: budget, sector: sector.id, years: years),
                actual: actual,
                actualFromReference: actuals.fromReference,
                withheld: withheld.intersection([.actual]),
                withheldYears: withheldYears.filter { $0.key == .actual }
            )
            return (sector, table)
        }
    }
}

/// One year of the emission budget table.
public struct EmissionBudgetRow: Sendable, Equatable {
    /// The year.
    public private(set) var year: Int
    /// Whether the year lies in the budget period (and so has an effect, a measure pathway and a gap).
    public private(set) var isPeriodYear: Bool
    /// Reference emissions (history or projection).
    public private(set) var reference: Double?
    /// The summed effect of the quantified measures; `nil` outside the period.
    public private(set) var effect: Double?
    /// The overlap between measures as an adjustment to the effect, zero or negative: the tonnes two measures both
    /// count, subtracted once; `nil` outside the period and where no measure declares an overlap.
    public private(set) var overlap: Double?
    /// Reference minus effect (minus the overlap's tonnes, where there is one): reference − (effect + overlap);
    /// `nil` outside the period.
    public private(set) var measurePathway: Double?
    /// The lowest measure pathway of the band, drawn with every measure's high effect; `nil` without a band.
    public private(set) var measurePathwayLow: Double?
    /// The highest measure pathway of the band, drawn with every measure's low effect; `nil` without a band.
    public private(set) var measurePathwayHigh: Double?
    /// The yearly cap and its source; `nil` where there is none.
    public private(set) var target: TargetValue?
    /// Measure pathway minus target: positive means further cuts are needed.
    public private(set) var gap: Double?
    /// The smallest gap of the band: the lowest measure pathway minus the target.
    public private(set) var gapLow: Double?
    /// The largest gap of the band: the highest measure pathway minus the target.
    public private(set) var gapHigh: Double?
    /// The base year's reference emissions, for the % rows.
    public private(set) var baseEmissions: Double?
    /// The actual emissions of the year (whole tonnes), where the budget records them and they are not withheld.
    public private(set) var actual: Double? = nil
    /// Where the actual figure comes from; `nil` without one.
    public private(set) var actualSource: ActualSource? = nil

    /// The actual emissions against the target: positive is over the limit, negative under it; `nil` where either
    /// is missing.
    public var actualAgainstTarget: Double? {
        guard let actual, let target else { return nil }
        return actual - target.value
    }

    /// ``actualAgainstTarget`` in percent of the target, a whole percent rounded half away from zero (3 528 t over
    /// a target of 381 472 t is 0.92 %, so 1); `nil` where the comparison is missing or the target is zero.
    public var actualAgainstTargetPercent: Int? {
        guard let difference = actualAgainstTarget, let target, target.value != 0 else { return nil }
        return PercentChange.whole(target.value + difference, base: target.value)
    }

    /// The actual emissions against the measure pathway, what the budget expected with its measures: positive is
    /// above it (the measures delivered less than expected), negative below it. `nil` where either is missing,
    /// and where the actual is the reference's inventory figure, which the measure pathway is then computed from.
    public var actualAgainstMeasurePathway: Double? {
        guard let actual, let measurePathway, actualSource == .actuals else { return nil }
        return actual - measurePathway
    }

    /// The reference's change against the base year, as a whole percent.
    public var referenceChange: Int? { change(reference) }
    /// The measure pathway's change against the base year, as a whole percent.
    public var measurePathwayChange: Int? { change(measurePathway) }
    /// The target's change against the base year, as a whole percent.
    public var targetChange: Int? { change(target?.value) }
    /// The gap in percentage points, the terms councils use: the measure pathway's change minus the target's,
    /// from the whole percents as printed, so the column adds up as printed (−25 % against −30 % is 5 points).
    /// `nil` where the gap or either change is, so a withheld gap has no points either.
    public var gapPoints: Int? {
        guard gap != nil, let measurePathwayChange, let targetChange else { return nil }
        return measurePathwayChange - targetChange
    }

    private func change(_ value: Double?) -> Int? {
        guard let value, let baseEmissions else { return nil }
        return PercentChange.whole(value, base: baseEmissions)
    }
}
