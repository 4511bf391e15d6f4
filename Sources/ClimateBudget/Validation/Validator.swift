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
        EffectOnUnquantifiedMeasure.self,
        EffectAfterPeriod.self,
        EffectExceedsSectorReference.self,
        UnknownGoal.self,
        GoalEvidenceUnlisted.self,
        MissingReferenceYear.self,
        MissingTarget.self,
        CapBreaksMilestone.self,
        MilestoneIncrease.self,
    ]

    /// The rule with the given id, if there is one.
    public static func rule(id: String) -> (any ValidationRule.Type)? {
        rules.first { $0.id == id }
    }

    /// All findings of all rules, errors first, then by file and measure, so output is stable.
    public static func validate(_ budget: Budget) -> [Finding] {
        rules.flatMap { $0.check(budget) }.sorted { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            if a.file != b.file { return a.file < b.file }
            return (a.measure ?? 0) < (b.measure ?? 0)
        }
    }

    /// The figures a rule's breaking example withholds: what the rule reference says a finding of it does.
    public static func figuresWithheld(byExampleOf rule: any ValidationRule.Type) -> [Figure] {
        let budget = rule.examples.breaking.budget
        return Withholding(budget: budget, findings: rule.check(budget)).figures
    }
}
