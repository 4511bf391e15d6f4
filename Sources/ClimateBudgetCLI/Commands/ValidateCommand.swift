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
            """,
        options: [
            CommonOptions.budget,
            CommonOptions.format([.text, .json]),
            .flag("strict", help: "Fail (exit 1) on warnings too."),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let budget: Budget
        do {
            budget = try context.loadBudget(arguments)
        } catch {
            // CI that reads the JSON still gets a document: the load problems as findings.
            if arguments.value("format") == OutputFormat.json.rawValue {
                context.output(FindingsReport.json(error.errors.map(finding)).rendered())
            }
            throw error
        }
        let findings = Validator.validate(budget)
        switch arguments.value("format") {
        case OutputFormat.json.rawValue:
            context.output(FindingsReport.json(findings).rendered())
        default:
            context.output(FindingsReport.text(findings, measureCount: budget.measures.count))
        }
        let failing = findings.contains { $0.severity == .error || arguments.flag("strict") }
        return failing ? .dataErrors : .success
    }

    /// A load problem as a finding whose rule is the problem's stable code.
    static func finding(_ error: LoadError) -> Finding {
        Finding(severity: .error, rule: error.code, measure: error.measure, file: error.file, message: error.placeAndMessage)
    }
}
