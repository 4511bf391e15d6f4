import Testing

@testable import ClimateBudget

/// A measure acting on more than one sector splits its effect (issue 13, sectors throughout).
@Suite("A measure's effect split by sector")
struct EffectSplitTests {
    func measure(effect: YearlySeries, split: [String: YearlySeries], sector: String? = "veitrafikk") -> Measure {
        var measure = ExampleBudget.budget.measures[0]
        measure.effect = effect
        measure.effectBySector = split
        measure.sector = sector
        return measure
    }

    @Test("The parts are rounded so they add up to the whole-tonne effect: the tonne left goes to the largest rest")
    func rounding() {
        // 2022: 100.5 → 101 in all; parts 60.3 and 40.2 are cut to 60 and 40, and the tonne left goes to the larger
        // rest (0.3, veitrafikk): 61 + 40 = 101. 2023: 50.25 and 50.25 → 101 (100.5 half away from zero): equal
        // rests, so the first sector id in order (jordbruk) takes the tonne: 51 + 50.
        let parts = MeasureEffects.parts(
            of: measure(
                effect: [2022: 100.5, 2023: 100.5],
                split: ["veitrafikk": [2022: 60.3, 2023: 50.25], "jordbruk": [2022: 40.2, 2023: 50.25]]))
        #expect(parts == ["veitrafikk": [2022: 61, 2023: 50], "jordbruk": [2022: 40, 2023: 51]])
    }

    @Test("Without a split the whole effect is the sector's; the sums per sector add the parts")
    func bySector() {
        let split = measure(effect: [2022: 300], split: ["veitrafikk": [2022: 200], "sjofart": [2022: 100]])
        let single = measure(effect: [2022: 50], split: [:], sector: "sjofart")
        // sjofart: 100 from the split + 50 = 150; veitrafikk: 200.
        #expect(MeasureEffects.bySector(of: [split, single]) == ["veitrafikk": [2022: 200], "sjofart": [2022: 150]])
    }

    @Test("The breakdown puts a part in an unknown sector in the unknown entry, so the entries add up")
    func breakdown() {
        var budget = ExampleBudget.budget
        budget.measures = [measure(effect: [2022: 300], split: ["veitrafikk": [2022: 200], "sjofrat": [2022: 100]])]
        let entries = MeasureEffects.breakdown(of: budget)
        #expect(entries.map { $0.sector?.id } == ["veitrafikk", nil])
        #expect(entries.map { $0.effect[2022] } == [200, 100])
    }

    @Test("effect-split names each year whose parts miss the effect; a split on an unquantified measure too")
    func rule() {
        var budget = ExampleBudget.budget
        budget.measures[0].effectBySector = ["veitrafikk": [2022: 30, 2023: 60], "sjofart": [2022: 10]]
        // 2022: 30 + 10 = 40 against 50; 2023: 60 against 60 agrees.
        #expect(
            EffectSplit.check(budget).map(\.description) == [
                "Measures/01-fossilfri-buss.json: error: measure 1: the parts of effectBySector do not add up to the effect (2022: 40 against 50); correct the parts or the effect so that each year's parts add up to its effect [effect-split]"
            ])
        #expect(EffectSplit.check(budget).first?.years == [2022])
        budget.measures[1].effectBySector = ["veitrafikk": [2022: 5]]
        #expect(
            EffectSplit.check(budget).last?.message
                == "effectBySector is given, but only a quantified measure has an effect to split; remove effectBySector or make the measure quantified"
        )
    }

    @Test("A part larger than its sector's reference is caught by effect-exceeds-sector-reference")
    func exceedsSectorReference() {
        var budget = ExampleBudget.budget
        budget.sectors.append(Sector(id: "sjofart", name: "Sjøfart"))
        budget.reference = ReferencePathway(
            bySector: ["veitrafikk": [2009: 900, 2022: 800, 2023: 780], "sjofart": [2009: 100, 2022: 20, 2023: 20]])
        // Measure 1's 50 t in 2022 split 20 + 30: 30 t against sjøfart's 20.
        budget.measures[0].effectBySector = ["veitrafikk": [2022: 20, 2023: 60], "sjofart": [2022: 30]]
        #expect(EffectExceedsSectorReference.check(budget).map(\.years) == [[2022]])
    }
}
