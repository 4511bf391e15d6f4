/// A measure's effect is budgeted for the period's years; a figure for a year after the period is not
/// counted, which usually means a year was mistyped. Figures for years before the period are the record of
/// earlier rounds (after `roll`) and are left alone.
public enum EffectAfterPeriod: ValidationRule {
    public static let id = "effect-after-period"
    public static let title = "No effects after the period"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Effekt for år etter perioden", "nn": "Effekt for år etter perioden",
        "en": "An effect for years after the period",
    ]
    public static let summary =
        "A yearly effect for a year after the budget period is not counted anywhere; correct the year, or move it into the period. Years before the period are earlier rounds' record and are fine."
    public static let severity = Severity.warning
    /// The period is in the settings.
    public static let needs: Set<BudgetPart> = [.settings]
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 also gives an effect for 2024, after the period 2022-2023") { budget in
            budget.measures[0].effect[2024] = 70
        },
        passing: RuleExample("Measure 1 gives effects for 2022 and 2023 only") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        let period = budget.settings.period
        return budget.measures.compactMap { measure in
            guard measure.kind == .quantified else { return nil }
            let outside = measure.effect.keys.filter { $0 > period.end }.sorted()
            guard !outside.isEmpty else { return nil }
            return finding(
                measure: measure.id, file: measure.file, about: [.effects], message(years: outside, period: period))
        }
    }
}

// MARK: - Messages

extension EffectAfterPeriod {
    static func message(years: [Int], period: Period) -> String {
        "effect has figures for \(years.map(String.init).joined(separator: ", ")), after the period \(period), which are not counted; correct the year or remove the figure"
    }
}
