import Testing

@testable import ClimateBudget

/// The band from the measures' low and high effects and the overlap between measures (issue 12), on the example
/// budget: reference 900 and 880 t in 2022 and 2023, caps 750 and 700, measure 1 cuts 50 and 60 t.
@Suite("The band of the measure pathway and the overlap between measures")
struct BandAndOverlapTests {
    /// The example budget with measure 2 quantified too: 30 t in 2022, 45 t in 2023.
    static var twoMeasures: Budget {
        var budget = ExampleBudget.budget
        budget.measures[1].kind = .quantified
        budget.measures[1].effect = [2022: 30, 2023: 45]
        return budget
    }

    @Test("A share is taken of the smaller effect and rounded once per pair and year; the table adds up as printed")
    func shareOverlap() throws {
        var budget = Self.twoMeasures
        budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .share(25))]
        // 25 % of min(50, 30) = 7.5 → 8 (halves away from zero); 25 % of min(60, 45) = 11.25 → 11.
        #expect(
            MeasureOverlaps.pairs(among: budget.measures) == [
                MeasureOverlaps.Pair(
                    first: 1, second: 2, amount: .share(25), file: "Measures/01-fossilfri-buss.json",
                    place: "overlaps[0]")
            ])
        #expect(MeasureOverlaps.total(among: budget.measures) == [2022: 8, 2023: 11])
        let table = EmissionBudgetTable.compute(for: budget)
        #expect(table.hasOverlap && !table.hasBand)
        let rows = try [#require(table.row(2022)), #require(table.row(2023))]
        // Effect 50 + 30 = 80 and 60 + 45 = 105; measure pathway 900 - (80 - 8) = 828 and 880 - (105 - 11) = 786;
        // gap 828 - 750 = 78 and 786 - 700 = 86.
        #expect(rows.map(\.effect) == [80, 105])
        #expect(rows.map(\.overlap) == [-8, -11])
        #expect(rows.map(\.measurePathway) == [828, 786])
        #expect(rows.map(\.gap) == [78, 86])
        #expect(table.row(2009)?.overlap == nil)
        // Over the period: overlap -8 - 11 = -19; measure pathway 828 + 786 = 1614; gap 78 + 86 = 164.
        #expect(table.cumulative.overlap == -19)
        #expect(table.cumulative.measurePathway == 1614)
        #expect(table.cumulative.gap == 164)
    }

    @Test("Many measures and overlaps: each measure is looked up once for all pairs, not once per pair")
    func manyOverlaps() {
        // 3 000 measures of 10 t in 2022 (40 t low), each but the last overlapping the next by 10 %: 2 999 pairs of
        // 10 % of min(10, 10) = 1 t, so 2 999 t. Counted per pair over every measure, this took minutes.
        var budget = ExampleBudget.budget
        let template = budget.measures[0]
        budget.measures = (1...3000).map { id in
            var measure = template
            measure.id = id
            measure.effect = [2022: 10]
            measure.effectLow = [2022: 4]
            measure.overlaps = id < 3000 ? [MeasureOverlap(measure: id + 1, amount: .share(10))] : []
            return measure
        }
        let counted = MeasureOverlaps.counted(among: budget.measures)
        #expect(counted.count == 2999)
        #expect(counted.first?.pair.first == 1 && counted.first?.pair.second == 2 && counted.first?.tonnes == [2022: 1])
        #expect(MeasureOverlaps.total(among: budget.measures) == [2022: 2999])
        // At the low end, 10 % of min(4, 4) = 0.4 → 0 t.
        #expect(MeasureOverlaps.total(among: budget.measures, estimate: .low) == [2022: 0])
        // A measure in the middle shares 1 t with each neighbour, 2 t of its 10: within its effect.
        #expect(OverlapExceedsEffect.check(budget) == [])
    }

    @Test("A pair declared from both sides counts once, by the declaration in the lower id's file")
    func bothSides() {
        var budget = Self.twoMeasures
        budget.measures[1].overlaps = [MeasureOverlap(measure: 1, amount: .share(50))]
        // Declared by measure 2 alone: 50 % of 30 = 15, of 45 = 22.5 → 23.
        #expect(MeasureOverlaps.total(among: budget.measures) == [2022: 15, 2023: 23])
        budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .share(25))]
        // Declared by both: once, by measure 1's 25 % (8 and 11), never 8 + 15.
        #expect(MeasureOverlaps.total(among: budget.measures) == [2022: 8, 2023: 11])
        #expect(MeasureOverlaps.pairs(among: budget.measures).map(\.file) == ["Measures/01-fossilfri-buss.json"])
    }

    @Test("Tonnes are rounded once per year; a year without a figure has no overlap, shown as 0")
    func tonnesOverlap() throws {
        var budget = Self.twoMeasures
        budget.measures[1].overlaps = [MeasureOverlap(measure: 1, amount: .tonnes([2022: 10.5]))]
        let table = EmissionBudgetTable.compute(for: budget)
        // 10.5 → 11 in 2022: 900 - (80 - 11) = 831; 2023 has no overlap: 880 - 105 = 775.
        let overlap2023 = try #require(table.row(2023)?.overlap)
        #expect(table.row(2022)?.overlap == -11 && overlap2023 == 0 && overlap2023.sign == .plus)
        #expect(table.row(2022)?.measurePathway == 831 && table.row(2023)?.measurePathway == 775)
    }

    @Test("Overlaps with an unknown or unquantified measure, or with itself, count nothing but show the row")
    func ignoredOverlaps() {
        var budget = ExampleBudget.budget
        budget.measures[0].overlaps = [
            MeasureOverlap(measure: 3, amount: .share(25)), MeasureOverlap(measure: 2, amount: .share(25)),
            MeasureOverlap(measure: 1, amount: .share(25)),
        ]
        #expect(MeasureOverlaps.pairs(among: budget.measures) == [])
        let table = EmissionBudgetTable.compute(for: budget)
        #expect(table.hasOverlap)
        #expect(table.row(2022)?.overlap == 0 && table.row(2022)?.measurePathway == 850)
    }

    @Test("A budget without overlaps or ranges has neither row, and its figures are as before")
    func noneDeclared() throws {
        let table = EmissionBudgetTable.compute(for: ExampleBudget.budget)
        #expect(!table.hasOverlap && !table.hasBand)
        let row = try #require(table.row(2022))
        #expect(row.overlap == nil && row.measurePathwayLow == nil && row.gapHigh == nil)
        #expect(row.measurePathway == 850 && row.gap == 100)
        #expect(table.cumulative.overlap == nil && table.cumulative.gapLow == nil)
    }

    @Test("The band: the highest effects give the lowest measure pathway, the lowest the highest")
    func band() throws {
        var budget = Self.twoMeasures
        budget.measures[0].effectLow = [2022: 40.5, 2023: 45]
        budget.measures[0].effectHigh = [2022: 70, 2023: 75]
        let table = EmissionBudgetTable.compute(for: budget)
        #expect(table.hasBand && !table.hasOverlap)
        let rows = try [#require(table.row(2022)), #require(table.row(2023))]
        // Measure 2 gives no range and counts 30 and 45 at both ends. Low: 40.5 → 41, so 41 + 30 = 71 and
        // 45 + 45 = 90; high: 70 + 30 = 100 and 75 + 45 = 120; expected: 80 and 105.
        // Measure pathway: 900 - 100 = 800 ≤ 900 - 80 = 820 ≤ 900 - 71 = 829; 880 - 120 = 760 ≤ 775 ≤ 880 - 90 = 790.
        #expect(rows.map(\.measurePathwayLow) == [800, 760])
        #expect(rows.map(\.measurePathway) == [820, 775])
        #expect(rows.map(\.measurePathwayHigh) == [829, 790])
        // Gap: 800 - 750 = 50 and 760 - 700 = 60; 829 - 750 = 79 and 790 - 700 = 90.
        #expect(rows.map(\.gapLow) == [50, 60])
        #expect(rows.map(\.gapHigh) == [79, 90])
        #expect(table.row(2009)?.measurePathwayLow == nil)
        // Over the period: 800 + 760 = 1560 and 829 + 790 = 1619; gaps 50 + 60 = 110 and 79 + 90 = 169.
        #expect(table.cumulative.measurePathwayLow == 1560 && table.cumulative.measurePathwayHigh == 1619)
        #expect(table.cumulative.gapLow == 110 && table.cumulative.gapHigh == 169)
    }

    @Test("At the ends of the band a share is taken of the smaller low (or high) effect")
    func bandWithOverlap() throws {
        var budget = Self.twoMeasures
        budget.measures[0].effectLow = [2022: 40, 2023: 45]
        budget.measures[0].effectHigh = [2022: 70, 2023: 75]
        budget.measures[1].effectLow = [2022: 20, 2023: 40]
        budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .share(25))]
        // Low: 25 % of min(40, 20) = 5 and of min(45, 40) = 10, so 40 + 20 - 5 = 55 and 45 + 40 - 10 = 75.
        // High (measure 2 has no high: 30 and 45): 25 % of min(70, 30) = 7.5 → 8 and of min(75, 45) = 11.25 → 11,
        // so 70 + 30 - 8 = 92 and 75 + 45 - 11 = 109. Expected: 80 - 8 = 72 and 105 - 11 = 94.
        #expect(MeasureEffects.net(of: budget.measures, .low) == [2022: 55, 2023: 75])
        #expect(MeasureEffects.net(of: budget.measures, .high) == [2022: 92, 2023: 109])
        #expect(MeasureEffects.net(of: budget.measures, .expected) == [2022: 72, 2023: 94])
        let table = EmissionBudgetTable.compute(for: budget)
        let rows = try [#require(table.row(2022)), #require(table.row(2023))]
        // 900 - 92 = 808 ≤ 900 - 72 = 828 ≤ 900 - 55 = 845; 880 - 109 = 771 ≤ 880 - 94 = 786 ≤ 880 - 75 = 805.
        #expect(rows.map(\.measurePathwayLow) == [808, 771])
        #expect(rows.map(\.measurePathway) == [828, 786])
        #expect(rows.map(\.measurePathwayHigh) == [845, 805])
    }

    @Test("A sector's table subtracts the overlaps between its own measures only")
    func sectorTables() throws {
        var budget = Self.twoMeasures
        budget.reference = ReferencePathway(
            total: budget.reference.total, bySector: ["veitrafikk": [2009: 600, 2022: 500, 2023: 480]])
        budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .share(25))]
        // Both in veitrafikk: 500 - (80 - 8) = 428.
        let same = try #require(EmissionBudgetTable.computeBySector(for: budget).first?.table.row(2022))
        #expect(same.overlap == -8 && same.measurePathway == 428)
        // Measure 2 in another sector: veitrafikk has measure 1 alone and no overlap of its own, 500 - 50 = 450;
        // the total still subtracts the 8 t.
        budget.measures[1].sector = "annet"
        let apart = try #require(EmissionBudgetTable.computeBySector(for: budget).first?.table.row(2022))
        #expect(apart.overlap == 0 && apart.measurePathway == 450)
        #expect(EmissionBudgetTable.compute(for: budget).row(2022)?.measurePathway == 828)
    }

    @Test("The overlap and the band read the overlaps and the ranges only in budgets that have them")
    func inputs() {
        var budget = Self.twoMeasures
        for figure in [Figure.overlap, .measurePathwayRange, .gapRange] {
            #expect(figure.inputs(in: budget) == [])
        }
        #expect(Figure.measurePathway.inputs(in: budget) == [.referenceTotal, .effects])
        budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .share(25))]
        budget.measures[0].effectLow = [2022: 40, 2023: 45]
        #expect(Figure.overlap.inputs(in: budget) == [.effects, .overlaps])
        #expect(Figure.measurePathway.inputs(in: budget) == [.referenceTotal, .effects, .overlaps])
        #expect(Figure.measurePathwayRange.inputs(in: budget) == [.referenceTotal, .effects, .overlaps, .effectRanges])
        #expect(Figure.gapRange.inputs(in: budget) == [.referenceTotal, .effects, .overlaps, .effectRanges, .caps])
    }

    @Test("An error in a low effect of a year withholds the band of that year and nothing else")
    func rangeErrorReach() {
        var budget = Self.twoMeasures
        budget.measures[0].effectLow = [2022: 40, 2023: 45]
        let finding = Finding(
            severity: .error, rule: "effect-range", measure: 1, file: "Measures/01-fossilfri-buss.json", message: "",
            inputs: [.effectRanges], years: [2023])
        let withholding = Withholding(budget: budget, findings: [finding])
        #expect(withholding.figures == [.measurePathwayRange, .gapRange])
        #expect(withholding.years == [.measurePathwayRange: [2023], .gapRange: [2023]])
        let overlap = Finding(
            severity: .error, rule: "overlap-unknown-measure", measure: 1, file: "Measures/01-fossilfri-buss.json",
            message: "", inputs: [.overlaps])
        budget.measures[0].overlaps = [MeasureOverlap(measure: 3, amount: .share(25))]
        #expect(
            Withholding(budget: budget, findings: [overlap]).figures == [
                .overlap, .measurePathway, .measurePathwayRange, .gap, .gapRange, .sectorBreakdown,
            ])
    }
}
