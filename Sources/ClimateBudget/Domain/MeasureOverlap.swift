/// Another quantified measure that cuts some of the same tonnes as this one, such as a bus measure and zero
/// growth in car traffic: the effect sum would count those tonnes twice, so it subtracts them once
/// (see ``MeasureOverlaps``).
public struct MeasureOverlap: Sendable, Equatable {
    /// How much the two measures overlap.
    public enum Amount: Sendable, Equatable {
        /// A share in percent of the smaller of the two measures' effects, in each year: `25` is 25 %.
        case share(Double)
        /// Tonnes per year; a year without a figure has no overlap.
        case tonnes(YearlySeries)
    }

    /// The other measure's id.
    public var measure: Int
    /// How much of the two effects is the same tonnes.
    public var amount: Amount

    /// Creates an overlap with another measure.
    public init(measure: Int, amount: Amount) {
        self.measure = measure
        self.amount = amount
    }
}
