/// Every measure names at least one implementer: someone must carry it out (gjennomføringsansvar).
public enum MissingImplementer: ValidationRule {
    public static let id = "missing-implementer"
    public static let title = "Every measure has an implementer"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Ingen har gjennomføringsansvar", "nn": "Ingen har gjennomføringsansvar",
        "en": "No one is named to carry the measure out",
    ]
    public static let summary = "A measure names at least one service area, group or outside actor that carries it out."
    public static let severity = Severity.error
    /// Each measure is checked on its own.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 2 has an empty list of implementers") { budget in
            budget.measures[1].responsibility.implementers = []
        },
        passing: RuleExample("Measure 2 is implemented by ST") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        budget.measures.compactMap { measure in
            guard !measure.responsibility.implementers.contains(where: { !$0.trimmingWhitespace().isEmpty }) else {
                return nil
            }
            return finding(measure: measure.id, file: measure.file, about: [.measureDetails], message)
        }
    }
}

// MARK: - Messages

extension MissingImplementer {
    static let message =
        "no one is named to carry out the measure; add the service area or outside actor to responsibility.implementers"
}
