/// Runs the validation rules on a budget and collects their findings.
public enum Validator {
    /// Every rule, in the order the README lists them.
    public static let rules: [any ValidationRule.Type] = [
        DuplicateMeasureID.self,
        MeasureFileName.self,
        MissingImplementer.self,
        UnknownActor.self,
        MissingReporter.self,
        ReporterNotServiceArea.self,
        MissingSector.self,
        UnknownSector.self,
        MissingEffectYear.self,
        NegativeEffect.self,
        EffectSplit.self,
        EffectOnUnquantifiedMeasure.self,
        EffectAfterPeriod.self,
        EffectExceedsSectorReference.self,
        EffectRange.self,
        OverlapUnknownMeasure.self,
        OverlapAmount.self,
        OverlapExceedsEffect.self,
        OverlapDeclaredTwice.self,
        UnknownGoal.self,
        GoalEvidenceUnlisted.self,
        MissingReferenceYear.self,
        ActualBeforeBaseYear.self,
        MissingTarget.self,
        CapBreaksMilestone.self,
        MilestoneIncrease.self,
        TargetRuleConflict.self,
        TargetRuleUnreached.self,
        SectorTargetsSum.self,
        PrintedFigureDiffers.self,
        CarbonBudgetTargets.self,
        FinancingPrintedDiffers.self,
        FinancingPartsSum.self,
        FinancingUnknownServiceArea.self,
        FinancingUnknownMeasure.self,
    ]

    /// The rule with the given id, if there is one.
    public static func rule(id: String) -> (any ValidationRule.Type)? {
        rules.first { $0.id == id }
    }

    /// The rules that can be checked when the given parts of the budget did not load.
    public static func rules(without unloaded: Set<BudgetPart>) -> [any ValidationRule.Type] {
        rules.filter { $0.needs.isDisjoint(with: unloaded) }
    }

    /// The rules that cannot be checked when the given parts did not load, each with the files it waits for,
    /// in the order of ``rules``.
    ///
    /// A rule on the financing is not listed for a budget that has no `Data/financing.json` (an empty financing
    /// that loaded): there is nothing for it to check, and a budget without money keeps its output unchanged.
    public static func skippedRules(without unloaded: Set<BudgetPart>, in budget: Budget) -> [SkippedRule] {
        let noFinancing = budget.financing.isEmpty && !unloaded.contains(.financing)
        return rules.compactMap { rule in
            if noFinancing && rule.needs.contains(.financing) { return nil }
            let missing = rule.needs.intersection(unloaded).sorted()
            return missing.isEmpty ? nil : SkippedRule(rule: rule.id, files: missing.map { $0.file(in: budget.files) })
        }
    }

    /// All findings of all rules, errors first, then by file and measure, so output is stable.
    ///
    /// - Parameter unloaded: the parts of the budget whose files did not load; the rules that need one of
    ///   them are skipped, so a broken file does not show up as findings about everything that refers to it.
    public static func validate(_ budget: Budget, without unloaded: Set<BudgetPart> = []) -> [Finding] {
        let rules = rules(without: unloaded)
        // A large budget's rules run on every core, each on its own; their findings are joined in the rules'
        // order, as when they ran one after another, so nothing reported depends on which finished first.
        let found =
            budget.measures.count >= concurrentMeasures
            ? Concurrently.map(rules.count, chunk: 1) { rules[$0].check(budget) }.flatMap { $0 }
            : rules.flatMap { $0.check(budget) }
        return found.sorted { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            if a.file != b.file { return a.file < b.file }
            return (a.measure ?? 0) < (b.measure ?? 0)
        }
    }

    /// The figures a rule's breaking example withholds: what the rule reference says a finding of it does.
    /// From how many measures on the rules run on every core: a budget of a few hundred measures is checked in
    /// milliseconds, and `overview` already checks one budget per core.
    static let concurrentMeasures = 500

    package static func figuresWithheld(byExampleOf rule: any ValidationRule.Type) -> [Figure] {
        ProblemDescription(rule: rule).withholds
    }
}

/// A rule `validate` did not check because a file it needs did not load.
public struct SkippedRule: Sendable, Equatable {
    /// The rule's id.
    public var rule: String
    /// The files (or the measures folder) the rule waits for, such as "Data/sectors.json".
    public var files: [String]

    /// "until Data/sectors.json loads", for messages that say why the rule was not checked.
    public var until: String {
        "until \(files.joined(separator: " and ")) \(files.count == 1 ? "loads" : "load")"
    }

    /// Creates a skipped rule.
    public init(rule: String, files: [String]) {
        self.rule = rule
        self.files = files
    }
}
