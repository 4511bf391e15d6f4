import ClimateBudget
import ClimateBudgetFiles
import Foundation
import Testing

@testable import ClimateBudgetReports

/// The carbon budget in `gap` and in the council summary, on the Trondheim 2022 budget with a carbon budget
/// 2022-2030, actual emissions for 2022 and 2023 (example figures, not Trondheim's inventory) and one pathway of
/// each method (issue 12).
///
/// The figures, by hand:
/// - Targets: the caps 381 472, 367 143, 345 793 and 324 442 for 2022-2025; 2026-2029 on the line from the 2023
///   milestone (524 491 × 0.7 = 367 143.7) to the 2030 milestone (524 491 × 0.2 = 104 898.2), 37 463.64 less a
///   year: 254 753, 217 289, 179 825, 142 362; 2030: 104 898. The carbon budget is their sum, 2 317 977.
/// - Used: 400 000 + 390 000 = 790 000, against 381 472 + 367 143 = 748 615 allowed: 41 385 over. Left:
///   2 317 977 − 790 000 = 1 527 977.
/// - Run-out at 390 000 a year: 790 000, then 1 180 000 (2024), 1 570 000, 1 960 000, 2 350 000 in 2027, over.
/// - Catch-up over 2024-2030: 390 000 × (x + x² + ... + x⁷) = 1 527 977 gives x = 0.854 41, a cut of 14.56 %.
///   The target pathway from 367 143 (2023) to 104 898 (2030): 1 − (104 898 / 367 143)^(1/7) = 16.39 %.
/// - Pathways of 2 000 000 t from 2022, from the 2019 inventory, 424 456 t:
///   - line: m = ⌈2 × 1 575 544 / 424 456⌉ = ⌈7.42⌉ = 8, d = 2(8 × 424 456 − 1 575 544) / 72 = 50 558.44 a year;
///     2030 (8 years on): 424 456 − 404 467.56 = 19 988; zero in 2022 + 9 = 2031;
///   - exponential: q = 1 − 424 456 / 2 000 000 = 0.787 772, a cut of 21.22 %; 2030: 424 456 × q⁸ = 62 956;
///   - rate -11.72 %: 2030: 424 456 × 0.8828⁸ = 156 578; the whole-tonne levels 2022-2030 sum to 2 442 224,
///     442 224 over the budget.
@Suite("The carbon budget in gap and the summary")
struct CarbonBudgetReportTests {
    static var budget: Budget {
        var budget = TrondheimBudget.budget
        budget.targets.carbonBudget = CarbonBudgetSpan(from: 2022, to: 2030)
        budget.targets.carbonBudgetPathways = [
            CarbonBudgetPathwayRule(tonnes: 2_000_000, from: 2022, method: .line, place: "carbonBudgetPathways[0]"),
            CarbonBudgetPathwayRule(
                tonnes: 2_000_000, from: 2022, method: .exponential, place: "carbonBudgetPathways[1]"),
            CarbonBudgetPathwayRule(
                tonnes: 2_000_000, from: 2022, method: .rate(percentPerYear: -11.72), place: "carbonBudgetPathways[2]"),
        ]
        budget.actuals = Actuals(total: [2022: 400_000, 2023: 390_000])
        return budget
    }

    /// The same budget without the carbon budget: its actual emissions and their rows and notes stay.
    static var withoutCarbonBudget: Budget {
        var budget = budget
        budget.targets.carbonBudget = nil
        budget.targets.carbonBudgetPathways = []
        return budget
    }

    /// The notes `gap` prints under the table and its sums, after the notes on where the figures come from.
    static let gapNotes = [
        "The carbon budget for 2022-2030 is 2 317 977 tonnes CO2e, the sum of the target pathway's yearly caps. Actual emissions in 2022 and 2023 were 790 000 tonnes, 41 385 tonnes over the caps for the same years (748 615 tonnes). Left of the carbon budget: 1 527 977 tonnes.",
        "If emissions stay at the 2023 level (390 000 tonnes a year), the carbon budget runs out in 2027.",
        "To keep 2024-2030 within what is left, emissions must fall 14.56 % a year from the 2023 level. The target pathway falls 16.39 % a year over the same years, from 367 143 tonnes in 2023 to 104 898 tonnes in 2030.",
        "carbonBudgetPathways[0]: 2 000 000 tonnes from 2022, a straight line towards zero from 424 456 tonnes (the 2019 inventory): down 50 558 tonnes a year. It reaches zero in 2031. In 2030 it allows 19 988 tonnes, against 104 898 tonnes on the council's target pathway.",
        "carbonBudgetPathways[1]: 2 000 000 tonnes from 2022, an exponential decline from 424 456 tonnes (the 2019 inventory): down 21.22 % a year. In 2030 it allows 62 956 tonnes, against 104 898 tonnes on the council's target pathway.",
        "carbonBudgetPathways[2]: 2 000 000 tonnes from 2022, a constant rate from 424 456 tonnes (the 2019 inventory): -11.72 % a year. In 2030 it allows 156 578 tonnes, against 104 898 tonnes on the council's target pathway. From 2022 to 2030 it emits 2 442 224 tonnes, 442 224 tonnes over the budget.",
    ]

    func gapText(_ budget: Budget) -> String {
        GapReport.render(EmissionBudgetTable.compute(for: budget), budget: budget, format: .text, language: .en)
    }

    @Test("gap's notes: the carbon budget, used and left, the run-out year, the catch-up rate and each pathway")
    func gapNotes() {
        let text = gapText(Self.budget)
        let plain = gapText(Self.withoutCarbonBudget)
        // The table, the actual emissions and the notes as without a carbon budget, then the carbon budget's.
        #expect(text == plain + Self.gapNotes.joined(separator: "\n") + "\n")
    }

    @Test("gap's Markdown lists the same notes")
    func markdown() {
        let budget = Self.budget
        let markdown = GapReport.render(
            EmissionBudgetTable.compute(for: budget), budget: budget, format: .markdown, language: .en)
        let plain = GapReport.render(
            EmissionBudgetTable.compute(for: Self.withoutCarbonBudget), budget: Self.withoutCarbonBudget,
            format: .markdown, language: .en)
        #expect(markdown == plain + Self.gapNotes.map { "- " + $0 }.joined(separator: "\n") + "\n")
    }

    @Test("A budget without a carbon budget prints what it printed before, and its JSON has no carbon budget keys")
    func unchanged() throws {
        var budget = TrondheimBudget.budget
        budget.actuals = Actuals(total: [2022: 400_000])
        // Actual emissions alone bring their rows and notes (the follow-up), and nothing of a carbon budget.
        #expect(!gapText(budget).contains("carbon budget"))
        let json = GapReport.render(EmissionBudgetTable.compute(for: budget), budget: budget, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["carbonBudget"] == nil)
        #expect(object["carbonBudgetPathways"] == nil)
    }

    @Test("gap's JSON: the carbon budget and the pathways as objects")
    func json() throws {
        let budget = Self.budget
        let text = GapReport.render(EmissionBudgetTable.compute(for: budget), budget: budget, format: .json)
        let start = try #require(text.range(of: "  \"carbonBudget\": {"))
        let end = try #require(text.range(of: "  \"withheld\": []"))
        #expect(
            String(text[start.lowerBound..<end.lowerBound]) == """
                  "carbonBudget": {
                    "from": 2022,
                    "to": 2030,
                    "budget": 2317977,
                    "missingYears": [],
                    "actualYears": [2022, 2023],
                    "used": 790000,
                    "allowedSoFar": 748615,
                    "balance": 41385,
                    "left": 1527977,
                    "lastActual": {
                      "year": 2023,
                      "tonnes": 390000
                    },
                    "runOutYear": 2027,
                    "leftAtEnd": null,
                    "catchUp": {
                      "years": [2024, 2025, 2026, 2027, 2028, 2029, 2030],
                      "need": "cut",
                      "cutPercentPerYear": 14.56,
                      "usedAtLevel": null,
                      "pathwayFrom": 367143,
                      "pathwayTo": 104898,
                      "pathwayCutPercentPerYear": 16.39
                    }
                  },
                  "carbonBudgetPathways": [
                    {
                      "place": "carbonBudgetPathways[0]",
                      "tonnes": 2000000,
                      "from": 2022,
                      "method": "line",
                      "percentPerYear": null,
                      "startYear": 2019,
                      "start": 424456,
                      "startSource": "inventory",
                      "problem": null,
                      "slope": 50558.444,
                      "yearlyCutPercent": null,
                      "zeroYear": 2031,
                      "targetYear": 2030,
                      "levelInTargetYear": 19988,
                      "sumToTargetYear": 2000000,
                      "withinBudget": null,
                      "councilTarget": 104898,
                      "councilSum": 2317977
                    },
                    {
                      "place": "carbonBudgetPathways[1]",
                      "tonnes": 2000000,
                      "from": 2022,
                      "method": "exponential",
                      "percentPerYear": null,
                      "startYear": 2019,
                      "start": 424456,
                      "startSource": "inventory",
                      "problem": null,
                      "slope": null,
                      "yearlyCutPercent": 21.22,
                      "zeroYear": null,
                      "targetYear": 2030,
                      "levelInTargetYear": 62956,
                      "sumToTargetYear": 1766314,
                      "withinBudget": null,
                      "councilTarget": 104898,
                      "councilSum": 2317977
                    },
                    {
                      "place": "carbonBudgetPathways[2]",
                      "tonnes": 2000000,
                      "from": 2022,
                      "method": "rate",
                      "percentPerYear": -11.72,
                      "startYear": 2019,
                      "start": 424456,
                      "startSource": "inventory",
                      "problem": null,
                      "slope": null,
                      "yearlyCutPercent": 11.72,
                      "zeroYear": null,
                      "targetYear": 2030,
                      "levelInTargetYear": 156578,
                      "sumToTargetYear": 2442224,
                      "withinBudget": false,
                      "councilTarget": 104898,
                      "councilSum": 2317977
                    }
                  ],

                """)
    }

    @Test("Under the caps so far, and lasting through the span: no faster cut needed")
    func underBudget() {
        var budget = Self.budget
        budget.targets.carbonBudgetPathways = []
        budget.actuals = Actuals(total: [2022: 300_000, 2023: 200_000])
        // Used 500 000, 248 615 under 748 615; left 1 817 977. At 200 000 a year 2024-2030 use 1 400 000: the budget
        // lasts through 2030 with 417 977 left, and no cut is needed.
        let carbon = CarbonBudgetReport(budget: budget, style: .gap)
        #expect(
            carbon.paragraphs == [
                "The carbon budget for 2022-2030 is 2 317 977 tonnes CO2e, the sum of the target pathway's yearly caps. Actual emissions in 2022 and 2023 were 500 000 tonnes, 248 615 tonnes under the caps for the same years (748 615 tonnes). Left of the carbon budget: 1 817 977 tonnes.",
                "If emissions stay at the 2023 level (200 000 tonnes a year), the carbon budget lasts through 2030, with 417 977 tonnes left.",
                "At the 2023 level, 2024-2030 use 1 400 000 of the 1 817 977 tonnes left, so no faster cut is needed. The target pathway falls 16.39 % a year over the same years, from 367 143 tonnes in 2023 to 104 898 tonnes in 2030.",
            ])
    }

    @Test("Without actual emissions: the carbon budget, and why there is no run-out year or catch-up rate")
    func withoutActuals() {
        var budget = Self.budget
        budget.actuals = Actuals()
        #expect(
            CarbonBudgetReport(budget: budget, style: .gap).paragraphs == [
                "The carbon budget for 2022-2030 is 2 317 977 tonnes CO2e, the sum of the target pathway's yearly caps. There are no actual emissions up to 2030 yet, so neither the year the budget runs out nor how fast emissions must fall can be computed."
            ])
    }

    @Test("Overspent by the actual emissions: used up, and no cut can catch up")
    func overspent() {
        var budget = Self.budget
        budget.targets.carbonBudget = CarbonBudgetSpan(from: 2022, to: 2024)
        budget.actuals = Actuals(total: [2022: 600_000, 2023: 600_000])
        // Budget 2022-2024: 381 472 + 367 143 + 345 793 = 1 094 408; used 1 200 000 (451 385 over the 748 615 of
        // 2022-2023), so 105 592 overspent; the cumulative 1 200 000 passed the budget in 2023.
        #expect(
            CarbonBudgetReport(budget: budget, style: .gap).paragraphs == [
                "The carbon budget for 2022-2024 is 1 094 408 tonnes CO2e, the sum of the target pathway's yearly caps. Actual emissions in 2022 and 2023 were 1 200 000 tonnes, 451 385 tonnes over the caps for the same years (748 615 tonnes). The carbon budget is overspent by 105 592 tonnes.",
                "The actual emissions used the carbon budget up in 2023.",
                "No cut can keep 2024 within the carbon budget, since it is used up. The target pathway falls 5.82 % a year over the same years, from 367 143 tonnes in 2023 to 345 793 tonnes in 2024.",
            ])
    }

    @Test("A span year without a target: the carbon budget says which, and nothing else")
    func missingTargets() {
        var budget = Self.budget
        budget.targets.carbonBudget = CarbonBudgetSpan(from: 2022, to: 2031)
        budget.targets.carbonBudgetPathways = []
        #expect(
            CarbonBudgetReport(budget: budget, style: .gap).paragraphs == [
                "The carbon budget for 2022-2031 cannot be computed because the target pathway has no cap for 2031."
            ])
    }

    @Test("A pathway without a start level, and one whose budget is less than a year at it")
    func pathwayProblems() {
        var budget = Self.budget
        budget.targets.carbonBudget = nil
        budget.targets.carbonBudgetPathways = [
            CarbonBudgetPathwayRule(tonnes: 400_000, from: 2022, method: .line, place: "carbonBudgetPathways[0]")
        ]
        #expect(
            CarbonBudgetReport(budget: budget, style: .gap).pathwayParagraphs == [
                "400 000 tonnes from 2022: the pathway cannot be drawn, since the budget is less than one year at the start level, 424 456 tonnes (the 2019 inventory)."
            ])
        budget.reference.lastHistoricalYear = nil
        #expect(
            CarbonBudgetReport(budget: budget, style: .gap).pathwayParagraphs == [
                "400 000 tonnes from 2022: the pathway cannot be drawn, since there are neither actual emissions for 2021 nor an inventory to start from."
            ])
    }

    @Test("Pathways without a carbonBudget compare in the period's last year, from the actual figure before them")
    func pathwaysAlone() {
        var budget = TrondheimBudget.budget
        budget.actuals = Actuals(total: [2023: 390_000])
        budget.targets.carbonBudgetPathways = [
            CarbonBudgetPathwayRule(
                tonnes: 1_000_000, from: 2024, method: .rate(percentPerYear: -10), place: "carbonBudgetPathways[0]")
        ]
        // From the 2023 actual, 390 000: 2024 390 000, 2025 351 000; sum 741 000, 259 000 within 1 000 000.
        #expect(
            CarbonBudgetReport(budget: budget, style: .gap).pathwayParagraphs == [
                "1 000 000 tonnes from 2024, a constant rate from 390 000 tonnes (the actual emissions of 2023): -10 % a year. In 2025 it allows 351 000 tonnes, against 324 442 tonnes on the council's target pathway. From 2024 to 2025 it emits 741 000 tonnes, 259 000 tonnes within the budget."
            ])
        #expect(CarbonBudgetReport(budget: budget, style: .gap).paragraphs == [])
    }

    @Test("The summary's section in Norwegian")
    func summaryNorwegian() throws {
        let section = try #require(CouncilSummary(budget: Self.budget, language: .nb).carbonBudgetSection)
        func plain(_ text: String) -> String { text.replacingOccurrences(of: "\u{00A0}", with: " ") }
        #expect(
            section.paragraphs.map(plain) == [
                "Karbonbudsjettet for 2022–2030 er 2 317 977 tonn CO2-ekv, summen av målbanens årlige utslippstak. De faktiske utslippene i 2022 og 2023 var 790 000 tonn, 41 385 tonn over utslippstakene for de samme årene (748 615 tonn). Igjen av karbonbudsjettet: 1 527 977 tonn.",
                "Blir utslippene liggende på nivået fra 2023 (390 000 tonn i året), er karbonbudsjettet brukt opp i 2027.",
                "For å holde 2024–2030 innenfor det som er igjen, må utslippene ned 14,56 % i året fra nivået i 2023. Målbanen går ned 16,39 % i året over de samme årene, fra 367 143 tonn i 2023 til 104 898 tonn i 2030.",
            ])
        #expect(section.pathwaysIntro == "Utslippsbaner avledet av et karbonbudsjett, ved siden av bystyrets målbane:")
        #expect(
            section.pathways.map(plain) == [
                "2 000 000 tonn fra 2022, rett linje mot null fra 424 456 tonn (utslippsregnskapet for 2019): ned 50 558 tonn i året. Banen når null i 2031. I 2030 gir banen 19 988 tonn, mot 104 898 tonn i bystyrets målbane.",
                "2 000 000 tonn fra 2022, eksponentiell nedgang fra 424 456 tonn (utslippsregnskapet for 2019): ned 21,22 % i året. I 2030 gir banen 62 956 tonn, mot 104 898 tonn i bystyrets målbane.",
                "2 000 000 tonn fra 2022, fast rate fra 424 456 tonn (utslippsregnskapet for 2019): −11,72 % i året. I 2030 gir banen 156 578 tonn, mot 104 898 tonn i bystyrets målbane. Fra 2022 til 2030 slipper banen ut 2 442 224 tonn, 442 224 tonn over budsjettet.",
            ])
        // Norwegian numbers keep their no-break spaces.
        #expect(section.paragraphs[0].contains("2\u{00A0}317\u{00A0}977 tonn"))
    }

    @Test("The summary's section in English")
    func summaryEnglish() throws {
        let section = try #require(CouncilSummary(budget: Self.budget, language: .en).carbonBudgetSection)
        #expect(
            section.paragraphs == [
                "The carbon budget for 2022–2030 is 2,317,977 tonnes CO2e, the sum of the target pathway's yearly caps. Actual emissions in 2022 and 2023 were 790,000 tonnes, 41,385 tonnes over the caps for the same years (748,615 tonnes). Left of the carbon budget: 1,527,977 tonnes.",
                "If emissions stay at the 2023 level (390,000 tonnes a year), the carbon budget runs out in 2027.",
                "To keep 2024–2030 within what is left, emissions must fall 14.56% a year from the 2023 level. The target pathway falls 16.39% a year over the same years, from 367,143 tonnes in 2023 to 104,898 tonnes in 2030.",
            ])
        #expect(
            section.pathways[2]
                == "2,000,000 tonnes from 2022, a constant rate from 424,456 tonnes (the 2019 inventory): −11.72% a year. In 2030 it allows 156,578 tonnes, against 104,898 tonnes on the council's target pathway. From 2022 to 2030 it emits 2,442,224 tonnes, 442,224 tonnes over the budget."
        )
    }

    @Test("The summary has the section last, in HTML and Markdown; a budget without a carbon budget has none")
    func summarySection() throws {
        let summary = CouncilSummary(budget: Self.budget, language: .nb)
        let html = SummaryHTML.render(summary, chartSVG: "<svg></svg>")
        let markers = ["Samlet gap i perioden", "<h2>Karbonbudsjett</h2>", "Utslippsbaner avledet", "<footer>"]
        let positions = try markers.map { try #require(html.range(of: $0), "missing \($0)").lowerBound }
        #expect(positions == positions.sorted())
        #expect(html.contains("<li>2\u{00A0}000\u{00A0}000 tonn fra 2022, rett linje mot null"))
        let markdown = SummaryMarkdown.render(summary, chartFile: "chart.svg")
        #expect(
            markdown.contains("## Karbonbudsjett\n\nKarbonbudsjettet for 2022–2030 er 2\u{00A0}317\u{00A0}977 tonn"))
        #expect(markdown.contains("\n- 2\u{00A0}000\u{00A0}000 tonn fra 2022, eksponentiell nedgang"))

        let plain = CouncilSummary(budget: TrondheimBudget.budget, language: .nb)
        #expect(plain.carbonBudgetSection == nil)
        #expect(!SummaryHTML.render(plain, chartSVG: "<svg></svg>").contains("Karbonbudsjett"))
    }
}
