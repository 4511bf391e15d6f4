/// A measure's effect is a reduction: a negative number would mean the measure raises emissions,
/// which belongs in the reference pathway, not in Tabell 7-2.
public enum NegativeEffect: ValidationRule {
    public static let id = "negative-effect"
    public static let title = "Effects are not negative"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Effekten er negativ", "nn": "Effekten er negativ", "en": "The effect is negative",
    ]
    public static let summary = "A measure's yearly effect is a reduction in tonnes, zero or more."
    public static let severity = Severity.error
    /// Each measure is checked on its own.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 has an effect of -50 tonnes in 2022") { budget in
            budget.measures[0].effect[2022] = -50
        },
        passing: RuleExample("Measure 1 has an effect of 0 tonnes in 2022") { budget in
            budget.measures[0].effect[2022] = 0
        })

    public static func check(_ budget: Budget) -> [Finding] {
        budget.measures.flatMap { measure -> [Finding] in
            // Nearly no measure has a negative figure: its years are sorted only when one has.
            guard measure.effect.values.contains(where: { $0 < 0 }) else { return [] }
            return measure.effect.keys.sorted().compactMap { year -> Finding? in
                guard let value = measure.effect[year], value < 0 else { return nil }
                return finding(
                    measure: measure.id, file: measure.file, about: [.effects], in: [year],
                    message(year: year, value: value))
            }
        }
    }
}

// MARK: - Messages

extension NegativeEffect {
    static func message(year: Int, value: Double) -> String {
        "effect.\(year) is \(Tonnes.text(value)); an effect is the reduction in tonnes and cannot be negative"
    }
}
