/// Years as a message writes them: consecutive years joined into a run, runs separated by commas
/// ("2022, 2024-2026"), so that a rule claiming 2031 to 2050 does not fill a line with twenty years.
package func yearRuns(_ years: some Sequence<Int>) -> String {
    runs(of: years).map { $0.count == 1 ? String($0.lowerBound) : "\($0.lowerBound)-\($0.upperBound)" }
        .joined(separator: ", ")
}

/// The runs of consecutive years among the given ones, in order.
package func runs(of years: some Sequence<Int>) -> [ClosedRange<Int>] {
    var result: [ClosedRange<Int>] = []
    for year in Set(years).sorted() {
        if let last = result.last, last.upperBound + 1 == year {
            result[result.count - 1] = last.lowerBound...year
        } else {
            result.append(year...year)
        }
    }
    return result
}
