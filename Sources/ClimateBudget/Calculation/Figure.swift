/// A figure series that reports show: a row of Tabell 7-1, or the breakdown per sector.
///
/// Each figure is computed from some of the budget's inputs (``inputs(in:)``). An error-severity finding on one of
/// those inputs withholds the figure (``Withholding``): a figure computed from data known to be wrong is not shown.
public enum Figure: String, Sendable, CaseIterable, Comparable {
    /// The reference pathway.
    case reference
    /// The summed effect of the quantified measures.
    case effect
    /// The overlap between measures: the tonnes two measures both count, subtracted once (in budgets that
    /// declare overlaps).
    case overlap
    /// The measure pathway: reference minus effect, less the overlap.
    case measurePathway
    /// The band of the measure pathway, drawn with the measures' high and low effects (in budgets that give them).
    case measurePathwayRange
    /// The target pathway.
    case target
    /// The gap: measure pathway minus target.
    case gap
    /// The band of the gap: the band of the measure pathway minus the target.
    case gapRange
    /// The actual emissions, and their comparisons with the target and the measure pathway (the follow-up).
    case actual
    /// The tables per sector (reference, effect, caps per sector).
    case sectorBreakdown
    /// The carbon budget and the pathways derived from carbon budgets, where the budget asks for them.
    case carbonBudget

    /// The five figures of Tabell 7-1, which `gap`, `diff` and the council summary show.
    public static let table: [Figure] = [.reference, .effect, .measurePathway, .target, .gap]

    /// Every row Tabell 7-1 can have in `gap` and the council summary: the five of ``table``, and the overlap and
    /// the ranges, which read nothing (and so are never withheld) in a budget without overlaps or ranges.
    public static let tableRows: [Figure] = [
        .reference, .effect, .overlap, .measurePathway, .measurePathwayRange, .target, .gap, .gapRange,
    ]

    /// The figures `gap` shows in its rows: Tabell 7-1's, then the actual emissions. A budget's actual emissions
    /// are its follow-up, not its Tabell 7-1: an error in them withholds their rows and nothing else, so the
    /// council summary and `diff`, which need Tabell 7-1 whole, go on with ``table``.
    public static let tableAndActuals: [Figure] = tableRows + [.actual]

    /// The inputs the figure is computed from, in this budget.
    ///
    /// A target read from an explicit cap does not read the milestones; only when a period year has no cap does
    /// the target read `Data/targets.json` (milestones and rules) and the reference they start from and are
    /// measured against: the base year's emissions, and for a rule from the inventory the last history year's.
    /// Where the budget sets targets on sectors, the target also reads the sectors' caps and reference, and so
    /// do the tables per sector, which show the sectors' own targets. A projected reference year reads the
    /// history years the projection is computed from (``Withholding`` draws the years).
    public func inputs(in budget: Budget) -> Set<BudgetInput> {
        switch self {
        case .reference: return [.referenceTotal]
        case .effect: return [.effects]
        case .overlap: return MeasureOverlaps.declared(among: budget.measures) ? [.effects, .overlaps] : []
        case .measurePathway:
            return Figure.reference.inputs(in: budget).union(Figure.effect.inputs(in: budget))
                .union(Figure.overlap.inputs(in: budget))
        case .measurePathwayRange:
            guard MeasureEffects.hasBand(budget.measures) else { return [] }
            return Figure.measurePathway.inputs(in: budget).union([.effectRanges])
        case .target:
            let capped = budget.settings.period.years.allSatisfy { budget.targets.caps[$0] != nil }
            guard !capped else { return [.caps] }
            let sectors: Set<BudgetInput> = budget.targets.hasSectorTargets ? [.sectorCaps, .sectorReference] : []
            return sectors.union([.caps, .milestones, .referenceTotal])
        case .gap: return Figure.measurePathway.inputs(in: budget).union(Figure.target.inputs(in: budget))
        case .gapRange:
            guard MeasureEffects.hasBand(budget.measures) else { return [] }
            return Figure.measurePathwayRange.inputs(in: budget).union(Figure.target.inputs(in: budget))
        case .actual:
            // The comparisons read the target and the measure pathway too; they are left out with them.
            return ActualEmissions(for: budget).fromReference.isEmpty ? [.actuals] : [.actuals, .referenceTotal]
        case .sectorBreakdown:
            let targets: Set<BudgetInput> = budget.targets.sectors.isEmpty ? [] : [.milestones]
            let overlaps: Set<BudgetInput> = MeasureOverlaps.declared(among: budget.measures) ? [.overlaps] : []
            return targets.union(overlaps).union([.effects, .sectorReference, .sectorCaps])
        case .carbonBudget:
            // Nothing without a carbon budget, so an error withholds it only in a budget that shows it. The
            // targets over its span may read every target input, its start levels the actuals and the inventory.
            guard budget.targets.hasCarbonBudget else { return [] }
            let sectors: Set<BudgetInput> = budget.targets.hasSectorTargets ? [.sectorCaps, .sectorReference] : []
            return sectors.union([.caps, .milestones, .referenceTotal, .actuals])
        }
    }

    /// The figure's name in a sentence: "the measure pathway".
    public var name: String {
        switch self {
        case .reference: "the reference pathway"
        case .effect: "the effect of the measures"
        case .overlap: "the overlap between measures"
        case .measurePathway: "the measure pathway"
        case .measurePathwayRange: "the range of the measure pathway"
        case .target: "the target pathway"
        case .gap: "the gap"
        case .gapRange: "the range of the gap"
        case .actual: "the actual emissions"
        case .sectorBreakdown: "the figures per sector"
        case .carbonBudget: "the carbon budget"
        }
    }

    /// Figures compare in the order of Tabell 7-1.
    public static func < (lhs: Figure, rhs: Figure) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// A part of a budget's data that a finding is about, and that figures are computed from.
public enum BudgetInput: String, Sendable, CaseIterable {
    /// The total reference pathway, with any sector columns it is summed from.
    case referenceTotal
    /// The reference pathway's sector columns.
    case sectorReference
    /// The explicit yearly caps on the total, with any sector columns they are summed from.
    case caps
    /// The caps' sector columns.
    case sectorCaps
    /// The council's milestones.
    case milestones
    /// Which measures are quantified, their ids and their yearly effects.
    case effects
    /// The measures' low and high effects, which draw the band of the measure pathway and the gap.
    case effectRanges
    /// The overlaps the measures declare with each other, which the effect sum subtracts.
    case overlaps
    /// The sector a measure names (the breakdown shows an unknown one as its own row, so no figure is wrong).
    case measureSectors
    /// What no figure reads: responsibility, goals, file names, status.
    case measureDetails
    /// The actual emissions from the inventory, which the follow-up compares with the budget.
    case actuals
    /// The figures as the source printed them, which the tool checks but never shows as its own.
    case printedFigures
}

/// Which figures are withheld in a budget, and the findings that withhold each.
///
/// The rule: an error-severity finding on an input a figure is computed from withholds that figure; warnings
/// never do. It follows from ``Figure/inputs(in:)`` and the inputs each finding names, not from a list of rules.
public struct Withholding: Sendable, Equatable {
    /// The withheld figures, each with the findings that withhold it, in the order they were given.
    public let findings: [Figure: [Finding]]
    /// The figures withheld in some years only, with those years; a withheld figure not listed here is
    /// withheld in every year.
    public let years: [Figure: Set<Int>]

    /// The withholding of a budget's figures by its findings.
    public init(budget: Budget, findings: [Finding]) {
        var result: [Figure: [Finding]] = [:]
        var partial: [Figure: Set<Int>] = [:]
        let errors = findings.filter { $0.severity == .error }
        for figure in Figure.allCases {
            var whole = false
            var years: Set<Int> = []
            var reasons: [Finding] = []
            for finding in errors {
                switch Self.reach(of: finding, on: figure, in: budget) {
                case .none: continue
                case .all: whole = true
                case .years(let some): years.formUnion(some)
                }
                reasons.append(finding)
            }
            guard !reasons.isEmpty else { continue }
            result[figure] = reasons
            if !whole { partial[figure] = years }
        }
        self.findings = result
        self.years = partial
    }

    /// How far a finding reaches into a figure: not at all, some years, or every year.
    enum Reach: Equatable {
        case none
        case years(Set<Int>)
        case all

        func union(_ other: Reach) -> Reach {
            switch (self, other) {
            case (.all, _), (_, .all): .all
            case (.none, let reach), (let reach, .none): reach
            case (.years(let a), .years(let b)): .years(a.union(b))
            }
        }
    }

    /// The reach of a finding on a figure. A figure of a year reads its inputs of that year, with these
    /// exceptions:
    /// - a projected reference year reads the history years its projection is computed from, so an error there
    ///   reaches the projected years;
    /// - a derived target reads every milestone and rule, the base year's reference they are measured against
    ///   and, for a rule from the inventory, the last history years: an error there reaches every year's target.
    ///   An error about the targets of some years only (a year no rule reaches, a total that disagrees with its
    ///   sectors) reaches those years.
    static func reach(of finding: Finding, on figure: Figure, in budget: Budget) -> Reach {
        let shared = figure.inputs(in: budget).intersection(finding.inputs)
        guard !shared.isEmpty else { return .none }
        if figure == .actual {
            // An actual from the reference reads that year's inventory figure, and nothing else of the reference.
            var reach: Reach = shared.contains(.actuals) ? (finding.years.map { .years($0) } ?? .all) : .none
            if shared.contains(.referenceTotal) {
                let inventory = ActualEmissions(for: budget).fromReference
                let reached = finding.years.map { $0.intersection(inventory) } ?? inventory
                if !reached.isEmpty { reach = reach.union(.years(reached)) }
            }
            return reach
        }
        guard let years = finding.years else { return .all }
        switch figure {
        case .reference:
            let pathway = budget.referencePathway
            let projected = pathway.projectedTotal.keys.filter {
                !years.isDisjoint(with: pathway.historyYears(readBy: $0))
            }
            return .years(years.union(projected))
        case .effect, .overlap: return .years(years)
        case .target:
            var reach: Reach = shared.isDisjoint(with: [.caps, .sectorCaps, .milestones]) ? .none : .years(years)
            if !shared.isDisjoint(with: [.referenceTotal, .sectorReference]) {
                reach = reach.union(years.isDisjoint(with: referenceYearsReadByTargets(in: budget)) ? .none : .all)
            }
            return reach
        case .measurePathway, .gap:
            let parts: [Figure] =
                figure == .gap ? [.reference, .effect, .overlap, .target] : [.reference, .effect, .overlap]
            return parts.map { reach(of: finding, on: $0, in: budget) }.reduce(Reach.none) { $0.union($1) }
        case .measurePathwayRange, .gapRange:
            // A low or high effect of a year reads into the band of that year; the rest as the figures it is from.
            let ranges: Reach = finding.inputs.contains(.effectRanges) ? .years(years) : .none
            let parts: [Figure] = figure == .gapRange ? [.measurePathwayRange, .target] : [.measurePathway]
            return parts.map { reach(of: finding, on: $0, in: budget) }.reduce(ranges) { $0.union($1) }
        case .actual, .sectorBreakdown: return .all
        case .carbonBudget:
            // The carbon budget is shown as a whole: an error in a year it reads withholds all of it.
            return years.isDisjoint(with: yearsReadByCarbonBudget(in: budget)) ? .none : .all
        }
    }

    /// The years the carbon budget and its pathways read: the span's and the pathways' years through the target
    /// year, every actual year up to it (the last one is the level the run-out year and the catch-up start from),
    /// the years before the pathways' start years, and the reference years the targets and start levels read.
    static func yearsReadByCarbonBudget(in budget: Budget) -> Set<Int> {
        let (from, to) = (budget.targets.carbonBudget ?? CarbonBudgetSpan()).bounds(period: budget.settings.period)
        var years = Set(budget.actuals.total.keys.filter { $0 <= to })
        let starts = budget.targets.carbonBudgetPathways.map(\.from)
        for start in [from] + starts where start <= to { years.formUnion(start...to) }
        years.formUnion(starts.map { $0 - 1 })
        years.formUnion(referenceYearsReadByTargets(in: budget))
        // A start level from the inventory reads the years from it through the last history year (a figure missing
        // there moves it).
        let pathway = budget.referencePathway
        if !starts.isEmpty, let last = pathway.lastHistoricalYear,
            let inventory = TargetPathway.inventory(pathway.total, lastHistoricalYear: last)
        {
            years.formUnion(inventory.year...last)
        }
        return years
    }

    /// The reference years derived targets read: the base year, and where a rule starts from the inventory, the
    /// years from the scope's inventory through the last history year (a figure missing there moves the start).
    static func referenceYearsReadByTargets(in budget: Budget) -> Set<Int> {
        var years: Set<Int> = [budget.settings.baseYear]
        let pathway = budget.referencePathway
        let scopes =
            [TargetPathway.scope(of: budget)]
            + budget.targets.sectors.keys.sorted().map { TargetPathway.scope(of: budget, sector: $0) }
        for scope in scopes where scope.rules.contains(where: { $0.from == .inventory }) {
            guard let inventory = scope.inventory else { continue }
            let last = TargetPathway.inventoryYear(of: budget) ?? inventory.year
            years.formUnion(inventory.year...max(inventory.year, last))
        }
        return years
    }

    /// Whether the figure is withheld in the year.
    public func withholds(_ figure: Figure, in year: Int) -> Bool {
        guard findings[figure] != nil else { return false }
        return years[figure].map { $0.contains(year) } ?? true
    }

    /// Whether the figure is withheld in every year.
    public func withholdsWholly(_ figure: Figure) -> Bool {
        findings[figure] != nil && years[figure] == nil
    }

    /// The withholding of a budget's figures by every finding of the validation rules.
    public init(validating budget: Budget) {
        self.init(budget: budget, findings: Validator.validate(budget))
    }

    /// The withheld figures, in table order.
    public var figures: [Figure] { findings.keys.sorted() }

    /// Whether the figure is withheld.
    public func withholds(_ figure: Figure) -> Bool { findings[figure] != nil }

    /// Whether any of the figures is withheld.
    public func withholdsAny(of figures: [Figure]) -> Bool { figures.contains { withholds($0) } }

    /// The findings that withhold at least one of the given figures, each once, in the order given.
    public func reasons(for figures: [Figure] = Figure.allCases) -> [Finding] {
        var seen: Set<Finding> = []
        var reasons: [Finding] = []
        for figure in figures.sorted() {
            for finding in findings[figure] ?? [] where seen.insert(finding).inserted { reasons.append(finding) }
        }
        return reasons
    }
}
