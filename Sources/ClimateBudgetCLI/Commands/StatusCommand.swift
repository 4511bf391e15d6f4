import ClimateBudget
import ClimateBudgetReports

/// `climate-budget status`: the measures by latest status, and the reporters who have not reported for the period due.
enum StatusCommand: Command {
    static let spec = CommandSpec(
        name: "status",
        abstract:
            "List the measures by latest status report and flag reporters who have not reported for the period due.",
        discussion: """
            Status reports live in each measure file's "status" list (see the README). The period due is --period,
            else "reportingPeriod" in Data/budget.json, else the latest period any measure has reported for. A
            measure that is done or cancelled owes no more reports.

            EXAMPLES:
              climate-budget status
              climate-budget status --period 2022-T2 --format markdown
            """,
        options: [CommonOptions.budget, period, format])

    static let period: Option<ReportingPeriod?> = .parsed(
        "period", "PERIOD", help: "The reporting period due, such as 2022-T2."
    ) { text throws(UsageError) in
        guard let period = ReportingPeriod(text) else {
            throw .invalidValue(
                option: "period", value: text, expected: "a reporting period such as 2022-T2 (year, then T1, T2 or T3)",
                suggestion: nil)
        }
        return period
    }
    static let format: Option<StatusReportView.Format> = .format(help: "How to write the overview.", default: .text)

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        var budget = try context.loadBudget(arguments)
        if let period = arguments[Self.period] {
            budget.settings.reportingPeriod = period
        }
        context.output(
            StatusReportView.render(
                StatusOverview(budget: budget), format: arguments[Self.format], actors: budget.actors))
        return .success
    }
}
