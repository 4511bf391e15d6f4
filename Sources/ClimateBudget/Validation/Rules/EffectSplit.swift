/// A quantified measure that splits its effect between sectors (`effectBySector`) splits all of it: the parts of
/// each year add up to the year's effect, so the tables per sector add up to the total.
public enum EffectSplit: ValidationRule {
    public static let id = "effect-split"
    public static let title = "A measure's effect split by sector adds up"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Effekten fordelt på sektorer summerer ikke til tiltakets effekt",
        "en": "The effect split by sector does not add up to the measure's effect",
        "nn": "Effekten fordelt på sektorar summerer ikkje til effekten av tiltaket",
    ]
    public static let summary =
        "Where a quantified measure splits its effect between sectors (effectBySector), the parts of each year add up to the year's effect; only a quantified measure has an effect to split."
    public static let severity = Severity.error
    /// Each measure is checked on its own.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 (50 t in 2022) splits 30 t to veitrafikk and 10 t to sjofart") { budget in
            budget.sectors.append(Sector(id: "sjofart", name: "Sjøfart"))
            budget.measures[0].effectBySector = ["veitrafikk": [2022: 30, 2023: 60], "sjofart": [2022: 10]]
        },
        passing: RuleExample("Measure 1 (50 t in 2022) splits 40 t to veitrafikk and 10 t to sjofart") { budget in
            budget.sectors.append(Sector(id: "sjofart", name: "Sjøfart"))
            budget.measures[0].effectBySector = ["veitrafikk": [2022: 40, 2023: 60], "sjofart": [2022: 10]]
        })

    /// How far the parts may lie from the effect: a kilogram, the precision figures are kept to.
    static let tolerance = 0.0005

    public static func check(_ budget: Budget) -> [Finding] {
        budget.measures.compactMap { measure -> Finding? in
            guard !measure.effectBySector.isEmpty else { return nil }
            guard measure.kind == .quantified else {
                return finding(
                    measure: measure.id, file: measure.file, about: [.effects],
                    "effectBySector is given, but only a quantified measure has an effect to split; remove effectBySector or make the measure quantified"
                )
            }
            let years = Set(measure.effect.keys).union(measure.effectBySector.values.flatMap(\.keys)).sorted()
            let wrong = years.compactMap { year -> (year: Int, parts: Double, effect: Double)? in
                let parts = measure.effectBySector.values.reduce(0.0) { $0 + ($1[year] ?? 0) }
                let effect = measure.effect[year] ?? 0
                return abs(parts - effect) > tolerance ? (year, parts, effect) : nil
            }
            guard !wrong.isEmpty else { return nil }
            return finding(
                measure: measure.id, file: measure.file, about: [.effects], in: Set(wrong.map(\.year)),
                message(wrong))
        }
    }
}

// MARK: - Messages

extension EffectSplit {
    static func message(_ wrong: [(year: Int, parts: Double, effect: Double)]) -> String {
        let years = wrong.map { "\($0.year): \(Tonnes.text($0.parts)) against \(Tonnes.text($0.effect))" }
        return "the parts of effectBySector do not add up to the effect (\(years.joined(separator: "; "))); "
            + "correct the parts or the effect so that each year's parts add up to its effect"
    }
}
