/// Where `Data/targets.json` asks for a carbon budget (`"carbonBudget"`), every year of its span has a target, so
/// that the targets can be summed; and the span does not end before it starts.
///
/// A warning, as `missing-target` is: the rest of the budget is shown as it is, and the carbon budget says it
/// cannot be summed. A period year without a target is `missing-target`'s too; both are reported, since each says
/// what it keeps from being computed.
public enum CarbonBudgetTargets: ValidationRule {
    public static let id = "carbon-budget-targets"
    public static let title = "Every year of the carbon budget has a target"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Karbonbudsjettet mangler mål for år", "nn": "Karbonbudsjettet manglar mål for år",
        "en": "The carbon budget lacks targets for years",
    ]
    public static let summary =
        "The carbon budget is the sum of the yearly targets over its span (\"carbonBudget\" in Data/targets.json, the period by default), so each year of the span needs a target: a cap, a milestone, a rule, or a line between two milestones."
    public static let checksMeasures = false
    public static let severity = Severity.warning
    /// The span is in the targets file; the targets come from the caps, the milestones and rules, and the
    /// reference they are measured against.
    public static let needs: Set<BudgetPart> = [.settings, .reference, .milestones, .targetCaps]
    public static let examples = RuleExamples(
        breaking: RuleExample(
            "The carbon budget runs from 2022 to 2025, and the targets end with the 2023 milestone"
        ) { budget in
            budget.targets.carbonBudget = CarbonBudgetSpan(from: 2022, to: 2025)
        },
        passing: RuleExample(
            "The carbon budget runs from 2022 to 2025, and a milestone of -50 % in 2025 gives 2024 and 2025 targets"
        ) { budget in
            budget.targets.carbonBudget = CarbonBudgetSpan(from: 2022, to: 2025)
            budget.targets.milestones.append(Milestone(year: 2025, percentChange: -50))
        })

    public static func check(_ budget: Budget) -> [Finding] {
        guard let span = budget.targets.carbonBudget else { return [] }
        let (from, to) = span.bounds(period: budget.settings.period)
        let file = budget.files.targets
        guard from <= to else {
            return [
                finding(
                    file: file, about: [.milestones],
                    "the carbon budget (carbonBudget) runs from \(from) to \(to)\(span.to == nil ? ", the period's end" : ""): it ends before it starts; set carbonBudget.to to \(from) or later"
                )
            ]
        }
        let targets = TargetPathway.targets(for: budget, years: Array(from...to))
        let missing = (from...to).filter { targets[$0] == nil }
        guard !missing.isEmpty else { return [] }
        return [
            finding(
                file: file, about: [.caps, .milestones], in: Set(missing), details: .years(missing),
                message(from: from, to: to, missing: missing, capsFile: budget.files.targetCaps, targetsFile: file))
        ]
    }
}

// MARK: - Messages

extension CarbonBudgetTargets {
    static func message(from: Int, to: Int, missing: [Int], capsFile: String, targetsFile: String) -> String {
        let years = missing.map(String.init)
        let list =
            years.count == 1 ? years[0] : years.dropLast().joined(separator: ", ") + " and " + years[years.count - 1]
        return
            "the carbon budget (carbonBudget) sums the targets from \(from) to \(to), but there is no target for \(list), so it cannot be summed; add caps for \(missing.count == 1 ? "that year" : "those years") to \(capsFile), milestones in \(targetsFile) on both sides of them, or a span (carbonBudget.from, carbonBudget.to) that leaves them out"
    }
}
