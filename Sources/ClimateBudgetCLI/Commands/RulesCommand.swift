import ClimateBudget
import ClimateBudgetReports

/// `climate-budget rules`: the reference of the validation rules, generated from the rules themselves.
enum RulesCommand: Command {
    static let spec = CommandSpec(
        name: "rules",
        abstract: "List the validation rules with their ids, severity and examples.",
        discussion: "The README's rule reference is this command's Markdown output, so the two cannot drift apart.",
        options: [format])

    static let format: Option<RulesReport.Format> = .format(default: .text)

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        context.output(RulesReport.render(Validator.rules, format: arguments[Self.format]))
        return .success
    }
}
