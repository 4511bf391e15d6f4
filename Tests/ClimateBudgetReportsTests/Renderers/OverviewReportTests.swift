import ClimateBudget
import Testing

@testable import ClimateBudgetReports

@Suite("The overview of many budgets: its rows, order, totals, texts and chart")
struct OverviewReportTests {
    /// A row of made-up figures; only the folder, the municipality and the last gap matter here.
    func row(_ folder: String, _ municipality: String?, gapLast: Double?) -> OverviewRow {
        OverviewRow(
            folder: folder, municipality: municipality, baseYear: 2009, baseEmissions: municipality == nil ? nil : 1000,
            gapLast: gapLast,
            errors: 0, warnings: 0,
            loadError: municipality == nil
                ? OverviewLoadError(code: "missing-file", file: folder + "/Data/budget.json", message: "m", more: 0)
                : nil)
    }

    @Test("Names sort in Norwegian: a to z, then æ, ø, å, letter case aside; ties by folder")
    func norwegianOrder() {
        let rows = [
            row("4", "Ålesund kommune", gapLast: 1), row("3", "Øygarden kommune", gapLast: 1),
            row("2", "bergen kommune", gapLast: 1), row("1", "Ås kommune", gapLast: 1),
            row("0", "Aremark kommune", gapLast: 1), row("5", "Bergen kommune", gapLast: 1),
        ]
        let sorted = BudgetOverview(rows: rows).rows.map(\.folder)
        #expect(sorted == ["0", "2", "5", "3", "4", "1"])
    }

    @Test("A missing figure sorts last in both directions")
    func missingLast() {
        let rows = [
            row("a", "A", gapLast: nil), row("b", nil, gapLast: nil), row("c", "C", gapLast: 5),
            row("d", "D", gapLast: -5),
        ]
        #expect(BudgetOverview(rows: rows, sortedBy: .gapLast).rows.map(\.folder) == ["d", "c", "a", "b"])
        #expect(
            BudgetOverview(rows: rows, sortedBy: .gapLast, descending: true).rows.map(\.folder) == ["c", "d", "a", "b"])
    }

    @Test("The totals sum what the rows show: 5 + (-5) = 0 t, a missing figure adds nothing, 3 of 4 load")
    func totals() {
        let rows = [
            row("a", "A", gapLast: nil), row("b", nil, gapLast: nil), row("c", "C", gapLast: 5),
            row("d", "D", gapLast: -5),
        ]
        let totals = BudgetOverview(rows: rows).totals
        #expect(totals.gapLast == 0)
        #expect(totals.baseEmissions == 3000)
        #expect((totals.budgets, totals.loaded, totals.failed) == (4, 3, 1))
    }

    @Test("Every text of the overview exists in bokmål, nynorsk and English")
    func everyLanguage() {
        for language in Language.allCases {
            let missing = OverviewText.allCases.filter { OverviewText.table(language)[$0]?.isEmpty ?? true }
            #expect(missing.isEmpty, "\(language): \(missing)")
        }
    }

    @Test("The dot plot draws each line with its figures, the zero line, and the left arrow only with a negative gap")
    func dotPlot() {
        func plot(_ items: [DotPlotItem]) -> String {
            SVGDotPlotRenderer().render(
                DotPlot(
                    items: items, firstName: "First", secondName: "Last", axisTitle: "pp", zeroLabel: "on target",
                    leftLabel: "ahead", rightLabel: "behind", title: "Gaps", description: "Gaps.",
                    format: { "\(Int($0)) pp" }))
        }
        let positive = plot([
            DotPlotItem(label: "A & B", first: 4, second: 12), DotPlotItem(label: "C", first: nil, second: 3),
        ])
        #expect(positive.contains(#"<g class="item" data-label="A &amp; B" data-first="4" data-second="12">"#))
        #expect(positive.contains(#"<g class="item" data-label="C" data-first="" data-second="3">"#))
        #expect(positive.contains(#"<g class="zero" data-value="0">"#))
        #expect(positive.contains("behind →"))
        #expect(!positive.contains("← ahead"))
        // Two lines of 22 pixels between 58 above and 78 below: 180 high.
        #expect(positive.contains(#"viewBox="0 0 760 180""#))
        #expect(plot([DotPlotItem(label: "D", first: -3, second: 2)]).contains("← ahead"))
    }

    @Test("A long plot repeats the axis labels above its first line; a long label is cut in the middle")
    func longPlot() {
        let items = (1...16).map { DotPlotItem(label: "Kommune \($0)", first: 4, second: 12) }
        let svg = SVGDotPlotRenderer().render(
            DotPlot(
                items: items, firstName: "First", secondName: "Last", axisTitle: "pp", zeroLabel: "on target",
                leftLabel: "ahead", rightLabel: "behind", title: "Gaps", description: "Gaps.",
                format: { "\(Int($0)) pp" }))
        // Above the first line (58 - 14 = 44) and under the axis: the label of 2 pp twice, of 0 pp once.
        #expect(svg.components(separatedBy: ">2 pp</text>").count - 1 == 2)
        #expect(svg.components(separatedBy: ">0 pp</text>").count - 1 == 1)
        // 31 characters: 30 kept, two thirds (20) from the start and one third (10) from the end.
        #expect(
            SVGDotPlotRenderer.shortened("Trondheim kommune (nation/county2/m343)", to: 31)
                == "Trondheim kommune (n…nty2/m343)")
        #expect(SVGDotPlotRenderer.shortened("Short", to: 31) == "Short")
    }
}
