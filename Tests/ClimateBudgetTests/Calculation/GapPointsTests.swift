import Testing

@testable import ClimateBudget

/// The gap in percentage points, the terms councils use (issue 11).
@Suite("The gap in percentage points adds up as printed")
struct GapPointsTests {
    /// Base year 2009 with 1 000 t; in 2022 the reference is 1 000 t, the effect 254 t and the cap 705 t.
    static func table(withheld: Set<Figure> = [], withheldYears: [Figure: Set<Int>] = [:]) -> EmissionBudgetTable {
        EmissionBudgetTable.compute(
            baseYear: 2009, period: Period(start: 2022, end: 2022), reference: [2009: 1000, 2022: 1000],
            effect: [2022: 254], targets: [2022: TargetValue(value: 705, source: .explicit)], withheld: withheld,
            withheldYears: withheldYears)
    }

    @Test("Points are the difference of the printed percents, not of the exact ones")
    func differenceOfPrintedPercents() throws {
        let row = try #require(Self.table().row(2022))
        // Measure pathway 1 000 − 254 = 746: −25.4 %, printed −25 %. Target 705: −29.5 %, printed −30 % (halves
        // away from zero). Printed: −25 − (−30) = 5 points; the exact −25.4 − (−29.5) = 4.1 would print 4, and the
        // row would not add up as printed.
        #expect(row.measurePathwayChange == -25 && row.targetChange == -30)
        #expect(row.gapPoints == 5)
    }

    @Test("The base year, outside the period, has no gap and so no points")
    func noGapNoPoints() throws {
        let row = try #require(Self.table().row(2009))
        #expect(row.referenceChange == 0 && row.gap == nil && row.gapPoints == nil)
    }

    @Test("A withheld gap has no points, though both changes are shown", arguments: [true, false])
    func withheldGapHasNoPoints(everyYear: Bool) throws {
        let table = everyYear ? Self.table(withheld: [.gap]) : Self.table(withheldYears: [.gap: [2022]])
        let row = try #require(table.row(2022))
        #expect(row.measurePathwayChange == -25 && row.targetChange == -30)
        #expect(row.gap == nil && row.gapPoints == nil)
    }

    @Test("A withheld target withholds its change and the points")
    func withheldTargetHasNoPoints() throws {
        let row = try #require(Self.table(withheld: [.target, .gap]).row(2022))
        #expect(row.targetChange == nil && row.gapPoints == nil)
    }
}
