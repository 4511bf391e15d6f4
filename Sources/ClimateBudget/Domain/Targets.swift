/// The council's targets: milestones against the base year, and explicit yearly caps (målbane).
///
/// Explicit caps win where given; elsewhere the target pathway is interpolated between milestones.
public struct Targets: Sendable, Equatable {
    /// Milestones such as -30 % in 2023 against the base year, in any order.
    public var milestones: [Milestone]
    /// Explicit yearly caps on total emissions, in tCO2e.
    public var caps: YearlySeries
    /// Explicit yearly caps per sector id, where the budget gives sector caps.
    public var capsBySector: [String: YearlySeries]

    /// Creates targets. When `caps` is empty the sum of `capsBySector` is used.
    public init(milestones: [Milestone] = [], caps: YearlySeries = [:], capsBySector: [String: YearlySeries] = [:]) {
        self.milestones = milestones
        self.caps = caps.isEmpty ? .sum(capsBySector.values) : caps
        self.capsBySector = capsBySector
    }
}

/// A target in one year: emissions changed by a percentage against the base year, such as mål 5's -80 % in 2030.
public struct Milestone: Sendable, Equatable {
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
