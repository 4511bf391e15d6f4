/// Each year takes its target from one rule at most, and every rule stated can be drawn: two rules of the total
/// (or of one sector) that both claim a year, say a constant-rate segment overlapping a straight line, leave the
/// year's target to the order they happen to be listed in; a rule that cannot be drawn gives no target at all.
public enum TargetRuleConflict: ValidationRule {
    public static let id = "target-rule-conflict"
    public static let title = "Target rules do not overlap and can be drawn"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Reglene for målbanen overlapper eller kan ikke tegnes",
        "nn": "Reglane for målbanen overlappar eller kan ikkje teiknast",
        "en": "The target pathway's rules overlap or cannot be drawn",
    ]
    public static let summary =
        "Two rules in Data/targets.json (for the total, or for one sector) may not both claim a year, in the period or not, and every rule must be drawable: its start and end milestones must exist, and a constant rate cannot start or end at 0 tonnes."
    public static let checksMeasures = false
    public static let severity = Severity.error
    /// The rules, the milestones they run between, and the reference's inventory and base year they start from
    /// and are measured against; the period decides where a path from the inventory leads.
    public static let needs: Set<BudgetPart> = [.settings, .reference, .milestones]
    public static let examples = RuleExamples(
        breaking: RuleExample(
            "2022 has no cap; rules[0] runs from the inventory to the 2023 milestone, and rules[1], a yearly change of -5 % from 800 tonnes in 2021, claims 2022 too"
        ) { budget in
            budget.targets.caps[2022] = nil
            budget.targets.rules = [
                TargetRule(from: .inventory, .path(to: .milestones, shape: .line), place: "rules[0]"),
                TargetRule(
                    from: .year(2021), level: 800, .yearlyChange(percentPerYear: -5, through: 2025), place: "rules[1]"),
            ]
        },
        passing: RuleExample(
            "2022 has no cap; rules[0] runs from the inventory to the 2023 milestone, and rules[1] on from the 2023 milestone by -5 % a year"
        ) { budget in
            budget.targets.caps[2022] = nil
            budget.targets.rules = [
                TargetRule(from: .inventory, .path(to: .milestones, shape: .line), place: "rules[0]"),
                TargetRule(from: .year(2023), .yearlyChange(percentPerYear: -5, through: 2025), place: "rules[1]"),
            ]
        })

    public static func check(_ budget: Budget) -> [Finding] {
        var findings: [Finding] = []
        for target in TargetScope.all(in: budget) where !target.scope.rules.isEmpty {
            let (claims, problems) = TargetPathway.claims(target.scope)
            var claimed: [(place: String, years: Set<Int>)] = []
            for claim in claims {
                if let index = claimed.firstIndex(where: { $0.place == claim.rule.place }) {
                    claimed[index].years.formUnion(claim.years)
                } else {
                    claimed.append((claim.rule.place, Set(claim.years)))
                }
            }
            for (index, first) in claimed.enumerated() {
                for second in claimed[(index + 1)...] {
                    for run in runs(of: first.years.intersection(second.years)) {
                        findings.append(
                            finding(
                                file: budget.files.targets, about: [.milestones],
                                message(first: first.place, second: second.place, years: run)))
                    }
                }
            }
            for problem in problems {
                findings.append(
                    finding(file: budget.files.targets, about: [.milestones], message(problem: problem)))
            }
        }
        return findings
    }
}

// MARK: - Messages

extension TargetRuleConflict {
    static func message(first: String, second: String, years: ClosedRange<Int>) -> String {
        "\(first) and \(second) both claim \(yearRuns(years)); a year takes its target from one rule: end one before the other starts, or remove one"
    }

    static func message(problem: TargetPathway.RuleProblem) -> String {
        "\(problem.rule.place) cannot be drawn: \(problem.reason)"
    }
}
