/// Measures cannot cut more from a sector than the sector emits: where the budget gives sector figures,
/// the summed effect in a sector stays at or below that sector's reference emissions.
public enum EffectExceedsSectorReference: ValidationRule {
    public static let id = "effect-exceeds-sector-reference"
    public static let title = "Effects stay within their sector's emissions"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Effekten er større enn sektorens utslipp", "nn": "Effekten er større enn utsleppa i sektoren",
        "en": "The effect exceeds the sector's emissions",
    ]
    public static let summary =
        "Where the reference pathway is given per sector, the summed effect of the measures in a sector cannot exceed that sector's reference emissions in any year."
    public static let severity = Severity.error
    /// A measure file that did not load can only lower a sector's summed effect, never raise it.
    public static let needs: Set<BudgetPart> = [.reference]
    public static let examples = RuleExamples(
        breaking: RuleExample("Road traffic emits 40 tonnes in 2022 and measure 1 cuts 50") { budget in
            budget.reference = ReferencePathway(
                total: budget.reference.total, bySector: ["veitrafikk": [2022: 40, 2023: 880]])
        },
        passing: RuleExample("Road traffic emits 900 tonnes in 2022 and measure 1 cuts 50") { budget in
            budget.reference = ReferencePathway(
                total: budget.reference.total, bySector: ["veitrafikk": [2022: 900, 2023: 880]])
        })

    public static func check(_ budget: Budget) -> [Finding] {
        var findings: [Finding] = []
        let effects = MeasureEffects.bySector(of: budget.measures)
        for sector in effects.keys.sorted() {
            guard let reference = budget.referencePathway.bySector[sector], let effect = effects[sector] else {
                continue
            }
            for year in effect.keys.sorted() {
                guard let emitted = reference[year], let cut = effect[year], cut > emitted else { continue }
                let measures = budget.measures
                    .filter { $0.kind == .quantified && $0.sector == sector && ($0.effect[year] ?? 0) > 0 }
                    .map(\.id)
                findings.append(
                    finding(
                        measure: measures.count == 1 ? measures[0] : nil, file: budget.files.reference,
                        about: [.effects, .sectorReference], in: [year],
                        message(sector: sector, year: year, cut: cut, emitted: emitted, measures: measures)))
            }
        }
        return findings
    }
}

// MARK: - Messages

extension EffectExceedsSectorReference {
    static func message(sector: String, year: Int, cut: Double, emitted: Double, measures: [Int]) -> String {
        let ids = measures.map(String.init).joined(separator: ", ")
        return
            "the measures in sector \"\(sector)\" (\(ids)) cut \(Tonnes.text(cut)) tonnes in \(year), more than the \(Tonnes.text(emitted)) tonnes the sector emits; check their effects and the sector's figure for \(year) here"
    }
}
