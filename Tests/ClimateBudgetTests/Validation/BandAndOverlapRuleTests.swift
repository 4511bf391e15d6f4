import Testing

@testable import ClimateBudget

/// The exact messages of the rules on low and high effects and on overlaps (issue 12): each names the file, the
/// place in it, what is wrong and what to do.
@Suite("Validation of low and high effects and of overlaps")
struct BandAndOverlapRuleTests {
    /// The example budget with measure 2 quantified: 30 t in 2022 and 45 t in 2023 (measure 1: 50 and 60).
    static var twoMeasures: Budget {
        var budget = ExampleBudget.budget
        ExampleBudget.quantifyMeasure2(&budget)
        return budget
    }

    static func lines(_ rule: any ValidationRule.Type, _ budget: Budget) -> [String] {
        rule.check(budget).map(\.description)
    }

    @Test("effect-range: low above, high below, negative, years missing and years extra")
    func effectRange() {
        var budget = ExampleBudget.budget
        budget.measures[0].effectLow = [2022: 55, 2023: -1]
        budget.measures[0].effectHigh = [2022: 40, 2024: 90]
        let findings = EffectRange.check(budget)
        #expect(
            findings.map(\.description) == [
                "Measures/01-fossilfri-buss.json: error: measure 1: effectLow.2022 is 55, more than the expected effect.2022 of 50; a low effect is at most the expected one: lower effectLow.2022 or raise effect.2022 [effect-range]",
                "Measures/01-fossilfri-buss.json: error: measure 1: effectLow.2023 is -1; an effect is the reduction in tonnes and cannot be negative: write 0 or more [effect-range]",
                "Measures/01-fossilfri-buss.json: error: measure 1: effectHigh has no figure for 2023, which effect has; give effectHigh for every year of effect (the expected figure where that year is certain) or remove effectHigh [effect-range]",
                "Measures/01-fossilfri-buss.json: error: measure 1: effectHigh.2022 is 40, less than the expected effect.2022 of 50; a high effect is at least the expected one: raise effectHigh.2022 or lower effect.2022 [effect-range]",
                "Measures/01-fossilfri-buss.json: error: measure 1: effectHigh.2024 has a figure, but effect has none for 2024; add effect.2024 or remove effectHigh.2024 [effect-range]",
            ])
        #expect(findings.map(\.years) == [[2022], [2023], [2023], [2022], [2024]])
        #expect(findings.allSatisfy { $0.inputs == [.effectRanges] })
    }

    // A band with the effect's years, none negative and none on the wrong side, is passed over without going year
    // by year; one figure a tonne on the wrong side, in a band of the same years, still makes it go year by year.
    @Test("effect-range: a plain band is fine, an equal figure too, one tonne over is found")
    func plainBand() {
        var budget = ExampleBudget.budget
        budget.measures[0].effectLow = [2022: 40, 2023: 60]
        budget.measures[0].effectHigh = [2022: 50, 2023: 75]
        #expect(EffectRange.check(budget) == [])
        budget.measures[0].effectLow = [2022: 50, 2023: 61]
        #expect(
            Self.lines(EffectRange.self, budget) == [
                "Measures/01-fossilfri-buss.json: error: measure 1: effectLow.2023 is 61, more than the expected effect.2023 of 60; a low effect is at most the expected one: lower effectLow.2023 or raise effect.2023 [effect-range]"
            ])
    }

    @Test("A low or high effect on a measure that is not quantified is a warning that names the fields")
    func rangeOnUnquantified() {
        var budget = ExampleBudget.budget
        budget.measures[1].effectLow = [2022: 5]
        budget.measures[1].effectHigh = [2022: 9]
        #expect(
            Self.lines(EffectOnUnquantifiedMeasure.self, budget) == [
                "Measures/02-sykkelstrategi.json: warning: measure 2: the measure has \"effectLow\" and \"effectHigh\" but is of kind \"unquantified\", so they are not counted; set \"kind\" to \"quantified\" or remove \"effectLow\" and \"effectHigh\" [effect-on-unquantified-measure]"
            ])
        #expect(EffectRange.check(budget) == [])
    }

    @Test("overlap-unknown-measure: an unknown id, the measure itself, and a measure that is not quantified")
    func unknownMeasure() {
        var budget = ExampleBudget.budget
        budget.measures[0].overlaps = [
            MeasureOverlap(measure: 38, amount: .share(25)), MeasureOverlap(measure: 1, amount: .share(25)),
        ]
        budget.measures[1].overlaps = [MeasureOverlap(measure: 1, amount: .share(25))]
        #expect(
            Self.lines(OverlapUnknownMeasure.self, budget) == [
                "Measures/01-fossilfri-buss.json: error: measure 1: overlaps[0] names measure 38, but no measure in Measures/ that loads has that id; name the other measure by the id in its file, or remove the entry [overlap-unknown-measure]",
                "Measures/01-fossilfri-buss.json: error: measure 1: overlaps[1] names this measure itself; an overlap is between two measures: name the other one or remove the entry [overlap-unknown-measure]",
                "Measures/02-sykkelstrategi.json: error: measure 2: the measure declares overlaps but is of kind \"unquantified\", which has no effect to overlap; remove \"overlaps\" or set \"kind\" to \"quantified\" [overlap-unknown-measure]",
            ])
    }

    @Test("overlap-amount: a share below 0 and negative tonnes")
    func amount() {
        var budget = Self.twoMeasures
        budget.measures[0].overlaps = [
            MeasureOverlap(measure: 2, amount: .share(-5)), MeasureOverlap(measure: 2, amount: .tonnes([2023: -2.5])),
        ]
        let findings = OverlapAmount.check(budget)
        #expect(
            findings.map(\.description) == [
                "Measures/01-fossilfri-buss.json: error: measure 1: overlaps[0].share is -5; a share is a percent of the smaller of the two effects, from 0 to 100: correct it, or give the overlap in \"tonnes\" per year [overlap-amount]",
                "Measures/01-fossilfri-buss.json: error: measure 1: overlaps[1].tonnes.2023 is -2.5; an overlap is tonnes both measures count and cannot be negative: write 0 or more [overlap-amount]",
            ])
        #expect(findings.map(\.years) == [nil, [2023]])
        // A wrong amount is this rule's finding only; the overlap rule on effects leaves it alone.
        #expect(OverlapExceedsEffect.check(budget) == [])
    }

    @Test("overlap-exceeds-effect: overlaps with several measures add up, and a low effect is checked too")
    func exceeds() {
        // Measure 3, quantified: 20 t in 2022 and 2023. Measure 2 (30, 45) overlaps measure 1 by 20 t in 2022 and
        // measure 3 by 50 % of the smaller effect: min(30, 20) = 20 → 10 in 2022, min(45, 20) = 20 → 10 in 2023.
        // Measure 2's overlaps: 20 + 10 = 30 ≤ 30 in 2022, 10 ≤ 45 in 2023: within its effect.
        var budget = Self.twoMeasures
        var three = budget.measures[0]
        three.id = 3
        three.file = "Measures/03-tre.json"
        three.effect = [2022: 20, 2023: 20]
        budget.measures.append(three)
        budget.measures[1].overlaps = [
            MeasureOverlap(measure: 1, amount: .tonnes([2022: 20])), MeasureOverlap(measure: 3, amount: .share(50)),
        ]
        #expect(OverlapExceedsEffect.check(budget) == [])
        // 21 t with measure 1: 21 + 10 = 31 > 30 in 2022.
        budget.measures[1].overlaps[0].amount = .tonnes([2022: 21])
        #expect(
            Self.lines(OverlapExceedsEffect.self, budget) == [
                "Measures/02-sykkelstrategi.json: error: measure 2: the overlaps of this measure with measures 1 and 3 add up to 31 tonnes in 2022, more than its effect of 30 tonnes (effect.2022); lower the overlaps (here or in the other measures' files) or check effect.2022 [overlap-exceeds-effect]"
            ])
        // Back to 20 t, and a low effect of 25 t in 2022 (45 in 2023): at the low end 50 % of min(25, 20) is still
        // 10, so 20 + 10 = 30 > 25.
        budget.measures[1].overlaps[0].amount = .tonnes([2022: 20])
        budget.measures[1].effectLow = [2022: 25, 2023: 45]
        let low = OverlapExceedsEffect.check(budget)
        #expect(
            low.map(\.description) == [
                "Measures/02-sykkelstrategi.json: error: measure 2: the overlaps of this measure with measures 1 and 3 add up to 30 tonnes in 2022, more than its low effect of 25 tonnes (effectLow.2022); lower the overlaps (here or in the other measures' files) or check effectLow.2022 [overlap-exceeds-effect]"
            ])
        #expect(low.map(\.years) == [[2022]] && low.map(\.inputs) == [[.overlaps]])
    }

    @Test("overlap-declared-twice: tonnes that differ, and the same file declaring a pair twice")
    func declaredTwice() {
        var budget = Self.twoMeasures
        budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .tonnes([2022: 10, 2023: 12.5]))]
        budget.measures[1].overlaps = [MeasureOverlap(measure: 1, amount: .tonnes([2022: 10, 2023: 12.5]))]
        #expect(OverlapDeclaredTwice.check(budget) == [])
        budget.measures[1].overlaps = [MeasureOverlap(measure: 1, amount: .tonnes([2022: 10]))]
        budget.measures[0].overlaps.append(MeasureOverlap(measure: 2, amount: .share(25)))
        #expect(
            Self.lines(OverlapDeclaredTwice.self, budget) == [
                "Measures/01-fossilfri-buss.json: error: measure 1: overlaps[1] declares the overlap with measure 2 as 25 % of the smaller effect, but overlaps[0] declares it as 10 tonnes in 2022, 12.5 in 2023; an overlap counts once, so write the same in both places or remove one of them [overlap-declared-twice]",
                "Measures/02-sykkelstrategi.json: error: measure 2: overlaps[0] declares the overlap with measure 1 as 10 tonnes in 2022, but Measures/01-fossilfri-buss.json declares it as 10 tonnes in 2022, 12.5 in 2023; an overlap counts once, so write the same in both places or remove one of them [overlap-declared-twice]",
            ])
    }

    @Test("Measures 6 and 10 of the Trondheim budget overlapping by 25 % keep every overlap rule")
    func trondheimLike() {
        // Measure 1 stands for 6 (5 100 t a year), measure 2 for 10 (2 300 to 3 400 t).
        var budget = ExampleBudget.budget
        budget.measures[0].effect = [2022: 5100, 2023: 5100]
        ExampleBudget.quantifyMeasure2(&budget)
        budget.measures[1].effect = [2022: 2300, 2023: 2800]
        budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .share(25))]
        budget.measures[1].overlaps = [MeasureOverlap(measure: 1, amount: .share(25))]
        #expect(Validator.validate(budget).filter { $0.rule.hasPrefix("overlap") } == [])
    }
}
