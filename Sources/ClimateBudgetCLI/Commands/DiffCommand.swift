import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports

/// `climate-budget diff OLD NEW`: what changed between two budget folders.
enum DiffCommand: Command {
    static let spec = CommandSpec(
        name: "diff",
        abstract: "Show what changed between two budgets: measures, and per year the reference, target, pathway and gap.",
        discussion: """
            OLD and NEW are budget folders, such as last round's checkout and this one. Exit 0 in both cases
            ("No changes." when they are the same); 1 or 2 when a budget does not load.

            EXAMPLES:
              climate-budget diff ../budget-main .
              climate-budget diff ../budget-main . --format markdown >> "$GITHUB_STEP_SUMMARY"
            """,
        arguments: [
            ArgumentSpec("OLD", help: "The earlier budget folder."),
            ArgumentSpec("NEW", help: "The later budget folder."),
        ],
        options: [.value("format", "FORMAT", help: "How to write the diff.", allowed: ["text", "markdown", "json"], default: "text")])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let oldPath = arguments.argument("OLD") ?? "", newPath = arguments.argument("NEW") ?? ""
        let old = try BudgetLoader.load(from: context.resolve(oldPath), shownAs: oldPath)
        let new = try BudgetLoader.load(from: context.resolve(newPath), shownAs: newPath)
        let format = OutputFormat(rawValue: arguments.value("format") ?? "") ?? .text
        let blocking = Withholding(validating: old).reasons(for: Figure.table) + Withholding(validating: new).reasons(for: Figure.table)
        for finding in blocking { context.errorOutput("note: \(finding)\n") }
        context.output(DiffReport.render(BudgetDiff.compare(old, new, figuresWithheld: !blocking.isEmpty), format: format))
        return .success
    }
}
