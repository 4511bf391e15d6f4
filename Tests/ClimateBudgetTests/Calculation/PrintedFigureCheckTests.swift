import Testing

@testable import ClimateBudget

/// Printed figures against the computed table, on the example budget: 2022 reference 900, effect 50, measure
/// pathway 850, cap 750, gap 100; 2023 reference 880, effect 60, measure pathway 820, cap 700, gap 120.
@Suite("Printed figures checked against the data")
struct PrintedFigureCheckTests {
    func checks(_ table: [PrintedRow: [Int: PrintedNumber]], cumulative: [PrintedRow: PrintedNumber] = [:])
        -> [PrintedFigureCheck]
    {
        var budget = ExampleBudget.budget
        budget.printed = PrintedFigures(source: "Tabell 7-1", table: table, cumulative: cumulative)
        return PrintedFigureCheck.checks(budget)
    }

    @Test("Equal, within the last digit's unit, beyond it, and a figure the table does not have")
    func kinds() {
        let found = checks([
            .gap: [2022: PrintedNumber(100), 2023: PrintedNumber(121)], .effect: [2030: PrintedNumber(5)],
        ])
        // Table order: effect before gap; years in order.
        #expect(found.map(\.row) == [.effect, .gap, .gap])
        #expect(found[0].computed == nil && found[0].isSlip && !found[0].isRoundingNote)
        #expect(found[1].agrees && !found[1].isSlip && !found[1].isRoundingNote)
        // 121 − 120 = 1: one unit of the printed last digit, the source's own rounding.
        #expect(found[2].difference == 1 && found[2].isRoundingNote && !found[2].isSlip)
        let slip = checks([.gap: [2023: PrintedNumber(122)]])
        #expect(slip[0].difference == 2 && slip[0].isSlip)
    }

    @Test("A figure printed with a decimal carries its tenth and the table's half tonne")
    func decimals() {
        // The 2023 cap printed as 700.4 against the table's whole 700: 0.4 ≤ 0.1 + 0.5 — a note; 700.7: 0.7 > 0.6 — a slip.
        #expect(checks([.target: [2023: PrintedNumber(700.4, decimals: 1)]])[0].isRoundingNote)
        #expect(checks([.target: [2023: PrintedNumber(700.7, decimals: 1)]])[0].isSlip)
    }

    @Test("Percent rows and sums over the period")
    func percentAndSums() {
        // 2023 measure pathway 820 against 1 000 in 2009: −18 %; the gap summed: 100 + 120 = 220.
        let found = checks(
            [.measurePathwayChange: [2023: PrintedNumber(-18)]], cumulative: [.gap: PrintedNumber(221)])
        #expect(found[0].computed == -18 && found[0].agrees)
        #expect(found[1].year == nil && found[1].computed == 220 && found[1].isRoundingNote)
        #expect(found[1].what == "the gap summed over the period")
        // Their places in Data/printed.json, which an error names first.
        #expect(found.map(\.place) == ["table.measurePathwayChange.2023", "cumulative.gap"])
    }

    @Test("The rule reports a slip with both figures and the rounding; a rounding note is no finding")
    func rule() {
        var budget = ExampleBudget.budget
        budget.printed = PrintedFigures(
            source: "Tabell 7-1", table: [.gap: [2022: PrintedNumber(101), 2023: PrintedNumber(150)]])
        #expect(
            PrintedFigureDiffers.check(budget).map(\.description) == [
                "Data/printed.json: error: table.gap.2023: Tabell 7-1 prints 150 t for the gap in 2023, but the data gives 120 t: a difference of 30 t, more than the printed figure's rounding of 1 t; correct Data/printed.json if the figure was copied wrong, else the data or the document has a slip [printed-figure-differs]"
            ])
        #expect(
            PrintedFigureCheck.checks(budget).compactMap { $0.roundingNote(source: budget.printed.source) } == [
                "Tabell 7-1 prints 101 t for the gap in 2022; the data gives 100 t, within the printed figure's rounding."
            ])
    }
}
