/// The span of years a budget's carbon budget covers (`"carbonBudget"` in `Data/targets.json`): the carbon budget
/// is the sum of the yearly targets over it. A bound the budget leaves out is the period's.
public struct CarbonBudgetSpan: Sendable, Equatable, Hashable {
    /// The first year, where the budget names one; else the period's first year.
    public var from: Int?
    /// The last year (the target year), where the budget names one; else the period's last year.
    public var to: Int?

    /// Creates a span; a bound left out is the period's.
    public init(from: Int? = nil, to: Int? = nil) {
        self.from = from
        self.to = to
    }

    /// The first and last year in a budget with the given period.
    public func bounds(period: Period) -> (from: Int, to: Int) {
        (from ?? period.start, to ?? period.end)
    }
}

/// How a pathway is derived from a carbon budget (`"method"` in `"carbonBudgetPathways"`).
public enum CarbonBudgetMethod: Sendable, Equatable, Hashable {
    /// A straight line to zero whose yearly levels, cut off at zero, add up to the budget.
    case line
    /// A decline by the same share every year whose (endless) sum is the budget.
    case exponential
    /// A constant yearly change in percent (-11.72 for 11.72 % less each year), whatever it sums to.
    case rate(percentPerYear: Double)

    /// The name `Data/targets.json` uses: `"line"`, `"exponential"` or `"rate"`.
    public var name: String {
        switch self {
        case .line: "line"
        case .exponential: "exponential"
        case .rate: "rate"
        }
    }
}

/// A pathway the budget asks to derive from a carbon budget, as Swedish and German municipal trackers do: a total
/// number of tonnes from a start year, and a method (`"carbonBudgetPathways"` in `Data/targets.json`).
public struct CarbonBudgetPathwayRule: Sendable, Equatable, Hashable {
    /// The carbon budget in tonnes CO2e, from `from` on.
    public var tonnes: Double
    /// The first year the budget covers.
    public var from: Int
    /// How the pathway is derived.
    public var method: CarbonBudgetMethod
    /// Where the pathway is stated, for messages: `carbonBudgetPathways[0]`.
    public var place: String

    /// Creates a pathway rule.
    public init(tonnes: Double, from: Int, method: CarbonBudgetMethod, place: String) {
        self.tonnes = tonnes
        self.from = from
        self.method = method
        self.place = place
    }
}
