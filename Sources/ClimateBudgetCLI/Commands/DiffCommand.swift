import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports
import Foundation

/// `climate-budget diff OLD NEW`: what changed between two budget folders.
enum DiffCommand: Command {
    static let spec = CommandSpec(
        name: "diff",
        abstract:
            "Show what differs between two budgets: every file, row, cell and measure field, and per year the reference, target, pathway and gap.",
        discussion: """
            OLD and NEW are budget folders, such as last round's checkout and this one. Every file is compared
            by content, whether or not the budget loads: the data files row by row and field by field, the
            measures field by field. The yearly figures are compared only when both budgets load without errors
            that would make them wrong; otherwise the report says which budget and why, and diff exits 1.
            Exit 0 when the figures could be compared ("No changes." when the budgets hold the same data);
            2 when a folder is not a budget folder or a file cannot be read.

            EXAMPLES:
              climate-budget diff ../budget-main .
              climate-budget diff ../budget-main . --format markdown >> "$GITHUB_STEP_SUMMARY"
            """,
        arguments: [old, new],
        options: [format])

    static let old = ArgumentSpec("OLD", help: "The earlier budget folder.")
    static let new = ArgumentSpec("NEW", help: "The later budget folder.")
    static let format: Option<DiffReport.Format> = .format(help: "How to write the diff.", default: .text)

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let oldPath = arguments[Self.old]
        let newPath = arguments[Self.new]
        let format = arguments[Self.format]
        let oldFolder = context.resolve(oldPath)
        let newFolder = context.resolve(newPath)
        var comparison = BudgetComparison.compare(
            try BudgetContents.read(from: oldFolder, shownAs: oldPath),
            try BudgetContents.read(from: newFolder, shownAs: newPath))
        let old = load(oldFolder, shownAs: oldPath, side: .old)
        let new = load(newFolder, shownAs: newPath, side: .new)
        comparison.withheld = [old, new].compactMap(\.withheld)
        // Where both load, the figures are compared year by year, leaving out what each budget's errors withhold
        // (as gap does); the withheld reasons are still reported, and the exit code is 1.
        if let oldBudget = old.budget, let newBudget = new.budget {
            comparison.figures = BudgetDiff.compare(
                oldBudget, newBudget,
                withholding: (Withholding(validating: oldBudget), Withholding(validating: newBudget)))
            if !oldBudget.financing.isWithheld && !newBudget.financing.isWithheld {
                let financing = FinancingDiff.compare(oldBudget, newBudget)
                if !financing.isEmpty { comparison.financing = financing }
            }
        }
        // A financing file that does not load withholds only the comparison of the financing lines.
        var moneyWithheld = false
        for (side, path, budget) in [("OLD", oldPath, old.budget), ("NEW", newPath, new.budget)] {
            guard let budget, budget.financing.isWithheld else { continue }
            moneyWithheld = true
            context.errorOutput(
                "error: the financing lines are not compared: \(side) (\(path)) \(budget.files.financing) does not load: "
                    + budget.financing.problems.joined(separator: "; ") + "\n")
        }
        for reason in comparison.withheld {
            context.errorOutput(
                "error: \(comparison.figures == nil ? "the" : "some") yearly figures are withheld: "
                    + DiffReport.withheldReason(reason) + "; see the report\n")
        }
        context.output(DiffReport.render(comparison, format: format))
        if old.inputOutput || new.inputOutput { return .usageOrInputOutput }
        return comparison.withheld.isEmpty && !moneyWithheld ? .success : .dataErrors
    }

    /// One budget loaded for the figures, and why it cannot support some or all of them.
    private static func load(_ folder: URL, shownAs: String, side: WithheldFigures.Side)
        -> (budget: Budget?, withheld: WithheldFigures?, inputOutput: Bool)
    {
        do {
            let budget = try BudgetLoader.load(from: folder, shownAs: shownAs)
            let blocking = Withholding(validating: budget).reasons(for: Figure.table)
            guard blocking.isEmpty else {
                return (
                    budget,
                    WithheldFigures(side: side, folder: shownAs, loads: true, errors: blocking.map(\.description)),
                    false
                )
            }
            return (budget, nil, false)
        } catch {
            return (
                nil,
                WithheldFigures(side: side, folder: shownAs, loads: false, errors: error.errors.map(\.description)),
                error.isInputOutput
            )
        }
    }
}
