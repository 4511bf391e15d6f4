import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetReports

/// `gap` in every format and the council summary in HTML and Markdown print the same year columns.
@Suite("The summary's table shows exactly the years gap shows")
struct ShownYearsAgreementTests {
    /// The year columns of every rendering, by name.
    func yearColumns(_ budget: Budget) throws -> [String: [Int]] {
        let table = EmissionBudgetTable.compute(for: budget)
        func years(_ cells: some Sequence<some StringProtocol>) -> [Int] {
            cells.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
        let json = GapReport.render(table, budget: budget, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let jsonYears = try #require(object["years"] as? [[String: Any]]).compactMap { $0["year"] as? Int }
        let text = GapReport.render(table, budget: budget, format: .text).split(separator: "\n")[1]
        let markdown = try #require(
            GapReport.render(table, budget: budget, format: .markdown).split(separator: "\n").first {
                $0.hasPrefix("|  |")
            })
        let csv = GapReport.render(table, budget: budget, format: .csv).split(separator: "\n").dropFirst().map {
            $0.prefix { $0 != "," }
        }

        let summary = CouncilSummary(budget: budget, language: .nb)
        let summaryMarkdown = try #require(
            SummaryMarkdown.render(summary, chartFile: "c.svg").split(separator: "\n").first { $0.hasPrefix("|  |") })
        let html = SummaryHTML.render(summary, chartSVG: "")
        let head = try #require(html.range(of: "<thead>")).upperBound
        let headEnd = try #require(html.range(of: "</thead>", range: head..<html.endIndex)).lowerBound
        let htmlYears = html[head..<headEnd].components(separatedBy: "</th>").map {
            $0.components(separatedBy: ">").last ?? ""
        }
        return [
            "gap json": jsonYears,
            "gap text": years(text.split(separator: " ")),
            "gap markdown": years(markdown.split(separator: "|")),
            "gap csv": years(csv),
            "summary": summary.tableYears,
            "summary markdown": years(summaryMarkdown.split(separator: "|")),
            "summary html": years(htmlYears),
        ]
    }

    @Test("After roll to 2023-2026: 2009, the last history year 2019, 2022 and the new period")
    func rolledTrondheim() throws {
        var budget = TrondheimBudget.budget
        budget.settings.period = Period(start: 2023, end: 2026)  // what `roll --period 2023-2026 --write` changes
        // Before: the summary showed [2009, 2022, 2023, 2024, 2025, 2026] and gap showed 2019 too.
        for (rendering, years) in try yearColumns(budget) {
            #expect(years == [2009, 2019, 2022, 2023, 2024, 2025, 2026], "\(rendering)")
        }
    }

    @Test("History to 2022 with a projection year before the period 2024-2027: 2022 is shown, not lost")
    func historyTo2022() throws {
        var budget = TrondheimBudget.budget
        budget.reference.lastHistoricalYear = 2022
        budget.reference.total.merge([2026: 425000, 2027: 423000]) { $1 }
        budget.settings.period = Period(start: 2024, end: 2027)
        // Before: the summary showed [2009, 2023, 2024, ...] (losing 2022) and gap [2009, 2019, 2022, 2023, ...].
        for (rendering, years) in try yearColumns(budget) {
            #expect(years == [2009, 2022, 2023, 2024, 2025, 2026, 2027], "\(rendering)")
        }
    }

    @Test("The bundled budget keeps Tabell 7-1's columns everywhere")
    func trondheim() throws {
        for (rendering, years) in try yearColumns(TrondheimBudget.budget) {
            #expect(years == [2009, 2019, 2022, 2023, 2024, 2025], "\(rendering)")
        }
    }
}
