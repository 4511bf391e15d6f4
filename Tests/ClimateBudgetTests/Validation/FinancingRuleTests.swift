import ClimateBudget
import Testing

/// The four rules on `Data/financing.json` (issue 16), on their examples: each message names the place in the
/// file, what is wrong and what to do.
@Suite("The rules on the financing")
struct FinancingRuleTests {
    func messages(_ rule: any ValidationRule.Type, _ budget: Budget) -> [String] {
        rule.check(budget).map(\.description)
    }

    /// 1,5 + 2,5 = 4, printed 5. The total's printed 24 is 4 + 20 from the printed figures, and the lines give 24.
    @Test("A printed sum the lines contradict: both values, the yearly amounts added up")
    func printed() {
        #expect(
            messages(FinancingPrintedDiffers.self, FinancingPrintedDiffers.examples.breaking.budget) == [
                "Data/financing.json: error: lines[0].printedSum: Tabell 7-6 prints 5 MNOK for \"Drift av fossilfrie busser\" summed over 2022-2023, but its yearly amounts give 4 MNOK (1.5 + 2.5): correct Data/financing.json if the figure was copied wrong, else the document has a slip. The tool shows 4 [financing-printed-differs]"
            ])
    }

    /// The pot has 10 in 2023; its parts 5 + 4 = 9.
    @Test("Sub-lines that do not add up to their pot, year by year")
    func parts() {
        #expect(
            messages(FinancingPartsSum.self, FinancingPartsSum.examples.breaking.budget) == [
                "Data/financing.json: error: lines[1].amounts.2023: the pot \"Klimainvesteringer\" has 10 MNOK in 2023, but its parts add up to 9 MNOK (5 + 4); correct the pot or a part in Data/financing.json [financing-parts-sum]"
            ])
    }

    @Test("An unknown service area, and an outside actor, are findings with the service areas listed")
    func serviceArea() {
        #expect(
            messages(FinancingUnknownServiceArea.self, FinancingUnknownServiceArea.examples.breaking.budget) == [
                "Data/financing.json: error: lines[0].serviceArea: \"Samferdsel\" is not a known service area. The money of \"Drift av fossilfrie busser\" sits in one service area's budget: one of ST, HO. Correct the name, or add it as an alias of the service area in Data/actors.json [financing-unknown-service-area]"
            ])
        var budget = FinancingUnknownServiceArea.examples.passing.budget
        budget.financing.lines[0].carrier = .serviceArea("atb")
        #expect(
            messages(FinancingUnknownServiceArea.self, budget) == [
                "Data/financing.json: error: lines[0].serviceArea: \"atb\" is an outside actor, not a service area. The money of \"Drift av fossilfrie busser\" sits in one service area's budget: one of ST, HO. Correct the name, or add it as an alias of the service area in Data/actors.json [financing-unknown-service-area]"
            ])
        // "several" is no service area to check; nor is a pot's missing one.
        budget.financing.lines[0].carrier = .several(printed: "Diverse")
        #expect(FinancingUnknownServiceArea.check(budget).isEmpty)
    }

    @Test("A financed measure that does not exist")
    func measure() {
        #expect(
            messages(FinancingUnknownMeasure.self, FinancingUnknownMeasure.examples.breaking.budget) == [
                "Data/financing.json: error: lines[0].measures[0].id: \"Drift av fossilfrie busser\" pays for measure 3, which is not in Measures/. Correct the id, or remove the tie [financing-unknown-measure]"
            ])
    }

    /// Measure 1 of the example (50 t in 2022, 60 t in 2023) with 1,5 and 2,5 MNOK: 1 500 000 / 50 = 30 000 kr/t,
    /// 2 500 000 / 60 = 41 666.7 → 41 667, and 4 000 000 / 110 = 36 363.6 → 36 364 over the period.
    @Test("Cost per tonne on the example budget, by hand")
    func costPerTonne() throws {
        var budget = ExampleBudget.budget
        ExampleBudget.addFinancing(&budget)
        let cost = try #require(CostPerTonne.compute(for: budget).first)
        #expect(cost.measure == 1)
        #expect(cost.perYear[2022]??.rounded() == 30000)
        #expect(cost.perYear[2023].flatMap { $0 }.map(CostPerTonne.kroner) == 41667)
        #expect(cost.period.map(CostPerTonne.kroner) == 36364)
        #expect(CostPerTonne.kroner(0.5) == 1 && CostPerTonne.kroner(-0.5) == -1)
    }

    @Test("A year a tied line gives no amount for has no cost per tonne, in that year and over the period, never 0")
    func costPerTonneMissingYear() throws {
        var budget = ExampleBudget.budget
        ExampleBudget.addFinancing(&budget)
        budget.financing.lines[0].amounts[2023] = nil
        let cost = try #require(CostPerTonne.compute(for: budget).first)
        // 2022 as before (30 000 kr/t); 2023 unknown, so the period is unknown too.
        #expect(cost.perYear[2022].flatMap { $0 }.map(CostPerTonne.kroner) == 30000)
        #expect(cost.perYear[2023] == .some(nil))
        #expect(cost.period == nil)
    }
}
