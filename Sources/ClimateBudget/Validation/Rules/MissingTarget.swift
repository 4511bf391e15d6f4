/// Every period year has a target, given as a cap or derived from milestones; without one the year's gap
/// cannot be computed.
///
/// A budget that states rules for its total has said how every year is drawn: a year they miss is
/// `target-rule-unreached`'s error, and this warning stays quiet. So it does for years a sector's rules miss, and
/// for years where some sectors have a target and others not (`sector-targets-sum`): one problem, reported once.
public enum MissingTarget: ValidationRule {
    public static let id = "missing-target"
    public static let title = "Every period year has a target"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Målbanen mangler år", "nn": "Målbanen manglar år", "en": "The target pathway lacks years",
    ]
    public static let summary =
        "Each year of the period needs an explicit cap or must lie between two milestones, so that its gap can be computed."
    public static let checksMeasures = false
    public static let severity = Severity.warning
    /// Targets come from the caps, or from milestones against the base year's reference.
    public static let needs: Set<BudgetPart> = [.settings, .reference, .milestones, .targetCaps]
    public static let examples = RuleExamples(
        breaking: RuleExample("There is no cap for 2022 and the only milestone is in 2023") { budget in
            budget.targets.caps[2022] = nil
        },
        passing: RuleExample("There is a cap for 2022") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        let years = budget.settings.period.years
        let targets = TargetPathway.targets(for: budget, years: years)
        guard budget.targets.rules.isEmpty else { return [] }
        let reported = TargetRuleUnreached.unreachedBySector(in: budget).values.reduce(Set<Int>()) { $0.union($1) }
            .union(SectorTargetsSum.missing(in: budget).flatMap(\.years))
        let missing = years.filter { targets[$0] == nil && !reported.contains($0) }
        guard !missing.isEmpty else { return [] }
        return [
            finding(
                file: budget.files.targetCaps, about: [.caps, .milestones], details: .years(missing),
                message(missing: missing, targetsFile: budget.files.targets))
        ]
    }
}

// MARK: - Messages

extension MissingTarget {
    static func message(missing: [Int], targetsFile: String) -> String {
        "there is no target for \(missing.map(String.init).joined(separator: ", ")), so the gap cannot be computed for those years; add a cap for each year, or milestones in \(targetsFile) on both sides of them"
    }
}
