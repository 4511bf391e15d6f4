/// A figure series that reports show: a row of Tabell 7-1, or the breakdown per sector.
///
/// Each figure is computed from some of the budget's inputs (``inputs(in:)``). An error-severity finding on one of
/// those inputs withholds the figure (``Withholding``): a figure computed from data known to be wrong is not shown.
public enum Figure: String, Sendable, CaseIterable, Comparable {
    /// The reference pathway.
    case reference
    /// The summed effect of the quantified measures.
    case effect
    /// The measure pathway: reference minus effect.
    case measurePathway
    /// The target pathway.
    case target
    /// The gap: measure pathway minus target.
    case gap
    /// The tables per sector (reference, effect, caps per sector).
    case sectorBreakdown

    /// The five figures of Tabell 7-1, which `gap`, `diff` and the council summary show.
    public static let table: [Figure] = [.reference, .effect, .measurePathway, .target, .gap]

    /// The inputs the figure is computed from, in this budget.
    ///
    /// A target read from an explicit cap does not read the milestones; only when a period year has no cap does
    /// the target read the milestones and the base year's reference emissions they are measured against.
    public func inputs(in budget: Budget) -> Set<BudgetInput> {
        switch self {
        case .reference: return [.referenceTotal]
        case .effect: return [.effects]
        case .measurePathway: return Figure.reference.inputs(in: budget).union(Figure.effect.inputs(in: budget))
        case .target:
            let capped = budget.settings.period.years.allSatisfy { budget.targets.caps[$0] != nil }
            return capped ? [.caps] : [.caps, .milestones, .referenceTotal]
        case .gap: return Figure.measurePathway.inputs(in: budget).union(Figure.target.inputs(in: budget))
        case .sectorBreakdown: return [.effects, .sectorReference, .sectorCaps]
        }
    }

    /// The figure's name in a sentence: "the measure pathway".
    public var name: String {
        switch self {
        case .reference: "the reference pathway"
        case .effect: "the effect of the measures"
        case .measurePathway: "the measure pathway"
        case .target: "the target pathway"
        case .gap: "the gap"
        case .sectorBreakdown: "the figures per sector"
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
    /// The sector a measure names (the breakdown shows an unknown one as its own row, so no figure is wrong).
    case measureSectors
    /// What no figure reads: responsibility, goals, file names, status.
    case measureDetails
}

/// Which figures are withheld in a budget, and the findings that withhold each.
///
/// The rule: an error-severity finding on an input a figure is computed from withholds that figure; warnings
/// never do. It follows from ``Figure/inputs(in:)`` and the inputs each finding names, not from a list of rules.
public struct Withholding: Sendable, Equatable {
    /// The withheld figures, each with the findings that withhold it, in the order they were given.
    public let findings: [Figure: [Finding]]

    /// The withholding of a budget's figures by its findings.
    public init(budget: Budget, findings: [Finding]) {
        var result: [Figure: [Finding]] = [:]
        let errors = findings.filter { $0.severity == .error }
        for figure in Figure.allCases {
            let inputs = figure.inputs(in: budget)
            let withholding = errors.filter { !$0.inputs.isDisjoint(with: inputs) }
            if !withholding.isEmpty { result[figure] = withholding }
        }
        self.findings = result
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
