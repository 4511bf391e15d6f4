import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetReports

/// The council summary's follow-up (issue 12): the bundled budget with actual emissions 385 000 t for 2022 and
/// 399 000 t for 2023.
///
/// Hand-computed from Tabell 7-1: 2022 is 385 000 − 381 472 = 3 528 t over the cap (0.92 % → 1 %) and
/// 385 000 − 401 313 = −16 313 t against the measure pathway; 2023 is 399 000 − 367 143 = 31 857 t over the cap
/// (8.68 % → 9 %) and 399 000 − 394 682 = 4 318 t above the measure pathway.
@Suite("The council summary follows the budget up")
struct FollowUpSummaryTests {
    static var budget: Budget {
        var budget = TrondheimBudget.budget
        budget.actuals = Actuals(total: [2022: 385000, 2023: 399000])
        return budget
    }

    let nb = CouncilSummary(budget: FollowUpSummaryTests.budget, language: .nb)
    let en = CouncilSummary(budget: FollowUpSummaryTests.budget, language: .en)

    @Test("Its own short section, in bokmål, nynorsk and English")
    func section() throws {
        let norwegian = try #require(nb.followUp)
        #expect(
            norwegian.lines == [
                "2022: 385\u{00A0}000 tonn CO2-ekv, 3\u{00A0}528 tonn (1\u{00A0}%) over utslippstaket; tiltakene ga 16\u{00A0}313 tonn mer kutt enn budsjettet ventet.",
                "2023: 399\u{00A0}000 tonn CO2-ekv, 31\u{00A0}857 tonn (9\u{00A0}%) over utslippstaket; tiltakene ga 4\u{00A0}318 tonn mindre kutt enn budsjettet ventet.",
            ])
        // Nynorsk: the same figures, 385 000 − 381 472 = 3 528 over the 2022 cap, and 401 313 − 385 000 = 16 313
        // more cut than the measure pathway expected.
        let nynorsk = try #require(CouncilSummary(budget: Self.budget, language: .nn).followUp)
        #expect(
            nynorsk.lines == [
                "2022: 385\u{00A0}000 tonn CO2-ekv, 3\u{00A0}528 tonn (1\u{00A0}%) over utsleppstaket; tiltaka gav 16\u{00A0}313 tonn meir kutt enn budsjettet venta.",
                "2023: 399\u{00A0}000 tonn CO2-ekv, 31\u{00A0}857 tonn (9\u{00A0}%) over utsleppstaket; tiltaka gav 4\u{00A0}318 tonn mindre kutt enn budsjettet venta.",
            ])
        let english = try #require(en.followUp)
        #expect(
            english.lines == [
                "2022: 385,000 tonnes CO2e, over the limit by 3,528 tonnes (1%); the measures delivered 16,313 tonnes more than the budget expected.",
                "2023: 399,000 tonnes CO2e, over the limit by 31,857 tonnes (9%); the measures delivered 4,318 tonnes less than the budget expected.",
            ])
        #expect(
            english.intro
                == "The emission inventory shows what was actually emitted. Here it is compared with the year's cap and with the measure pathway, what the budget expected with its measures:"
        )
        // Without actual emissions there is no such section.
        #expect(CouncilSummary(budget: TrondheimBudget.budget, language: .nb).followUp == nil)
    }

    @Test("Under the limit, on it, below 1 %, and a year without a cap")
    func wording() throws {
        var budget = Self.budget
        // 2022: 381 472 − 100 = 381 372, 100 t under (0.03 %); 2023: exactly on the cap and the measures' pathway
        // is 394 682 − 367 143 = 27 539 t above it; 2026, after the period: the target on the line from the 2023
        // milestone to the 2030 one, 254 753 t; 250 000 is 4 753 t under (1.87 % → 2 %).
        budget.actuals = Actuals(total: [2022: 381372, 2023: 367143, 2026: 250000])
        let lines = try #require(CouncilSummary(budget: budget, language: .en).followUp).lines
        #expect(
            lines == [
                "2022: 381,372 tonnes CO2e, under the limit by 100 tonnes (less than 1%); the measures delivered 19,941 tonnes more than the budget expected.",
                "2023: 367,143 tonnes CO2e, exactly on the limit; the measures delivered 27,539 tonnes more than the budget expected.",
                "2026: 250,000 tonnes CO2e, under the limit by 4,753 tonnes (2%).",
            ])
        budget.targets.milestones.removeAll { $0.year == 2030 }
        let noTarget = try #require(CouncilSummary(budget: budget, language: .nb).followUp).lines
        #expect(noTarget.last == "2026: 250\u{00A0}000 tonn CO2-ekv; året har ikke noe utslippstak å sammenligne med.")
    }

    @Test("Over a cap of 0 t: the tonnes without a percent, in the summary and in gap's notes")
    func zeroCap() throws {
        // A cap of 0 t in 2026 (a net-zero year) and 5 t emitted: 5 t over, and no percent of 0.
        var budget = Self.budget
        budget.targets.caps[2026] = 0
        budget.actuals = Actuals(total: [2026: 5])
        #expect(
            try #require(CouncilSummary(budget: budget, language: .en).followUp).lines == [
                "2026: 5 tonnes CO2e, over the limit of 0 tonnes by 5 tonnes."
            ])
        #expect(
            try #require(CouncilSummary(budget: budget, language: .nb).followUp).lines == [
                "2026: 5 tonn CO2-ekv, 5 tonn over utslippstaket på 0 tonn."
            ])
        let table = EmissionBudgetTable.compute(for: budget)
        #expect(GapReport.actualNotes(table, budget: budget).last == "2026: over the limit of 0 t by 5 t.")
        // 0 t emitted is on the limit.
        budget.actuals = Actuals(total: [2026: 0])
        #expect(
            try #require(CouncilSummary(budget: budget, language: .en).followUp).lines == [
                "2026: 0 tonnes CO2e, exactly on the limit."
            ])
        #expect(
            GapReport.actualNotes(EmissionBudgetTable.compute(for: budget), budget: budget).last
                == "2026: on the limit.")
    }

    @Test("The table's rows, signed, in the summary's number format")
    func tableRows() {
        let rows = nb.tableRows
        #expect(rows.count == 13)
        #expect(rows[9] == ["Faktiske utslipp", "", "", "385\u{00A0}000", "399\u{00A0}000", "", ""])
        #expect(
            rows[10] == ["over (+) eller under (−) utslippstaket", "", "", "+3\u{00A0}528", "+31\u{00A0}857", "", ""])
        #expect(rows[11] == ["i % av utslippstaket", "", "", "+1\u{00A0}%", "+9\u{00A0}%", "", ""])
        #expect(
            rows[12] == [
                "over (+) eller under (−) tiltaksbanen", "", "", "\u{2212}16\u{00A0}313", "+4\u{00A0}318", "", "",
            ])
        #expect(CouncilSummary(budget: TrondheimBudget.budget, language: .nb).tableRows.count == 9)
    }

    @Test("The chart shows the actual emissions as crosses beside the pathways, with a legend entry and no line")
    func chart() throws {
        let chart = nb.chart
        let series = try #require(chart.series.last)
        #expect(series.id == "actual" && series.style == .markers && series.name == "Faktiske utslipp")
        #expect(series.points == [ChartPoint(x: 2022, y: 385000), ChartPoint(x: 2023, y: 399000)])
        let svg = SVGChartRenderer().render(chart)
        let reader = try ChartReader.read(svg)
        #expect(reader.series["actual"]?.count == 2)
        #expect(reader.lines["actual"] == nil)
        #expect(reader.texts.contains("Faktiske utslipp"))
        #expect(
            chart.description.hasSuffix(" Faktiske utslipp er vist som kryss for 2022 og 2023."))
        #expect(nb.chartCaption.hasSuffix(" Kryssene er faktiske utslipp fra utslippsregnskapet."))
        // The bundled budget's chart is unchanged (its reference file is compared in SVGChartTests).
        #expect(CouncilSummary(budget: TrondheimBudget.budget, language: .nb).chart.series.count == 3)
    }

    @Test("HTML and Markdown: the section follows the chart, with the same sentences")
    func documents() throws {
        let html = SummaryHTML.render(nb, chartSVG: SVGChartRenderer().render(nb.chart))
        let chart = try #require(html.range(of: "<svg")).lowerBound
        let section = try #require(html.range(of: "<h2>Faktiske utslipp mot budsjettet</h2>")).lowerBound
        let effects = try #require(html.range(of: "Effekt av de kvantifiserte tiltakene")).lowerBound
        #expect(chart < section && section < effects)
        let lines = try #require(nb.followUp).lines
        for line in lines { #expect(html.contains("<li>\(Markup.escape(line))</li>")) }
        let markdown = SummaryMarkdown.render(en, chartFile: "chart.svg")
        #expect(
            markdown.contains(
                "## Actual emissions against the budget\n\nThe emission inventory shows what was actually emitted."))
        for line in try #require(en.followUp).lines { #expect(markdown.contains("- " + Markup.escapeMarkdown(line))) }
    }

    @Test("An error in the actual emissions leaves them out of the summary, which says why")
    func withheld() throws {
        var budget = Self.budget
        budget.actuals = Actuals(bySector: ["veitrafik": [2022: 385000]])
        let summary = CouncilSummary(budget: budget, language: .en)
        let followUp = try #require(summary.followUp)
        #expect(
            followUp.intro
                == "The actual emissions for 2022 are not shown, because their data has errors that must be fixed first; see the open findings."
        )
        #expect(followUp.lines.isEmpty)
        #expect(summary.tableRows[9] == ["Actual emissions (withheld)", "", "", "", "", "", ""])
        #expect(summary.chart.series.count == 3)
        // Tabell 7-1 is whole.
        #expect(summary.tableRows[7] == ["Gap: further cuts needed", "", "", "19,841", "27,539", "45,871", "62,843"])
    }
}
