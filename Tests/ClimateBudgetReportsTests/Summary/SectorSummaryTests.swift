import ClimateBudget
import Testing

@testable import ClimateBudgetReports

/// The council summary's table per sector (issue 13, sectors throughout).
@Suite("The summary's emissions by sector")
struct SectorSummaryTests {
    @Test("Trondheim publishes totals only: no table per sector")
    func totalsOnly() {
        #expect(CouncilSummary(budget: TrondheimBudget.budget, language: .nb).sectorPathways == nil)
    }

    @Test("With sector figures: the last period year's reference, effect, measure pathway and share, per sector")
    func sectors() throws {
        var budget = TrondheimBudget.budget
        // Trondheim's totals split over two sectors (made-up): 2009 524 491, 2025 426 485 = 300 000 + 126 485.
        budget.reference = ReferencePathway(
            bySector: [
                "veitrafikk": [
                    2009: 324_491, 2019: 250_000, 2022: 260_000, 2023: 259_000, 2024: 258_000, 2025: 300_000,
                ],
                "energiforsyning": [
                    2009: 200_000, 2019: 174_456, 2022: 170_613, 2023: 170_582, 2024: 170_164, 2025: 126_485,
                ],
            ], lastHistoricalYear: 2019)
        let summary = CouncilSummary(budget: budget, language: .en)
        let sectors = try #require(summary.sectorPathways)
        #expect(sectors.heading == "Emissions by sector in 2025")
        #expect(
            sectors.header == [
                "Sector", "Reference pathway", "Effect of measures", "Measure pathway", "Share of the total reference",
            ])
        // Veitrafikk 2025: effect 11 700 (Tabell 7-2's sector sum), 300 000 − 11 700 = 288 300;
        // 300 000 / 426 485 = 70.3 % → 70 %. Energiforsyning: 126 485 − 16 800 = 109 685; 29.7 % → 30 %.
        #expect(
            sectors.rows == [
                ["Road traffic", "300,000", "11,700", "288,300", "70%"],
                ["Energy supply", "126,485", "16,800", "109,685", "30%"],
            ])
    }
}
