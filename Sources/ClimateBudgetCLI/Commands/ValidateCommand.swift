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
            the rule and what to do. Exit codes: 0 no errors, 1 errors in the data, 2 usage or I/O problems.

            EXAMPLES:
              climate-budget validate
              climate-budget validate --format json
              climate-budget validate --strict
              climate-budget validate --format github        # in a GitHub Actions step
              climate-budget validate --format junit > validation.xml
            """,
        options: [CommonOptions.budget, format, strict])

    static let format: Option<FindingsReport.Format> = .format(
        help: "How to write the findings: text, JSON, GitHub Actions annotations or a JUnit XML report.", default: .text)
    static let strict = Flag("strict", help: "Fail (exit 1) on warnings too.")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let budget: Budget
        do {
            budget = try context.loadBudget(arguments)
        } catch {
            // CI that reads the machine formats still gets a document: the load problems as findings.
            let problems = error.errors.map(finding)
            switch arguments[Self.format] {
            case .json: context.output(FindingsReport.json(problems).rendered())
            case .github: context.output(GitHubAnnotations.render(problems))
            case .junit: context.output(JUnitReport.render(problems, measures: [], rules: []))
            case .text: break
            }
            throw error
        }
        let findings = Validator.validate(budget)
        switch arguments[Self.format] {
        case .json:
            context.output(FindingsReport.json(findings).rendered())
        case .github:
            context.output(GitHubAnnotations.render(findings))
        case .junit:
            context.output(JUnitReport.render(findings, measures: budget.measures, rules: Validator.rules, strict: arguments[Self.strict]))
        case .text:
            context.output(FindingsReport.text(findings, measureCount: budget.measures.count))
        }
        let failing = findings.contains { $0.severity == .error || arguments[Self.strict] }
        return failing ? .dataErrors : .success
    }

    /// A load problem as a finding whose rule is the problem's stable code.
    static func finding(_ error: LoadError) -> Finding {
        Finding(severity: .error, rule: error.code, measure: error.measure, file: error.file, message: error.placeAndMessage)
    }
}
