/// The target pathway (målbane): the yearly emission cap, explicit where given, else derived from milestones.
public enum TargetPathway {
    /// The target for one year: the explicit cap if there is one, else the milestone of that year,
    /// else a straight line between the milestones before and after it; `nil` outside the milestones.
    ///
    /// - Parameters:
    ///   - caps: explicit caps by year.
    ///   - milestones: the council's milestones, in any order.
    ///   - baseEmissions: the reference emissions in the base year, that milestones are measured against.
    public static func target(
        in year: Int,
        caps: YearlySeries,
        milestones: [Milestone],
        baseEmissions: Double?
    ) -> TargetValue? {
        if let cap = caps[year] { return TargetValue(value: cap, source: .explicit) }
        guard let baseEmissions else { return nil }
        let sorted = milestones.sorted { $0.year < $1.year }
        if let exact = sorted.last(where: { $0.year == year }) {
            return TargetValue(value: exact.cap(baseEmissions: baseEmissions), source: .milestone(exact))
        }
        guard let before = sorted.last(where: { $0.year < year }),
            let after = sorted.first(where: { $0.year > year })
        else { return nil }
        let start = before.cap(baseEmissions: baseEmissions)
        let end = after.cap(baseEmissions: baseEmissions)
        let fraction = Double(year - before.year) / Double(after.year - before.year)
        return TargetValue(value: start + (end - start) * fraction, source: .interpolated(from: before, to: after))
    }

    /// The targets of a budget for each of the given years; years without a target are absent.
    public static func targets(for budget: Budget, years: [Int]) -> [Int: TargetValue] {
        let base = budget.reference.total[budget.settings.baseYear]
        var result: [Int: TargetValue] = [:]
        for year in years {
            result[year] = target(
                in: year, caps: budget.targets.caps, milestones: budget.targets.milestones, baseEmissions: base)
        }
        return result
    }
}
