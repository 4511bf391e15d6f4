import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports
import Foundation

/// `climate-budget roll --period 2023-2026`: starts the next budget round.
enum RollCommand: Command {
    static let spec = CommandSpec(
        name: "roll",
        abstract: "Start the next budget round: move the period and list what the new years still need.",
        discussion: """
            Moves the period in Data/budget.json and keeps every measure. Lists, as findings, the quantified
            measures without an effect for the new years, and reference or target years still missing.
            Lists, with its figure, where each new year's reference comes from (given in Data/reference.csv,
            or the "projection" rule in Data/budget.json: the last inventory held, a linear trend, a % change
            a year), or what to add where it has none, and warns when the origin changes inside the period.
            Lists where each new year's target comes from (an explicit cap, a milestone, a line or a constant
            rate between two points, a yearly change by a rule in Data/targets.json, or none), and warns when
            that changes inside the period. The projection and the target rules reach every year of the new
            period. Effects for years before the new period stay in the files as the record of earlier rounds.
            Nothing is changed without --write; with it, only the period in Data/budget.json changes.

            EXAMPLES:
              climate-budget roll --period 2023-2026
              climate-budget roll --period 2023-2026 --write
            """,
        options: [CommonOptions.budget, period, write])

    static let period: Option<String> = .required("period", "START-END", help: "The new period, such as 2023-2026.")
    static let write = Flag("write", help: "Write the new period to Data/budget.json.")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let text = arguments[Self.period]
        let parts = text.split(separator: "-").map { Int(String($0).trimmingWhitespace()) }
        guard parts.count == 2, let start = parts[0], let end = parts[1], start <= end, start >= 1900, end <= 2200
        else {
            throw UsageError.invalidValue(
                option: "period", value: text,
                expected: "two years such as 2023-2026, the first no later than the second", suggestion: nil)
        }
        let budget = try context.loadBudget(arguments)
        // The period may start inside the history: the inventory for its first years is their actual emissions.
        if start <= budget.settings.baseYear {
            throw UsageError.invalidValue(
                option: "period", value: text,
                expected:
                    "a period that starts after the base year in \(budget.files.settings) (after \(budget.settings.baseYear))",
                suggestion: nil)
        }
        let new = Period(start: start, end: end)
        var rolled = budget
        rolled.settings.period = new
        let needed = [MissingEffectYear.id, MissingReferenceYear.id, MissingTarget.id]
        let findings = Validator.validate(rolled).filter { needed.contains($0.rule) }

        context.output(
            "Period: \(budget.settings.period) → \(new). Every measure is kept (\(budget.measures.count)).\n")
        context.output("Remember the budget's name in \(budget.files.settings): it is \"\(budget.settings.name)\".\n")
        if findings.isEmpty {
            context.output("The new period has every figure it needs.\n")
        } else {
            context.output(
                "To do for the new period (\(findings.count)):\n" + findings.map { "  \($0)" }.joined(separator: "\n")
                    + "\n")
        }
        context.output(RollReport.referenceOrigins(rolled))
        context.output(RollReport.targetSources(rolled))
        guard arguments[Self.write] else {
            context.output("Nothing written; run again with --write to set the period in \(budget.files.settings).\n")
            return .success
        }
        let settingsURL = context.budgetFolder(arguments).appendingPathComponent(BudgetLoader.files.settings)
        let original = try String(contentsOf: settingsURL, encoding: .utf8)
        guard let updated = SettingsFileEditor.settingPeriod(new, in: original) else {
            throw LoadFailure(errors: [
                .invalidValue(
                    file: budget.files.settings, measure: nil, field: "period", value: "",
                    expected: "an object such as { \"start\": 2022, \"end\": 2025 } that roll can update")
            ])
        }
        try AtomicFile.write(
            [AtomicFile.Write(url: settingsURL, shownPath: budget.files.settings, data: Data(updated.utf8))],
            overwrite: true)
        context.output("Wrote \(budget.files.settings).\n")
        return .success
    }
}
