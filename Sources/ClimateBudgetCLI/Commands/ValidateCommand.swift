import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports

/// `climate-budget validate`: runs every validation rule and reports the findings.
enum ValidateCommand: Command {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Check the budget's data and responsibilities; exit 1 when there are errors.",
        discussion: """
            Runs every rule (list them with 'climate-budget rules'). Each finding names the file, the measure,
            the rule and what to do. Files that do not load are reported too, and the rules still check
            everything that did load. Exit codes: 0 no errors, 1 errors in the data, 2 usage or I/O problems.

            EXAMPLES:
              climate-budget validate
              climate-budget validate --format json
              climate-budget validate --strict
              climate-budget validate --format github        # in a GitHub Actions step
              climate-budget validate --format junit > validation.xml
            """,
        options: [CommonOptions.budget, format, strict])

    static let format: Option<FindingsReport.Format> = .format(
        help: "How to write the findings: text, JSON, GitHub Actions annotations or a JUnit XML report.", default: .text
    )
    static let strict = Flag("strict", help: "Fail (exit 1) on warnings too.")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        // Everything that can be found in one run: every file that does not load, and the findings of every
        // rule whose files did load, on the measures that did.
        let loaded = context.loadBudgetPartially(arguments)
        let problems = loaded.errors.map { CommandContext.finding($0) }
        guard let budget = loaded.budget else {
            // Not a budget folder: nothing to check. CI that reads the machine formats still gets a document.
            switch arguments[Self.format] {
            case .json: context.output(FindingsReport.json(problems).rendered())
            case .github: context.output(GitHubAnnotations.render(problems))
            case .junit: context.output(JUnitReport.render(problems, measures: [], rules: []))
            case .text: break
            }
            throw LoadFailure(errors: loaded.errors)
        }
        let findings = problems + Validator.validate(budget, without: loaded.unloaded)
        let skipped = Validator.skippedRules(without: loaded.unloaded, in: budget)
        // Printed figures are compared with a table computed from the data, so only when the parts it reads loaded.
        let notes =
            PrintedFigureDiffers.needs.isDisjoint(with: loaded.unloaded) ? ReportNote.printedFigures(budget) : []
        switch arguments[Self.format] {
        case .json:
            context.output(FindingsReport.json(findings, notChecked: skipped, notes: notes).rendered())
        case .github:
            context.output(GitHubAnnotations.render(findings))
        case .junit:
            context.output(
                JUnitReport.render(
                    findings, measures: budget.measures, rules: Validator.rules(without: loaded.unloaded),
                    notChecked: skipped, files: budget.files, strict: arguments[Self.strict]))
        case .text:
            context.output(
                FindingsReport.text(
                    findings, measureCount: budget.measures.count, notChecked: skipped, notes: notes))
        }
        if LoadFailure(errors: loaded.errors).isInputOutput { return .usageOrInputOutput }
        let failing = findings.contains { $0.severity == .error || arguments[Self.strict] }
        return failing ? .dataErrors : .success
    }

    /// A load problem as a finding whose rule is the problem's stable code.
}
