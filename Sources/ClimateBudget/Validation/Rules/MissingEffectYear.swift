/// A quantified measure gives its effect for every year of the period; a missing year would silently
/// count as no reduction and shrink the measure pathway's cut.
public enum MissingEffectYear: ValidationRule {
    public static let id = "missing-effect-year"
    public static let title = "Quantified measures have an effect for every period year"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Effekt mangler for et år i perioden", "nn": "Effekt manglar for eit år i perioden",
        "en": "An effect is missing for a year of the period",
    ]
    public static let summary =
        "A quantified measure states its yearly reduction in tonnes for each year of the period; write 0 for a year without effect."
    public static let severity = Severity.error
    /// The years to check are the period's, from the settings.
    public static let needs: Set<BudgetPart> = [.settings]
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 gives no effect for 2023") { budget in
            budget.measures[0].effect[2023] = nil
        },
        passing: RuleExample("Measure 1 gives an effect for 2022 and 2023") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        budget.measures.compactMap { measure in
            guard measure.kind == .quantified else { return nil }
            let missing = budget.settings.period.years.filter { measure.effect[$0] == nil }
            guard !missing.isEmpty else { return nil }
            return finding(
                measure: measure.id, file: measure.file, about: [.effects], in: Set(missing), details: .years(missing),
                message(missing: missing, period: budget.settings.period))
        }
    }
}

// MARK: - Messages

extension MissingEffectYear {
    static func message(missing: [Int], period: Period) -> String {
        let years = missing.map(String.init).joined(separator: ", ")
        return
            "effect has no figure for \(years); a quantified measure needs a yearly reduction in tonnes for every year \(period) (write 0 if there is none)"
    }
}
