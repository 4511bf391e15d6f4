/// An explicit cap agrees with the milestone of its own year within rounding: in 2023, -30 % against
/// 524 491 tonnes allows 367 143.7, and a printed cap of 367 143 agrees. Between milestones a cap may
/// follow any path (a sector scenario), so only milestone years are checked.
public enum CapBreaksMilestone: ValidationRule {
    public static let id = "cap-breaks-milestone"
    public static let title = "Caps agree with the milestones"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Utslippstaket stemmer ikke med bystyrets mål",
        "nn": "Utsleppstaket stemmer ikkje med målet til kommunestyret",
        "en": "A cap does not agree with the council's milestone",
    ]
    public static let summary =
        "In a milestone's own year, the explicit cap must equal the milestone's level (base-year emissions times the allowed share) within one tonne of rounding."
    public static let checksMeasures = false
    public static let severity = Severity.error
    /// It compares the caps with the milestones, against the base year's reference.
    public static let needs: Set<BudgetPart> = [.settings, .reference, .milestones, .targetCaps]
    public static let examples = RuleExamples(
        breaking: RuleExample("The 2023 cap is 800 tonnes while the -30 % milestone allows 700") { budget in
            budget.targets.caps[2023] = 800
        },
        passing: RuleExample("The 2023 cap is 700 tonnes, as the -30 % milestone allows") { _ in })

    /// How far a cap may lie from its milestone's level and still agree: rounding to whole tonnes.
    public static let tolerance = 1.0

    public static func check(_ budget: Budget) -> [Finding] {
        guard let base = budget.reference.total[budget.settings.baseYear] else { return [] }
        return budget.targets.milestones.compactMap { milestone in
            guard let cap = budget.targets.caps[milestone.year] else { return nil }
            let level = milestone.cap(baseEmissions: base)
            guard abs(cap - level) > tolerance else { return nil }
            return finding(
                file: budget.files.targetCaps, about: [.caps, .milestones],
                details: .capAgainstMilestone(year: milestone.year, cap: cap, allowed: level),
                message(milestone: milestone, cap: cap, level: level))
        }
    }
}

// MARK: - Messages

extension CapBreaksMilestone {
    static func message(milestone: Milestone, cap: Double, level: Double) -> String {
        let goal = milestone.goal.map { " (goal \($0))" } ?? ""
        return
            "the cap for \(milestone.year) is \(Tonnes.text(cap)) tonnes, but the milestone\(goal) of \(plainNumber(milestone.percentChange)) % allows \(Tonnes.text(level, decimals: 1)); correct the cap or the milestone"
    }
}
