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

/// How a target value was obtained.
public enum TargetSource: Sendable, Equatable {
    /// Given as an explicit yearly cap in the budget's data.
    case explicit
    /// The cap a milestone sets in its own year.
    case milestone(Milestone)
    /// Interpolated on a straight line between two milestones.
    case interpolated(from: Milestone, to: Milestone)

    /// A short word for the source, used in machine-readable output: "explicit", "milestone" or "interpolated".
    public var name: String {
        switch self {
        case .explicit: "explicit"
        case .milestone: "milestone"
        case .interpolated: "interpolated"
        }
    }
}
