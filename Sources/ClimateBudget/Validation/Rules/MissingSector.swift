/// A measure aimed at direct emissions (Tabell 7-2 and 7-3) names the emission sector it acts on.
public enum MissingSector: ValidationRule {
    public static let id = "missing-sector"
    public static let title = "Measures on direct emissions name a sector"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Tiltaket mangler utslippssektor", "nn": "Tiltaket manglar utsleppssektor",
        "en": "The measure has no emission sector",
    ]
    public static let summary =
        "A quantified or unquantified measure names the emission sector it acts on, so its effect can be shown by sector."
    public static let severity = Severity.error
    /// Each measure is checked on its own; without the sectors the message only lacks the list of them.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Quantified measure 1 has no sector") { budget in
            budget.measures[0].sector = nil
        },
        passing: RuleExample("Quantified measure 1 is in the sector veitrafikk") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        budget.measures.compactMap { measure in
            guard measure.kind.needsSector, (measure.sector ?? "").trimmingWhitespace().isEmpty else { return nil }
            return finding(
                measure: measure.id, file: measure.file, about: [.measureSectors],
                message(kind: measure.kind, sectors: budget.sectors.map(\.id), sectorsFile: budget.files.sectors))
        }
    }
}

// MARK: - Messages

extension MissingSector {
    static func message(kind: MeasureKind, sectors: [String], sectorsFile: String) -> String {
        "a measure of kind \"\(kind.rawValue)\" needs a sector; set \"sector\" to "
            + (sectors.isEmpty
                ? "a sector id, after listing the sectors in \(sectorsFile)"
                : "one of: \(sectors.joined(separator: ", "))")
    }
}
