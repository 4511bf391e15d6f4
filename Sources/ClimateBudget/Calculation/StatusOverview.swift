/// Where the measures stand: each measure's latest status, and which reporters owe a report for the
/// reporting period that is due.
public struct StatusOverview: Sendable, Equatable {
    /// The period reports are due for: the budget's `reportingPeriod`, else the latest period anyone reported for.
    public private(set) var duePeriod: ReportingPeriod?
    /// Every measure with its latest report (`nil` when it has none), in the budget's order.
    public private(set) var measures: [(measure: Measure, latest: StatusReport?)]
    /// The open measures whose reporter has not reported for the due period.
    public private(set) var overdue: [Measure]
    /// The settings file, where the reporting period is set, as the budget names it.
    public private(set) var settingsFile: String

    /// The overview of a budget.
    public init(budget: Budget) {
        let latest = budget.measures.flatMap(\.statusReports).map(\.period).max()
        duePeriod = budget.settings.reportingPeriod ?? latest
        settingsFile = budget.files.settings
        measures = budget.measures.map { ($0, $0.latestStatus) }
        let due = duePeriod
        overdue =
            due.map { due in
                budget.measures.filter { measure in
                    guard let report = measure.latestStatus else { return true }
                    return report.status.isOpen && report.period < due
                }
            } ?? []
    }

    /// How many measures stand at each status by their latest report, with `nil` for "no report yet".
    public var counts: [(status: MeasureStatus?, count: Int)] {
        let statuses: [MeasureStatus?] = MeasureStatus.allCases.map { $0 } + [nil]
        return statuses.map { status in (status, measures.filter { $0.latest?.status == status }.count) }
    }

    /// Overviews compare by content.
    public static func == (lhs: StatusOverview, rhs: StatusOverview) -> Bool {
        lhs.duePeriod == rhs.duePeriod && lhs.overdue == rhs.overdue
            && lhs.measures.map(\.measure) == rhs.measures.map(\.measure)
            && lhs.measures.map(\.latest) == rhs.measures.map(\.latest)
    }
}
