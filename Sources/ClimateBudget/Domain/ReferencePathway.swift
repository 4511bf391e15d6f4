/// Emissions if no further measures are taken (referansebane): history up to a year, then projection.
///
/// A budget may give the pathway per sector, as a total, or both. Where only sectors are given,
/// the total is their sum.
public struct ReferencePathway: Sendable, Equatable {
    /// Total emissions per year, as given or summed from the sectors.
    public var total: YearlySeries
    /// Emissions per sector id per year, where the budget gives sector figures.
    public var bySector: [String: YearlySeries]
    /// The last year that is history (utslippsregnskap) rather than projection, if known.
    public var lastHistoricalYear: Int?

    /// Creates a reference pathway. When `total` is empty the sum of `bySector` is used.
    public init(total: YearlySeries = [:], bySector: [String: YearlySeries] = [:], lastHistoricalYear: Int? = nil) {
        self.total = total.isEmpty ? .sum(bySector.values) : total
        self.bySector = bySector
        self.lastHistoricalYear = lastHistoricalYear
    }

    /// The years that have a total figure, in order.
    public var years: [Int] { total.keys.sorted() }
}
