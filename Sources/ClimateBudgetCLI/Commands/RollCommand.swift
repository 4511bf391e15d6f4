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
            measures without an effect for the new years, and reference or target years still missing. Lists
            where each new year's target comes from (an explicit cap, a milestone, a line between two
            milestones, or none), and warns when that changes inside the period. Effects
            for years before the new period stay in the files as the record of earlier rounds. Nothing is
            changed without --write; with it, only the period in Data/budget.json changes.

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
        if start <= budget.settings.baseYear || (budget.reference.lastHistoricalYear.map { start <= $0 } ?? false) {
            let after = max(budget.settings.baseYear, budget.reference.lastHistoricalYear ?? budget.settings.baseYear)
            throw UsageError.invalidValue(
                option: "period", value: text,
                expected:
                    "a period that starts after the base year and the history in \(budget.files.settings) (after \(after))",
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
        context.output(targetSources(rolled))
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

    /// Where each period year's target comes from, one line a year, and a warning when the period mixes explicit
    /// caps with targets derived from milestones: the derived years' targets can jump (after `roll` to 2023-2026,
    /// Trondheim's 2026 target falls from the 2025 cap of 324 442 to 254 753), and the gap with them.
    static func targetSources(_ budget: Budget) -> String {
        let period = budget.settings.period
        let targets = TargetPathway.targets(for: budget, years: period.years)
        let capsFile = budget.files.targetCaps
        let milestonesFile = budget.files.targets
        var lines = ["Where the targets for \(period) come from:"]
        for year in period.years {
            guard let target = targets[year] else {
                lines.append(
                    "  \(year): no target: no cap in \(capsFile) and no milestones on both sides of it in \(milestonesFile)"
                )
                continue
            }
            let tonnes = NumberFormat.tonnes(target.value)
            switch target.source {
            case .explicit:
                lines.append("  \(year): explicit cap in \(capsFile): \(tonnes) tonnes")
            case .milestone(let milestone):
                lines.append("  \(year): milestone \(describe(milestone)) in \(milestonesFile): \(tonnes) tonnes")
            case .interpolated(let from, let to):
                lines.append(
                    "  \(year): interpolated between milestones \(describe(from)) and \(describe(to)) in \(milestonesFile): \(tonnes) tonnes"
                )
            }
        }
        let explicit = period.years.filter { targets[$0]?.source == .explicit }
        let derived = period.years.filter { targets[$0].map { $0.source != .explicit } ?? false }
        if !explicit.isEmpty && !derived.isEmpty {
            var warning =
                "warning: the target changes rule inside \(period): \(list(explicit)) \(explicit.count == 1 ? "has an explicit cap" : "have explicit caps"), "
                + "\(list(derived)) \(derived.count == 1 ? "takes its target" : "take their targets") from the milestones."
            for year in period.years.dropFirst() {
                guard let target = targets[year], let before = targets[year - 1],
                    (target.source == .explicit) != (before.source == .explicit)
                else { continue }
                let change = target.value - before.value
                let kind = { (value: TargetValue) in value.source == .explicit ? "cap" : "target from the milestones" }
                warning +=
                    " In \(year) the \(kind(target)) is \(NumberFormat.tonnes(target.value)) tonnes, \(NumberFormat.tonnes(abs(change))) "
                    + "\(change < 0 ? "below" : "above") the \(year - 1) \(kind(before)) of \(NumberFormat.tonnes(before.value))."
            }
            let values = derived.map { "\(NumberFormat.tonnes(targets[$0]?.value ?? 0)) tonnes in \($0)" }
            warning +=
                " Add \(derived.count == 1 ? "a cap" : "caps") for \(list(derived)) to \(capsFile), or accept the "
                + "\(derived.count == 1 ? "target" : "targets") from the milestones: \(list(values))."
            lines.append(warning)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A milestone as the environment unit finds it in the targets file: "2a (2023, -30 %)".
    private static func describe(_ milestone: Milestone) -> String {
        let change = "\(plainNumber(milestone.percentChange)) %"
        return milestone.goal.map { "\($0) (\(milestone.year), \(change))" } ?? "of \(milestone.year) (\(change))"
    }

    /// Items joined as a sentence lists them, "2023, 2024 and 2025", by the reports' one way of doing it.
    private static func list(_ items: [some CustomStringConvertible]) -> String {
        GapReport.list(items.map(\.description))
    }
}
