/// A measure cannot share more tonnes with other measures than it cuts: where its overlaps together exceed its
/// effect in a year (its expected or, where given, its low effect), the effect sum would subtract tonnes that
/// were never counted.
public enum OverlapExceedsEffect: ValidationRule {
    public static let id = "overlap-exceeds-effect"
    public static let title = "Overlaps stay within each measure's effect"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Overlappene er større enn tiltakets effekt", "nn": "Overlappa er større enn effekten av tiltaket",
        "en": "The overlaps exceed the measure's effect",
    ]
    public static let summary =
        "In every year, the overlaps a measure is part of (each pair once, declared in its file or the other's) add up to no more than its effect, and no more than its low effect where it gives one."
    public static let severity = Severity.error
    /// A measure file that did not load can only take overlaps away, never add one.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 overlaps measure 2 by 40 tonnes in 2022, more than measure 2's 30") {
            budget in
            ExampleBudget.quantifyMeasure2(&budget)
            budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .tonnes([2022: 40]))]
        },
        passing: RuleExample("Measure 1 overlaps measure 2 by 30 tonnes in 2022") { budget in
            ExampleBudget.quantifyMeasure2(&budget)
            budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .tonnes([2022: 30]))]
        })

    public static func check(_ budget: Budget) -> [Finding] {
        // Without a declared overlap there is no pair, and no copy of the measures to make.
        guard MeasureOverlaps.declared(among: budget.measures) else { return [] }
        // A wrong share or negative tonnes is `overlap-amount`'s finding; the pairs here have a valid amount.
        let measures = budget.measures.map { measure in
            var valid = measure
            valid.overlaps = measure.overlaps.filter { OverlapAmount.isValid($0.amount) }
            return valid
        }
        var findings: [Finding] = []
        // A year whose expected effect is exceeded is not reported again for its low effect.
        var reported: Set<[Int]> = []
        for estimate in [MeasureEffects.Estimate.expected, .low] {
            // Each measure's pairs, gathered in one pass over the pairs.
            var byMeasure: [Int: [(pair: MeasureOverlaps.Pair, tonnes: YearlySeries)]] = [:]
            for counted in MeasureOverlaps.counted(among: measures, estimate: estimate) {
                byMeasure[counted.pair.first, default: []].append(counted)
                byMeasure[counted.pair.second, default: []].append(counted)
            }
            for measure in MeasureOverlaps.byID(measures).values.sorted(by: { $0.id < $1.id }) {
                guard estimate == .expected || !measure.effectLow.isEmpty else { continue }
                guard let mine = byMeasure[measure.id] else { continue }
                let effect = MeasureEffects.effect(of: measure, estimate)
                let total = YearlySeries.sum(mine.map(\.tonnes))
                for year in total.keys.sorted() {
                    guard let shared = total[year], shared > (effect[year] ?? 0),
                        reported.insert([measure.id, year]).inserted
                    else { continue }
                    let others = mine.map { $0.pair.first == measure.id ? $0.pair.second : $0.pair.first }
                    findings.append(
                        finding(
                            measure: measure.id, file: measure.file, about: [.overlaps], in: [year],
                            message(
                                year: year, shared: shared, effect: effect[year] ?? 0, others: others,
                                low: estimate == .low)))
                }
            }
        }
        return findings
    }
}

// MARK: - Messages

extension OverlapExceedsEffect {
    static func message(year: Int, shared: Double, effect: Double, others: [Int], low: Bool) -> String {
        let names = others.map(String.init)
        let list =
            names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") : names.joined()
        let field = low ? "effectLow.\(year)" : "effect.\(year)"
        let what = low ? "low effect" : "effect"
        return
            "the overlaps of this measure with \(names.count == 1 ? "measure" : "measures") \(list) add up to \(Tonnes.text(shared)) tonnes in \(year), more than its \(what) of \(Tonnes.text(effect)) tonnes (\(field)); lower the overlaps (here or in the other measures' files) or check \(field)"
    }
}
