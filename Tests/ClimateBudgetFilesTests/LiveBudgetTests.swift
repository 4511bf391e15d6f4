import ClimateBudget
import ClimateBudgetFiles
import Testing

/// The live budget in `Data/` and `Measures/`, which the environment unit edits every round.
///
/// These tests check only what holds for any valid budget, never its figures: adding a measure or changing an
/// effect must keep `swift test` green. The printed Trondheim 2022 figures are pinned on the frozen fixture
/// (`TrondheimFixtureTests`).
@Suite("The live budget in Data/ and Measures/ is a valid budget")
struct LiveBudgetTests {
    @Test("It loads without a single load error")
    func loads() throws {
        let budget = try BudgetLoader.load(from: FixtureBudget.packageRoot)
        #expect(!budget.measures.isEmpty)
    }

    @Test("Every period year has a reference figure and a target, so gap can compute every figure")
    func everyPeriodYearComputes() throws {
        let budget = try BudgetLoader.load(from: FixtureBudget.packageRoot)
        let table = EmissionBudgetTable.compute(for: budget)
        for year in budget.settings.period.years {
            let row = try #require(table.row(year), "no row for \(year)")
            #expect(row.reference != nil, "no reference figure for \(year)")
            #expect(row.target != nil, "no target for \(year)")
            #expect(row.gap != nil, "no gap for \(year)")
        }
    }

    @Test("Measure ids are unique")
    func uniqueIDs() throws {
        let budget = try BudgetLoader.load(from: FixtureBudget.packageRoot)
        #expect(Set(budget.measures.map(\.id)).count == budget.measures.count)
    }
}
