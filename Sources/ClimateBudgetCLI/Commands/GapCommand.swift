import ClimateBudget
import ClimateBudgetReports

/// `climate-budget gap`: the emission budget table (Tabell 7-1) of the budget.
enum GapCommand: Command {
    static let spec = CommandSpec(
        name: "gap",
        abstract: "Show the emission budget table: reference, effect, measure pathway, target and gap per year.",
        discussion: """
            The table of Tabell 7-1 for the base year, the last history year, any projection years before the
            period and the period years (the summary's table shows the same years), with the change against the
            base year as a whole percent and the sums over the period. It refuses to print figures
            when the data has errors that would make them wrong (run 'validate' to see them all).

            EXAMPLES:
              climate-budget gap
              climate-budget gap --format json > gap.json
              climate-budget gap --budget ../klimabudsjett-2023 --format markdown
            """,
        options: [
            CommonOptions.budget,
            CommonOptions.format(OutputFormat.allCases),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let budget = try context.loadBudget(arguments)
        guard let findings = context.refuseIfFiguresWouldBeWrong(budget) else { return .dataErrors }
        let format = OutputFormat(rawValue: arguments.value("format") ?? "") ?? .text
        let table = EmissionBudgetTable.compute(for: budget)
        context.output(GapReport.render(table, budget: budget, format: format))
        let errors = findings.filter { $0.severity == .error }.count
        if !findings.isEmpty {
            context.errorOutput("note: validation reports \(errors) error(s) and \(findings.count - errors) warning(s) that do not change these figures; run 'climate-budget validate' to see them.\n")
        }
        return .success
    }
}
