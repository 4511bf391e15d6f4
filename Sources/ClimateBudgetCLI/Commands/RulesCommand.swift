import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports

/// `climate-budget rules`: the catalogue of every problem the tool reports, generated from where each is defined.
enum RulesCommand: Command {
    static let spec = CommandSpec(
        name: "rules",
        abstract: "List every problem the tool reports: files that do not load and validation rules, with examples.",
        discussion:
            "Each problem has a stable code (the 'rule' of a finding in every output), a severity, a description and\nan example message. The README's reference is this command's Markdown output, so the two cannot drift apart.",
        options: [format])

    static let format: Option<RulesReport.Format> = .format(default: .text)

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        context.output(RulesReport.render(ProblemCatalogue.all, format: arguments[Self.format]))
        return .success
    }
}
