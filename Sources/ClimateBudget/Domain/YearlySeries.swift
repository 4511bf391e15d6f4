/// Tonnes CO2-equivalent per year, keyed by year.
///
/// Every emission figure in a budget is such a series: a reference pathway, a measure's effect,
/// a set of target caps. Years that are absent have no figure; they are not zero.
public typealias YearlySeries = [Int: Double]

extension Dictionary where Key == Int, Value == Double {
    /// The sum of several series, year by year; a year present in any of them is present in the sum.
    package static func sum<S: Sequence>(_ series: S) -> YearlySeries where S.Element == YearlySeries {
        var total: YearlySeries = [:]
        for one in series {
            for (year, value) in one { total[year, default: 0] += value }
        }
        return total
    }
}
