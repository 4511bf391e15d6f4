import ClimateBudget
import ClimateBudgetFiles
import Testing

/// The Trondheim 2022 budget as printed (frozen in `Tests/Fixtures/trondheim-2022`) against Tabell 7-1 (see ../shared/SPEC.md).
@Suite("The Trondheim 2022 budget, frozen as a fixture")
struct TrondheimFixtureTests {
    let budget: Budget
    let table: EmissionBudgetTable

    init() throws {
        budget = try BudgetLoader.load(from: FixtureBudget.trondheim)
        table = EmissionBudgetTable.compute(for: budget)
    }

    @Test("All 37 measures load: 10 quantified, 9 unquantified, 9 for other goals, 9 enabling")
    func measures() {
        #expect(budget.measures.map(\.id) == Array(1...37))
        let counts = MeasureKind.allCases.map { kind in budget.measures.filter { $0.kind == kind }.count }
        #expect(counts == [10, 9, 9, 9])
    }

    @Test("The summed effect of Tabell 7-2")
    func effects() {
        #expect(table.period.years.map { table.row($0)?.effect } == [29300, 34900, 36500, 39200])
    }

    @Test("Reference pathway and its change against 2009, as printed")
    func reference() {
        #expect(table.rows.map(\.year) == [2009, 2019, 2022, 2023, 2024, 2025])
        #expect(table.rows.map(\.reference) == [524491, 424456, 430613, 429582, 428164, 426485])
        #expect(table.rows.map(\.referenceChange) == [0, -19, -18, -18, -18, -19])
        #expect(table.baseEmissions == 524491)
    }

    @Test("Measure pathway and its change against 2009, as printed")
    func measurePathway() {
        let years = table.rows.filter(\.isPeriodYear)
        #expect(years.map(\.measurePathway) == [401313, 394682, 391664, 387285])
        #expect(years.map(\.measurePathwayChange) == [-23, -25, -25, -26])
    }

    @Test("Target pathway: the explicit caps and their change against 2009, as printed")
    func targets() {
        let years = table.rows.filter(\.isPeriodYear)
        #expect(years.map { $0.target?.value } == [381472, 367143, 345793, 324442])
        #expect(years.map { $0.target?.source } == Array(repeating: .explicit, count: 4))
        #expect(years.map(\.targetChange) == [-27, -30, -34, -38])
    }

    @Test("Gaps 2022-2024 as printed")
    func gaps() {
        #expect([2022, 2023, 2024].map { table.row($0)?.gap } == [19841, 27539, 45871])
    }

    @Test("The 2025 gap is 62 843 from the printed inputs; the source prints 62 844 from unrounded values")
    func gap2025Is62843ComputedWhileSourcePrints62844() {
        #expect(table.row(2025)?.gap == 62843)
    }

    @Test("History years have no effect, measure pathway, target or gap")
    func historyYears() throws {
        let row = try #require(table.row(2019))
        #expect(row.effect == nil && row.measurePathway == nil && row.target == nil && row.gap == nil)
    }

    @Test("The carbon-budget view sums the period")
    func cumulative() {
        #expect(table.cumulative.effect == 139_900)
        #expect(table.cumulative.gap == 156_094)
        #expect(table.cumulative.target == 1_418_850)
        #expect(table.cumulative.measurePathway == 1_574_944)
    }

    @Test("Validation reports exactly measures 1, 7, 8, 11, 16 and 20 as lacking a reporting service area")
    func validation() {
        let findings = Validator.validate(budget)
        #expect(findings.map(\.measure) == [1, 7, 8, 11, 16, 20])
        #expect(findings.allSatisfy { $0.rule == MissingReporter.id && $0.severity == .error })
    }

    @Test("The milestones agree with the caps in their own year (2023: 367 143.7 vs 367 143)")
    func milestonesAgree() {
        #expect(CapBreaksMilestone.check(budget).isEmpty)
    }
}
