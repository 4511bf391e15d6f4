import Testing

@testable import ClimateBudget

/// Issue 10, item 3: messages write tonnes as the council reads them.
@Suite("Tonnes as messages write them")
struct TonnesTextTests {
    @Test(
        "Thousands grouped with a space, decimals only where they matter",
        arguments: [
            (380000.0, 1, "380 000"),
            (367143.7, 1, "367 143.7"),
            // 524 491 × 0.7 in binary is 367143.69999999995: one decimal shows 367 143.7.
            (524491.0 * 0.7, 1, "367 143.7"),
            (952299.48, 3, "952 299.48"),
            (-1500.0, 3, "-1 500"),
            (-0.4, 0, "0"),
            (999.96, 1, "1 000"),
            (12.0, 3, "12"),
            (1234567.125, 2, "1 234 567.13"),
        ])
    func text(value: Double, decimals: Int, expected: String) {
        #expect(Tonnes.text(value, decimals: decimals) == expected)
    }

    @Test("Another separator and decimal mark, for a report's language")
    func marks() {
        #expect(Tonnes.text(367143.7, decimals: 1, separator: "\u{00A0}", decimalMark: ",") == "367\u{00A0}143,7")
        #expect(Tonnes.text(-524491, separator: ",") == "-524,491")
    }

    @Test("Figures too large or not finite are written plainly")
    func extremes() {
        #expect(Tonnes.text(.infinity) == "inf")
        #expect(Tonnes.text(1e16) == "1e+16")
    }

    @Test("Rule messages write tonnes grouped: a cap against Trondheim's 2023 milestone")
    func capBreaksMilestone() {
        // 524 491 × (1 − 0.30) = 367 143.7 tonnes allowed in 2023; the cap says 380 000.
        var budget = ExampleBudget.budget
        budget.reference.total[2009] = 524491
        budget.targets.caps[2023] = 380000
        #expect(
            CapBreaksMilestone.check(budget).map(\.message) == [
                "the cap for 2023 is 380 000 tonnes, but the milestone (goal 2a) of -30 % allows 367 143.7; correct the cap or the milestone"
            ])
    }

    @Test("Rule messages write tonnes grouped: a negative effect")
    func negativeEffect() {
        var budget = ExampleBudget.budget
        budget.measures[0].effect[2022] = -1500.5
        #expect(
            NegativeEffect.check(budget).map(\.message) == [
                "effect.2022 is -1 500.5; an effect is the reduction in tonnes and cannot be negative"
            ])
    }

    @Test("Rule messages write tonnes grouped: effects above the sector's emissions")
    func effectExceedsSectorReference() {
        // Road traffic emits 900 tonnes in 2022; measure 1 cuts 1 250.
        var budget = ExampleBudget.budget
        budget.reference.bySector["veitrafikk"] = [2022: 900, 2023: 880]
        budget.measures[0].effect[2022] = 1250
        #expect(
            EffectExceedsSectorReference.check(budget).map(\.message) == [
                "the measures in sector \"veitrafikk\" (1) cut 1 250 tonnes in 2022, more than the 900 tonnes the sector emits; "
                    + "check their effects and the sector's figure for 2022 here"
            ])
    }
}
