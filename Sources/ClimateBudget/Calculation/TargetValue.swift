/// A target for one year and where it comes from, so reports can show whether it was given or derived.
public struct TargetValue: Sendable, Equatable {
    /// The emission cap in tCO2e.
    public private(set) var value: Double
    /// How the cap was obtained.
    public private(set) var source: TargetSource

    /// Creates a target value.
    public init(value: Double, source: TargetSource) {
        self.value = value
        self.source = source
    }
}

/// A point a target pathway is drawn from: the last inventory, a milestone, or a level a rule gives.
public enum PathPoint: Sendable, Equatable, Hashable {
    /// The last inventory year's emissions.
    case inventory(year: Int, tonnes: Double)
    /// A milestone and the level it allows.
    case milestone(Milestone, tonnes: Double)
    /// A level a rule states for a year.
    case level(year: Int, tonnes: Double)

    /// The point's year.
    public var year: Int {
        switch self {
        case .inventory(let year, _), .level(let year, _): year
        case .milestone(let milestone, _): milestone.year
        }
    }

    /// The point's emissions in tCO2e.
    public var tonnes: Double {
        switch self {
        case .inventory(_, let tonnes), .milestone(_, let tonnes), .level(_, let tonnes): tonnes
        }
    }
}

/// How a target value was obtained.
public enum TargetSource: Sendable, Equatable, Hashable {
    /// Given as an explicit yearly cap in tonnes in the budget's data.
    case explicit
    /// Given as an explicit yearly cap as a change against the base year in percent.
    case explicitPercent(Double)
    /// The cap a milestone sets in its own year.
    case milestone(Milestone)
    /// On a path from a point to a milestone, by a line or a constant rate; `rule` is where the rule is stated,
    /// `nil` for the straight line between milestones that budgets without rules get.
    case path(from: PathPoint, to: Milestone, shape: PathShape, rule: String?)
    /// A constant yearly change in percent from a point, by the rule stated at `rule`.
    case yearlyChange(from: PathPoint, percentPerYear: Double, rule: String)
    /// The sum of the sectors' targets.
    case sumOfSectors

    /// A short word for the source, used in machine-readable output: "explicit", "milestone", "interpolated"
    /// (a straight line), "constantRate", "yearlyChange" or "sumOfSectors".
    public var name: String {
        switch self {
        case .explicit, .explicitPercent: "explicit"
        case .milestone: "milestone"
        case .path(_, _, .line, _): "interpolated"
        case .path(_, _, .constantRate, _): "constantRate"
        case .yearlyChange: "yearlyChange"
        case .sumOfSectors: "sumOfSectors"
        }
    }

    /// Whether the target is an explicit cap (in tonnes or percent).
    public var isExplicit: Bool {
        switch self {
        case .explicit, .explicitPercent: true
        default: false
        }
    }
}
