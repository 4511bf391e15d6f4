import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports
import Foundation

/// `climate-budget money`: the financing of the measures with every sum computed, the changes against last year's
/// budget, and the cost per tonne.
enum MoneyCommand: Command {
    static let spec = CommandSpec(
        name: "money",
        abstract:
            "Show the financing of the measures (million kroner per year) with every sum computed, the changes against last year's budget, and the cost per tonne.",
        discussion: """
            Reads Data/financing.json. Every sum and total is computed from the lines; a figure the source
            printed differently is marked with a star and listed with both values, and with the printed figure
            it follows from. The cost per tonne divides the money of the lines tied to a quantified measure by
            the measure's effect, per year and over the period; every tie is inferred from the source.
            With --against, the change in each line is computed from the earlier budget folder, as diff does.
            A pot whose sub-lines do not add up to it is marked with a dagger: the lines contradict each other.
            Exit 0 when the budget loads (a printed slip is the document's, for validate to fail on); 1 when it
            does not, or when a pot's sub-lines do not add up to it.

            EXAMPLES:
              climate-budget money
              climate-budget money --format csv > finansiering.csv
              climate-budget money --against ../budget-2021 --format markdown
            """,
        options: [CommonOptions.budget, against, format])

    static let against: Option<String?> = .value(
        "against", "DIR", help: "An earlier budget folder: the change in each financing line is computed from the two.")
    static let format: Option<MoneyReport.Format> = .format(default: .text)

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let budget = try context.loadBudget(arguments, needsFinancing: true)
        var earlier: (budget: Budget, name: String)?
        if let path = arguments[Self.against] {
            earlier = (try BudgetLoader.load(from: context.resolve(path), shownAs: path, needsFinancing: true), path)
        }
        let content = MoneyReport.Content(budget: budget, against: earlier)
        context.output(MoneyReport.render(content, format: arguments[Self.format]))
        let uneven = MoneyReport.unevenPotLines(content)
        for line in uneven {
            context.errorOutput("error: \(budget.files.financing): \(line); correct the pot or a sub-line\n")
        }
        return uneven.isEmpty ? .success : .dataErrors
    }
}
