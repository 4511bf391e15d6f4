/// A milestone cuts emissions: its `percentChange` is negative ("-30" for 30 % lower than the base year).
/// A positive one ("30" meant as a 30 % cut) raises the target above the base year's emissions and makes the
/// gap look smaller than it is, without any other rule noticing.
///
/// A warning, not an error: milestones are set on the municipality's total emissions, where an increase against
/// the base year is almost always a sign slip, but it is legal in principle, and an error would fail every
/// `validate` of a budget whose council really allowed one, with no way to keep it. As a warning it shows in
/// `validate`, in CI's annotations and among the open findings of the council summary, and `--strict` fails on it.
public enum MilestoneIncrease: ValidationRule {
    public static let id = "milestone-increase"
    public static let title = "Milestones cut emissions"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Et mål tillater økte utslipp (glemt minustegn?)",
        "en": "A milestone allows emissions to grow (a missing minus sign?)",
    ]
    public static let summary =
        "A milestone's percentChange against the base year is negative for a cut (-30 for 30 % lower); a positive one allows more emissions than the base year and is almost always a slipped sign."
    public static let checksMeasures = false
    public static let severity = Severity.warning
    /// The base year and its emissions, and the milestones.
    public static let needs: Set<BudgetPart> = [.settings, .reference, .milestones]
    public static let examples = RuleExamples(
        breaking: RuleExample("The 2030 milestone is written 80 (an 80 % increase) where -80 was meant") { budget in
            budget.targets.milestones.append(Milestone(year: 2030, percentChange: 80))
        },
        passing: RuleExample("The 2030 milestone is written -80, an 80 % cut") { budget in
            budget.targets.milestones.append(Milestone(year: 2030, percentChange: -80))
        })

    public static func check(_ budget: Budget) -> [Finding] {
        let base = budget.reference.total[budget.settings.baseYear]
        return budget.targets.milestones.sorted { $0.year < $1.year }.filter { $0.percentChange > 0 }.map { milestone in
            finding(
                file: budget.files.targets, about: [.milestones],
                message(milestone: milestone, baseYear: budget.settings.baseYear, baseEmissions: base))
        }
    }
}

// MARK: - Messages

extension MilestoneIncrease {
    static func message(milestone: Milestone, baseYear: Int, baseEmissions: Double?) -> String {
        let goal = milestone.goal.map { " (goal \($0))" } ?? ""
        let percent = plainNumber(milestone.percentChange)
        let level =
            baseEmissions.map { base in
                ", which allows \(Tonnes.text(milestone.cap(baseEmissions: base), decimals: 1)) tonnes, more than the \(Tonnes.text(base)) of \(baseYear)"
            } ?? ""
        return
            "the milestone\(goal) for \(milestone.year) has percentChange \(percent): an increase of \(percent) % against \(baseYear)\(level); "
            + "a cut is written negative: write -\(percent) for a \(percent) % cut. Keep it only if the council really allows emissions to grow"
    }
}
