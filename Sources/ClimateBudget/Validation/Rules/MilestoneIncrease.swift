/// A milestone cuts emissions: its `percentChange` is negative ("-30" for 30 % lower than the base year).
/// A positive one ("30" meant as a 30 % cut) raises the target above the base year's emissions and makes the
/// gap look smaller than it is, without any other rule noticing. The same holds for a sector's milestones
/// (`sectors.<id>.milestones`, against the sector's base-year emissions) and for a cap given as a change in the
/// `percentChange` column of the caps file.
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
        "nn": "Eit mål tillèt auka utslepp (gløymt minusteikn?)",
        "en": "A milestone allows emissions to grow (a missing minus sign?)",
    ]
    public static let summary =
        "A milestone's percentChange against the base year, the total's or a sector's, is negative for a cut (-30 for 30 % lower), and so is a cap's in the percentChange column of the caps file; a positive one allows more emissions than the base year and is almost always a slipped sign."
    public static let checksMeasures = false
    public static let severity = Severity.warning
    /// The base year and its emissions, and the milestones. A caps file that did not load holds no percent cap.
    public static let needs: Set<BudgetPart> = [.settings, .reference, .milestones]
    public static let examples = RuleExamples(
        breaking: RuleExample("The 2030 milestone is written 80 (an 80 % increase) where -80 was meant") { budget in
            budget.targets.milestones.append(Milestone(year: 2030, percentChange: 80))
        },
        passing: RuleExample("The 2030 milestone is written -80, an 80 % cut") { budget in
            budget.targets.milestones.append(Milestone(year: 2030, percentChange: -80))
        })

    public static func check(_ budget: Budget) -> [Finding] {
        let baseYear = budget.settings.baseYear
        let base = budget.reference.total[baseYear]
        var findings = increases(budget.targets.milestones).map { milestone in
            finding(
                file: budget.files.targets, about: [.milestones],
                message(milestone: milestone, baseYear: baseYear, baseEmissions: base))
        }
        for sector in budget.targets.sectors.keys.sorted() {
            let sectorBase = budget.referencePathway.bySector[sector]?[baseYear]
            for milestone in increases(budget.targets.sectors[sector]?.milestones ?? []) {
                findings.append(
                    finding(
                        file: budget.files.targets, about: [.milestones],
                        message(
                            milestone: milestone, baseYear: baseYear, baseEmissions: sectorBase,
                            place: "sectors.\(sector).milestones")))
            }
        }
        for year in budget.targets.percentCaps.keys.sorted() {
            guard let percent = budget.targets.percentCaps[year], percent > 0 else { continue }
            findings.append(
                finding(
                    file: budget.files.targetCaps, about: [.caps],
                    message(capYear: year, percentChange: percent, baseYear: baseYear, baseEmissions: base)))
        }
        return findings
    }

    /// The milestones that raise emissions, in year order.
    static func increases(_ milestones: [Milestone]) -> [Milestone] {
        milestones.sorted { $0.year < $1.year }.filter { $0.percentChange > 0 }
    }
}

// MARK: - Messages

extension MilestoneIncrease {
    /// - Parameter place: where a sector's milestone is stated (`sectors.veitrafikk.milestones`); `nil` for the
    ///   total's.
    static func message(milestone: Milestone, baseYear: Int, baseEmissions: Double?, place: String? = nil) -> String {
        let goal = milestone.goal.map { " (goal \($0))" } ?? ""
        let stated = place.map { " in \($0)" } ?? ""
        return increase(
            subject: "the milestone\(goal) for \(milestone.year)\(stated)", percent: milestone.percentChange,
            baseYear: baseYear, baseEmissions: baseEmissions)
    }

    static func message(capYear: Int, percentChange: Double, baseYear: Int, baseEmissions: Double?) -> String {
        increase(
            subject: "the cap for \(capYear)", percent: percentChange, baseYear: baseYear, baseEmissions: baseEmissions)
    }

    private static func increase(subject: String, percent change: Double, baseYear: Int, baseEmissions: Double?)
        -> String
    {
        let percent = plainNumber(change)
        let level =
            baseEmissions.map { base in
                ", which allows \(Tonnes.text(base * (1 + change / 100), decimals: 1)) tonnes, more than the \(Tonnes.text(base)) of \(baseYear)"
            } ?? ""
        return
            "\(subject) has percentChange \(percent): an increase of \(percent) % against \(baseYear)\(level); "
            + "a cut is written negative: write -\(percent) for a \(percent) % cut. Keep it only if the council really allows emissions to grow"
    }
}
