/// The council's targets: milestones against the base year, explicit yearly caps and the rules that derive the
/// years between them (målbane), for the total and, where the budget gives them, per sector.
///
/// Explicit caps win where given. Elsewhere, without ``rules``, the target pathway is a straight line between
/// milestones (the behaviour of every budget before rules existed); with rules, each year's target comes from the
/// milestone of its year or the one rule that claims it.
public struct Targets: Sendable, Equatable {
    /// Milestones such as -30 % in 2023 against the base year, in any order.
    public var milestones: [Milestone]
    /// Explicit yearly caps on total emissions, in tCO2e.
    public var caps: YearlySeries
    /// Explicit yearly caps on total emissions as a change against the base year in percent (-30 for 30 % lower).
    public var percentCaps: YearlySeries
    /// Explicit yearly caps per sector id, where the budget gives sector caps.
    public var capsBySector: [String: YearlySeries]
    /// The rules that derive the total's target in years without a cap or milestone; empty for a straight line
    /// between milestones.
    public var rules: [TargetRule]
    /// Milestones and rules per sector id, where the budget sets targets on sectors.
    public var sectors: [String: SectorTargets]
    /// The span of the carbon budget (the sum of the yearly targets), where the budget asks for one.
    public var carbonBudget: CarbonBudgetSpan?
    /// The pathways to derive from carbon budgets, beside the council's target pathway.
    public var carbonBudgetPathways: [CarbonBudgetPathwayRule]

    /// Creates targets. When `caps` is empty the sum of `capsBySector` is used.
    public init(
        milestones: [Milestone] = [], caps: YearlySeries = [:], percentCaps: YearlySeries = [:],
        capsBySector: [String: YearlySeries] = [:], rules: [TargetRule] = [], sectors: [String: SectorTargets] = [:],
        carbonBudget: CarbonBudgetSpan? = nil, carbonBudgetPathways: [CarbonBudgetPathwayRule] = []
    ) {
        self.milestones = milestones
        self.caps = caps.isEmpty ? .sum(capsBySector.values) : caps
        self.percentCaps = percentCaps
        self.capsBySector = capsBySector
        self.rules = rules
        self.sectors = sectors
        self.carbonBudget = carbonBudget
        self.carbonBudgetPathways = carbonBudgetPathways
    }

    /// Whether the budget asks for a carbon budget or for pathways derived from one.
    public var hasCarbonBudget: Bool {
        carbonBudget != nil || !carbonBudgetPathways.isEmpty
    }

    /// Whether the budget sets targets on sectors: sector caps, or sector milestones or rules.
    public var hasSectorTargets: Bool {
        !capsBySector.isEmpty || !sectors.isEmpty
    }

    /// The sectors the budget sets targets on, in id order.
    public var targetSectors: [String] {
        Set(capsBySector.keys).union(sectors.keys).sorted()
    }
}

/// A sector's own milestones (against the sector's base-year emissions) and the rules between them.
public struct SectorTargets: Sendable, Equatable {
    /// The sector's milestones.
    public var milestones: [Milestone]
    /// The rules that derive the sector's target between its milestones.
    public var rules: [TargetRule]

    /// Creates a sector's targets.
    public init(milestones: [Milestone] = [], rules: [TargetRule] = []) {
        self.milestones = milestones
        self.rules = rules
    }
}

/// A target in one year: emissions changed by a percentage against the base year, such as mål 5's -80 % in 2030.
public struct Milestone: Sendable, Equatable, Hashable {
    /// The year the target applies to.
    public var year: Int
    /// The change against the base year in percent; a cut is negative (-30 for "30 % lower").
    public var percentChange: Double
    /// The council goal the milestone comes from, if any.
    public var goal: String?

    /// Creates a milestone.
    public init(year: Int, percentChange: Double, goal: String? = nil) {
        self.year = year
        self.percentChange = percentChange
        self.goal = goal
    }

    /// The emission level this milestone allows, given the base year's emissions.
    public func cap(baseEmissions: Double) -> Double {
        baseEmissions * (1 + percentChange / 100)
    }
}

/// How a target pathway runs between two points.
public enum PathShape: String, Sendable, Equatable, Hashable, CaseIterable {
    /// A straight line: the same number of tonnes less each year.
    case line
    /// A constant yearly rate: the same percentage less each year, value(y) = v0 × (v1/v0)^((y − y0)/(y1 − y0)).
    case constantRate
}

/// Where a target rule starts.
public enum RuleStart: Sendable, Equatable, Hashable {
    /// The last inventory year's emissions (the last history year of the reference pathway).
    case inventory
    /// The target of a year: a milestone's year, or any year when the rule gives its level.
    case year(Int)
}

/// Where a target rule ends.
public enum RuleEnd: Sendable, Equatable, Hashable {
    /// The milestone of a year.
    case milestone(Int)
    /// Every milestone in turn: from the inventory, the first milestone inside or after the budget period, then
    /// each later one (milestones between the inventory and the period are past goals, shown but not drawn
    /// through); from a year, the first milestone after it, then each later one.
    case milestones
}

/// A rule stated in `Data/targets.json` that derives the target of the years it claims: the years after its
/// start up to its end (a milestone's own year is the milestone's).
public struct TargetRule: Sendable, Equatable, Hashable {
    /// What the rule does after its start.
    public enum Kind: Sendable, Equatable, Hashable {
        /// To a milestone (or through the milestones) by a line or a constant rate.
        case path(to: RuleEnd, shape: PathShape)
        /// A constant yearly change in percent (-5 for 5 % less each year), through a year.
        case yearlyChange(percentPerYear: Double, through: Int)
    }

    /// Where the rule starts.
    public var from: RuleStart
    /// The level at the start in tCO2e, where the rule gives one; else the start's inventory or milestone.
    public var level: Double?
    /// What the rule does.
    public var kind: Kind
    /// Where the rule is stated, for messages: `rules[1]` or `sectors.veitrafikk.rules[0]`.
    public var place: String

    /// Creates a rule.
    public init(from: RuleStart, level: Double? = nil, _ kind: Kind, place: String) {
        self.from = from
        self.level = level
        self.kind = kind
        self.place = place
    }
}
