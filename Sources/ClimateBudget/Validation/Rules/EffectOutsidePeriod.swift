/// A measure's effect is budgeted for the period's years; a figure for another year is not counted,
/// which usually means the period moved or a year was mistyped.
public enum EffectOutsidePeriod: ValidationRule {
    public static let id = "effect-outside-period"
    public static let title = "Effects are given for the period's years"
    public static let summary = "A yearly effect for a year outside the budget period is not counted anywhere; correct the year, or remove the figure when the period has moved on."
    public static let severity = Severity.warning
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 also gives an effect for 2024, after the period 2022-2023") { budget in
            budget.measures[0].effect[2024] = 70
        },
        passing: RuleExample("Measure 1 gives effects for 2022 and 2023 only") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        let period = budget.settings.period
        return budget.measures.compactMap { measure in
            guard measure.kind == .quantified else { return nil }
            let outside = measure.effect.keys.filter { !period.contains($0) }.sorted()
            guard !outside.isEmpty else { return nil }
            return finding(measure: measure.id, file: measure.file, message(years: outside, period: period))
        }
    }
}

// MARK: - Messages

extension EffectOutsidePeriod {
    static func message(years: [Int], period: Period) -> String {
        "effect has figures for \(years.map(String.init).joined(separator: ", ")), outside the period \(period), which are not counted; correct the year or remove the figure"
    }
}
