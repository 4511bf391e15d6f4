/// Where the total or a sector states target rules, every period year gets its target from a cap, a milestone
/// or one of the rules: a year none of them reaches has no target and no gap.
///
/// An error, where `missing-target` (for a budget that draws straight lines between its milestones) is a
/// warning: a budget that states rules has said how every year's target is drawn, and a year they miss is a
/// mistake in them. `missing-target` stays quiet about such years, so the problem is reported once.
public enum TargetRuleUnreached: ValidationRule {
    public static let id = "target-rule-unreached"
    public static let title = "Target rules reach every period year"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Reglene for målbanen gir ikke mål for alle år", "nn": "Reglane for målbanen gjev ikkje mål for alle år",
        "en": "The target pathway's rules leave years without a target",
    ]
    public static let summary =
        "Where Data/targets.json states rules for the total or a sector, each year of the period needs a cap, a milestone or a rule that reaches it, so that its gap can be computed."
    public static let checksMeasures = false
    public static let severity = Severity.error
    /// The caps, the milestones and rules, and the reference they start from and are measured against.
    public static let needs: Set<BudgetPart> = [.settings, .reference, .milestones, .targetCaps]
    public static let examples = RuleExamples(
        breaking: RuleExample(
            "2022 has no cap, and the only rule runs on from the 2023 milestone by -5 % a year"
        ) { budget in
            budget.targets.caps[2022] = nil
            budget.targets.rules = [
                TargetRule(from: .year(2023), .yearlyChange(percentPerYear: -5, through: 2030), place: "rules[0]")
            ]
        },
        passing: RuleExample(
            "2022 has a cap, and the only rule runs on from the 2023 milestone by -5 % a year"
        ) { budget in
            budget.targets.rules = [
                TargetRule(from: .year(2023), .yearlyChange(percentPerYear: -5, through: 2030), place: "rules[0]")
            ]
        })

    public static func check(_ budget: Budget) -> [Finding] {
        TargetScope.all(in: budget).compactMap { target in
            let missing = target.unreached(in: budget)
            guard !missing.isEmpty else { return nil }
            return finding(
                file: budget.files.targets, about: [.milestones], in: Set(missing), details: .years(missing),
                message(
                    missing: missing, sector: target.sector, rules: target.scope.rules.map(\.place),
                    baseYear: target.scope.baseEmissions == nil ? budget.settings.baseYear : nil,
                    files: budget.files))
        }
    }

    /// The period years a sector's rules leave without a target, by sector id: the total cannot be the sum of
    /// the sectors there, and this rule, not `sector-targets-sum`, reports it.
    static func unreachedBySector(in budget: Budget) -> [String: Set<Int>] {
        var result: [String: Set<Int>] = [:]
        for target in TargetScope.all(in: budget) {
            guard let sector = target.sector else { continue }
            let missing = target.unreached(in: budget)
            if !missing.isEmpty { result[sector] = Set(missing) }
        }
        return result
    }
}

// MARK: - Messages

extension TargetRuleUnreached {
    /// - Parameter baseYear: the base year, when the sector has no reference figure for it (so none of its
    ///   milestones can be measured).
    static func message(missing: [Int], sector: String?, rules: [String], baseYear: Int?, files: BudgetFiles)
        -> String
    {
        let whose = sector.map { "sector \($0)" } ?? "total"
        let stated = "(rules stated: \(rules.joined(separator: ", ")))"
        if let baseYear, let sector {
            return
                "the \(whose) has no target for \(yearRuns(missing)) \(stated): its milestones are measured against its emissions in \(baseYear), and \(files.reference) gives \(sector) none; add \(sector)'s figure for \(baseYear)"
        }
        let cap = sector.map { "a cap in the \($0) column of \(files.targetCaps)" } ?? "a cap in \(files.targetCaps)"
        return
            "no cap, milestone or rule gives the \(whose) a target for \(yearRuns(missing)) \(stated); add a rule that reaches \(missing.count == 1 ? "it" : "them") (such as {\"from\": \"inventory\", \"to\": \"milestones\"}), a milestone, or \(cap)"
    }
}
