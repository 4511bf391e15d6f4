import ClimateBudget
import ClimateBudgetFiles
import Foundation
import Testing

@testable import ClimateBudgetReports

/// The band and the overlap in every report (issue 12), on a copy of the Trondheim 2022 budget in which measure 6
/// (bus, 5 100 t a year) overlaps measure 10 (zero growth in car traffic, 2 300, 2 800, 3 200 and 3 400 t) by 25 %
/// of the smaller effect, and both give a low and a high effect.
@Suite("The band and the overlap in the reports")
struct BandAndOverlapReportTests {
    /// The hand-computed figures, 2022 to 2025.
    ///
    /// Overlap: 25 % of min(5 100, effect of 10) = 575, 700, 800, 850 (sum 2 925).
    /// Measure pathway: 401 313 + 575 = 401 888; 394 682 + 700 = 395 382; 391 664 + 800 = 392 464;
    /// 387 285 + 850 = 388 135 (sum 1 574 944 + 2 925 = 1 577 869).
    /// Gap: 19 841 + 575 = 20 416; 27 539 + 700 = 28 239; 45 871 + 800 = 46 671; 62 843 + 850 = 63 693
    /// (sum 156 094 + 2 925 = 159 019).
    ///
    /// Low effects: 6 gives 4 000 (1 100 below 5 100), 10 gives 2 000, 2 400, 2 700, 2 900 (300, 400, 500, 500
    /// below); the low overlap is 25 % of min(4 000, low of 10) = 500, 600, 675, 725. The summed effect
    /// 29 300, 34 900, 36 500, 39 200 becomes 27 900 − 500 = 27 400; 33 400 − 600 = 32 800; 34 900 − 675 = 34 225;
    /// 37 600 − 725 = 36 875. Highest measure pathway (reference 430 613, 429 582, 428 164, 426 485 minus these):
    /// 403 213, 396 782, 393 939, 389 610; gap against the caps 381 472, 367 143, 345 793, 324 442: 21 741, 29 639,
    /// 48 146, 65 168.
    ///
    /// High effects: 6 gives 6 000 (900 above), 10 gives 2 500, 3 100, 3 600, 3 900 (200, 300, 400, 500 above);
    /// the high overlap is 25 % of min(6 000, high of 10) = 625, 775, 900, 975. Effect: 30 400 − 625 = 29 775;
    /// 36 100 − 775 = 35 325; 37 800 − 900 = 36 900; 40 600 − 975 = 39 625. Lowest measure pathway: 400 838,
    /// 394 257, 391 264, 386 860; gap: 19 366, 27 114, 45 471, 62 418.
    ///
    /// Over the period: lowest pathway 1 573 219, highest 1 583 544; gap 154 369 to 164 694.
    static let budget: Budget = {
        var budget = TrondheimBudget.budget
        for index in budget.measures.indices {
            switch budget.measures[index].id {
            case 6:
                budget.measures[index].effectLow = [2022: 4000, 2023: 4000, 2024: 4000, 2025: 4000]
                budget.measures[index].effectHigh = [2022: 6000, 2023: 6000, 2024: 6000, 2025: 6000]
                budget.measures[index].overlaps = [MeasureOverlap(measure: 10, amount: .share(25))]
            case 10:
                budget.measures[index].effectLow = [2022: 2000, 2023: 2400, 2024: 2700, 2025: 2900]
                budget.measures[index].effectHigh = [2022: 2500, 2023: 3100, 2024: 3600, 2025: 3900]
            default: continue
            }
        }
        return budget
    }()

    let table = EmissionBudgetTable.compute(for: Self.budget)

    @Test("gap prints the overlap and the band as rows that add up, with notes naming the pairs and measures")
    func text() {
        let text = GapReport.render(table, budget: Self.budget, format: .text, language: .en)
        #expect(
            text == """
                Trondheim kommune, Klimabudsjett 2022: emission budget 2022-2025 (tCO2e)

                                             2009     2019     2022     2023     2024     2025
                Reference pathway         524 491  424 456  430 613  429 582  428 164  426 485
                  change vs 2009              0 %    -19 %    -18 %    -18 %    -18 %    -19 %
                Effect of measures                           29 300   34 900   36 500   39 200
                Overlap between measures                       -575     -700     -800     -850
                Measure pathway                             401 888  395 382  392 464  388 135
                  change vs 2009                              -23 %    -25 %    -25 %    -26 %
                  range, high effects                       400 838  394 257  391 264  386 860
                  range, low effects                        403 213  396 782  393 939  389 610
                Target pathway (cap)                        381 472  367 143  345 793  324 442
                  change vs 2009                              -27 %    -30 %    -34 %    -38 %
                Gap: further cuts needed                     20 416   28 239   46 671   63 693
                  in percentage points                         4 pp     5 pp     9 pp    12 pp
                  range, high effects                        19 366   27 114   45 471   62 418
                  range, low effects                         21 741   29 639   48 146   65 168

                Over 2022-2025: reference 1 714 844, measure pathway 1 577 869, target 1 418 850 tonnes; cumulative gap 159 019 tonnes.
                Overlap between measures (tonnes two measures both count, subtracted once from the effect) in 2022, 2023, 2024 and 2025: measures 6 and 10, 25 % of the smaller effect (Measures/06-fossilfri-kollektivtrafikk-buss.json): 575, 700, 800, 850.
                Range: with the high and the low effects of measures 6 and 10 (the others count with their expected effect at both ends). Over 2022-2025: measure pathway 1 573 219 to 1 583 544, cumulative gap 154 369 to 164 694 tonnes.
                Reference: the inventory for 2009 and 2019; given in Data/reference.csv for 2022, 2023, 2024 and 2025.
                Targets for 2022, 2023, 2024, 2025 are explicit caps from Data/target-caps.csv.

                """)
    }

    @Test("Markdown has the same rows")
    func markdown() {
        let text = GapReport.render(table, budget: Self.budget, format: .markdown, language: .en)
        #expect(text.contains("\n| Overlap between measures |  |  | -575 | -700 | -800 | -850 |\n"))
        #expect(
            text.contains(
                "\n| Measure pathway |  |  | 401 888 | 395 382 | 392 464 | 388 135 |\n| change vs 2009 |  |  | -23 % | -25 % | -25 % | -26 % |\n| range, high effects |  |  | 400 838 | 394 257 | 391 264 | 386 860 |\n| range, low effects |  |  | 403 213 | 396 782 | 393 939 | 389 610 |\n"
            ))
        #expect(text.contains("\n| range, low effects |  |  | 21 741 | 29 639 | 48 146 | 65 168 |\n\n- Over 2022-2025"))
    }

    @Test("CSV has the overlap and the band's columns")
    func csv() {
        #expect(
            GapReport.render(table, budget: Self.budget, format: .csv).split(separator: "\n") == [
                "year,reference,referenceChange,effect,overlap,measurePathway,measurePathwayChange,measurePathwayLow,measurePathwayHigh,target,targetChange,targetSource,gap,gapPoints,gapLow,gapHigh",
                "2009,524491,0,,,,,,,,,,,,,",
                "2019,424456,-19,,,,,,,,,,,,,",
                "2022,430613,-18,29300,-575,401888,-23,400838,403213,381472,-27,explicit,20416,4,19366,21741",
                "2023,429582,-18,34900,-700,395382,-25,394257,396782,367143,-30,explicit,28239,5,27114,29639",
                "2024,428164,-18,36500,-800,392464,-25,391264,393939,345793,-34,explicit,46671,9,45471,48146",
                "2025,426485,-19,39200,-850,388135,-26,386860,389610,324442,-38,explicit,63693,12,62418,65168",
            ])
    }

    @Test("JSON has the overlap, the band, their sums, the pairs and the measures with a range")
    func json() throws {
        let text = GapReport.render(table, budget: Self.budget, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let years = try #require(object["years"] as? [[String: Any]])
        #expect(years.map { $0["overlap"] as? Int } == [nil, nil, -575, -700, -800, -850])
        #expect(years[0]["overlap"] is NSNull)
        #expect(years.map { $0["measurePathway"] as? Int } == [nil, nil, 401888, 395382, 392464, 388135])
        #expect(years.map { $0["measurePathwayLow"] as? Int } == [nil, nil, 400838, 394257, 391264, 386860])
        #expect(years.map { $0["measurePathwayHigh"] as? Int } == [nil, nil, 403213, 396782, 393939, 389610])
        #expect(years.map { $0["gapLow"] as? Int } == [nil, nil, 19366, 27114, 45471, 62418])
        #expect(years.map { $0["gapHigh"] as? Int } == [nil, nil, 21741, 29639, 48146, 65168])
        let cumulative = try #require(object["cumulative"] as? [String: Any])
        #expect(
            cumulative.compactMapValues { $0 as? Int } == [
                "reference": 1_714_844, "effect": 139_900, "overlap": -2925, "measurePathway": 1_577_869,
                "measurePathwayLow": 1_573_219, "measurePathwayHigh": 1_583_544, "target": 1_418_850, "gap": 159_019,
                "gapLow": 154_369, "gapHigh": 164_694,
            ])
        let overlaps = try #require(object["overlaps"] as? [[String: Any]])
        #expect(overlaps.count == 1)
        #expect(overlaps[0]["measures"] as? [Int] == [6, 10])
        #expect(overlaps[0]["share"] as? Int == 25)
        #expect(overlaps[0]["file"] as? String == "Measures/06-fossilfri-kollektivtrafikk-buss.json")
        #expect(overlaps[0]["tonnes"] as? [String: Int] == ["2022": 575, "2023": 700, "2024": 800, "2025": 850])
        #expect(object["rangeMeasures"] as? [Int] == [6, 10])
        // The keys come in the order the README documents.
        #expect(text.contains("\"effect\": 29300,\n      \"overlap\": -575,\n      \"measurePathway\": 401888,"))
    }

    @Test("A budget without overlaps and ranges has none of the new keys")
    func withoutBand() throws {
        let plain = GapReport.render(
            EmissionBudgetTable.compute(for: TrondheimBudget.budget), budget: TrondheimBudget.budget, format: .json)
        for key in ["overlap", "measurePathwayLow", "gapHigh", "overlaps", "rangeMeasures"] {
            #expect(!plain.contains("\"\(key)\""))
        }
    }

    @Test("The summary's table has the overlap row and the band's rows, set apart, with notes in both languages")
    func summaryTable() {
        let summary = CouncilSummary(budget: Self.budget, language: .nb, findings: [])
        let rows = summary.tableRows
        #expect(
            rows.map { $0[0] } == [
                "Referansebane", "endring fra 2009", "Samlet effekt av tiltakene", "Overlapp mellom tiltak",
                "Tiltaksbane",
                "endring fra 2009", "spenn, høy effekt", "spenn, lav effekt", "Målbane (årlig utslippstak)",
                "endring fra 2009", "Gap: behov for ytterligere tiltak", "i prosentpoeng", "spenn, høy effekt",
                "spenn, lav effekt",
            ])
        #expect(rows[3].suffix(4) == ["\u{2212}575", "\u{2212}700", "\u{2212}800", "\u{2212}850"])
        #expect(rows[6].suffix(4) == ["400\u{A0}838", "394\u{A0}257", "391\u{A0}264", "386\u{A0}860"])
        #expect(rows[13].suffix(4) == ["21\u{A0}741", "29\u{A0}639", "48\u{A0}146", "65\u{A0}168"])
        #expect(
            summary.tableRowClasses == [
                1: "change", 5: "change", 6: "range", 7: "range", 9: "change", 11: "change", 12: "range", 13: "range",
            ])
        #expect(
            summary.overlapNote
                == "Overlapp mellom tiltak er tonn som to tiltak begge regner med, og som trekkes fra én gang: tiltak 6 og 10, 25\u{A0}% av den minste effekten: 575, 700, 800 og 850 tonn i 2022, 2023, 2024 og 2025."
        )
        #expect(
            summary.bandNote
                == "Spennet viser tiltaksbanen og gapet med høy og med lav effekt for tiltak 6 og 10; de andre tiltakene regnes med forventet effekt i begge ender."
        )
        #expect(summary.tableNotes.suffix(2) == [summary.overlapNote, summary.bandNote].compactMap { $0 })
        #expect(
            summary.cumulativeSentence.hasSuffix(
                " Med lav og høy effekt er det samlede gapet fra 154\u{A0}369 til 164\u{A0}694 tonn."))
        let english = CouncilSummary(budget: Self.budget, language: .en, findings: [])
        #expect(
            english.overlapNote
                == "Overlap between measures is tonnes that two measures both count, subtracted once: measures 6 and 10, 25% of the smaller effect: 575, 700, 800 and 850 tonnes in 2022, 2023, 2024 and 2025."
        )
        #expect(
            english.tableRows[6][0] == "range, high effects" && english.tableRows[3][0] == "Overlap between measures")
        #expect(
            english.cumulativeSentence.hasSuffix(
                " With low and high effects the cumulative gap is 154,369 to 164,694 tonnes."))
    }

    @Test("The chart shades the range of the measure pathway, with a legend entry and a caption")
    func chart() throws {
        let summary = CouncilSummary(budget: Self.budget, language: .nb, findings: [])
        let range = try #require(summary.chart.range)
        #expect(range.lower.map(\.y) == [400838, 394257, 391264, 386860])
        #expect(range.upper.map(\.y) == [403213, 396782, 393939, 389610])
        #expect(range.lower.map(\.x) == [2022, 2023, 2024, 2025])
        let svg = SVGChartRenderer().render(summary.chart)
        #expect(
            svg.contains(
                #"<g class="range" data-range="measure-pathway-range" data-lower="400838 394257 391264 386860" data-upper="403213 396782 393939 389610"><polygon "#
            ))
        #expect(
            svg.contains(
                ##"fill="#8c8c8c" fill-opacity="0.35" stroke="#4d4d4d" stroke-width="1.25" stroke-dasharray="5 3"/><text"##
            ))
        #expect(svg.contains(">Spenn i tiltaksbanen</text>"))
        // A legend line taller than the chart without a range.
        #expect(svg.contains(#"viewBox="0 0 760 452""#))
        #expect(
            summary.chartCaption.hasSuffix(
                " Det grå feltet med stiplede kanter er spennet i tiltaksbanen, fra høy til lav effekt av tiltakene."))
        #expect(summary.chartDescription.contains(" Spennet i tiltaksbanen er et grått felt. "))
        let plain = CouncilSummary(budget: TrondheimBudget.budget, language: .nb, findings: [])
        #expect(plain.chart.range == nil && !SVGChartRenderer().render(plain.chart).contains("class=\"range\""))
    }

    @Test("The summary's HTML sets the band's rows apart and keeps the range in its chart")
    func html() {
        let summary = CouncilSummary(budget: Self.budget, language: .en, findings: [])
        let html = SummaryHTML.render(summary, chartSVG: SVGChartRenderer().render(summary.chart))
        #expect(html.contains(#"<tr class="range"><td>range, high effects</td>"#))
        #expect(
            html.contains(
                #"<tr><td>Overlap between measures</td><td class="num"></td><td class="num"></td><td class="num">−575</td>"#
            ))
        #expect(html.contains("tr.range td { font-style: italic; }"))
    }
}
