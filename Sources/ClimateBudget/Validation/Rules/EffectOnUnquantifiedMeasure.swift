/// Only quantified measures (Tabell 7-2) enter the measure pathway; an effect on another kind is ignored,
/// which is almost certainly not what was meant.
public enum EffectOnUnquantifiedMeasure: ValidationRule {
    public static let id = "effect-on-unquantified-measure"
    public static let title = "Only quantified measures have an effect"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Effekt på et tiltak som ikke er kvantifisert", "nn": "Effekt på eit tiltak som ikkje er kvantifisert",
        "en": "An effect on a measure that is not quantified",
    ]
    public static let summary =
        "An effect on a measure that is not of kind \"quantified\" is ignored by the calculations; make the measure quantified or remove the effect."
    public static let severity = Severity.warning
    /// Each measure is checked on its own.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Unquantified measure 2 has an effect for 2022") { budget in
            budget.measures[1].effect = [2022: 10]
        },
        passing: RuleExample("Unquantified measure 2 has no effect") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        budget.measures.compactMap { measure in
            guard measure.kind != .quantified,
                !(measure.effect.isEmpty && measure.effectLow.isEmpty && measure.effectHigh.isEmpty)
            else { return nil }
            let fields = [
                ("effect", measure.effect), ("effectLow", measure.effectLow), ("effectHigh", measure.effectHigh),
            ]
            .filter { !$0.1.isEmpty }.map(\.0)
            guard !fields.isEmpty else { return nil }
            return finding(
                measure: measure.id, file: measure.file, about: [.effects],
                fields == ["effect"] ? message(kind: measure.kind) : message(kind: measure.kind, fields: fields))
        }
    }
}

// MARK: - Messages

extension EffectOnUnquantifiedMeasure {
    static func message(kind: MeasureKind) -> String {
        "the measure has an effect but is of kind \"\(kind.rawValue)\", so the effect is not counted; set \"kind\" to \"quantified\" or remove \"effect\""
    }

    /// The message for a low or high effect on a measure that is not quantified, naming every such field.
    static func message(kind: MeasureKind, fields: [String]) -> String {
        let names = fields.map { "\"\($0)\"" }
        let list = names.dropLast().joined(separator: ", ") + (names.count > 1 ? " and " : "") + (names.last ?? "")
        return
            "the measure has \(list) but is of kind \"\(kind.rawValue)\", so \(names.count == 1 ? "it is" : "they are") not counted; set \"kind\" to \"quantified\" or remove \(list)"
    }
}
