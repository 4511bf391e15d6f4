import Testing

@testable import ClimateBudget

/// The one decision of which years a budget's reports show.
@Suite("Shown years")
struct ShownYearsTests {
    /// Trondheim's reference years: 2009 (base), 2019 (last history), 2022-2025 (projection).
    let trondheimReference = [2009, 2019, 2022, 2023, 2024, 2025]

    @Test("Trondheim 2022-2025: Tabell 7-1's columns")
    func trondheim() {
        let years = ShownYears(
            baseYear: 2009, period: Period(start: 2022, end: 2025), referenceYears: trondheimReference,
            lastHistoricalYear: 2019, milestoneYears: [2020, 2023, 2030])
        #expect(years.table == [2009, 2019, 2022, 2023, 2024, 2025])
        #expect(years.computed == [2009, 2019, 2022, 2023, 2024, 2025])
        // 2020 and 2030 have no row, so no tick to label.
        #expect(years.landmarks == [2009, 2019, 2022, 2023, 2025])
    }

    @Test("After roll to 2023-2026 the last history year 2019 and the projection year 2022 stay")
    func rolled() {
        let years = ShownYears(
            baseYear: 2009, period: Period(start: 2023, end: 2026), referenceYears: trondheimReference,
            lastHistoricalYear: 2019, milestoneYears: [2020, 2023, 2030])
        #expect(years.table == [2009, 2019, 2022, 2023, 2024, 2025, 2026])
        #expect(years.landmarks == [2009, 2019, 2023, 2026])
    }

    @Test("History to 2022 and a projection year before the period: 2022 and 2023 stay, earlier history goes")
    func historyTo2022() {
        let reference = Array(2009...2022) + Array(2023...2027)
        let years = ShownYears(
            baseYear: 2009, period: Period(start: 2024, end: 2027), referenceYears: reference,
            lastHistoricalYear: 2022, milestoneYears: [])
        #expect(years.table == [2009, 2022, 2023, 2024, 2025, 2026, 2027])
        #expect(years.computed == Array(2009...2027))
    }

    @Test("A last history year without a figure falls back to the latest history year that has one")
    func lastHistoryWithoutFigure() {
        let years = ShownYears(
            baseYear: 2009, period: Period(start: 2022, end: 2023), referenceYears: [2009, 2015, 2018, 2022, 2023],
            lastHistoricalYear: 2019, milestoneYears: [])
        #expect(years.table == [2009, 2018, 2022, 2023])
    }

    @Test(
        "Without lastHistoricalYear every year before the period is shown, since history cannot be told from projection"
    )
    func unknownHistory() {
        let years = ShownYears(
            baseYear: 2009, period: Period(start: 2023, end: 2026), referenceYears: trondheimReference,
            lastHistoricalYear: nil, milestoneYears: [])
        #expect(years.table == [2009, 2019, 2022, 2023, 2024, 2025, 2026])
    }

    @Test("Years after the period are computed (the chart draws them) but not in the table")
    func afterPeriod() {
        let years = ShownYears(
            baseYear: 2009, period: Period(start: 2022, end: 2025), referenceYears: trondheimReference + [2030],
            lastHistoricalYear: 2019, milestoneYears: [2030])
        #expect(years.table == [2009, 2019, 2022, 2023, 2024, 2025])
        #expect(years.computed.last == 2030)
        #expect(years.landmarks == [2009, 2019, 2022, 2025, 2030])
    }

    @Test("The emission budget table computes exactly the computed years")
    func tableRows() {
        var budget = ExampleBudget.budget
        budget.reference.total[2019] = 950
        budget.reference.total[2030] = 800
        budget.reference.total[2000] = 1100
        #expect(EmissionBudgetTable.compute(for: budget).rows.map(\.year) == ShownYears(for: budget).computed)
        #expect(ShownYears(for: budget).computed == [2009, 2019, 2022, 2023, 2030])
        // lastHistoricalYear is 2009, the base year: 2019 is projection before the period, and stays.
        #expect(ShownYears(for: budget).table == [2009, 2019, 2022, 2023])
    }
}
