import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetReports

@Suite("The council summary")
struct CouncilSummaryTests {
    let nb = CouncilSummary(budget: TrondheimBudget.budget, language: .nb)
    let en = CouncilSummary(budget: TrondheimBudget.budget, language: .en)

    func html(_ summary: CouncilSummary) -> String {
        SummaryHTML.render(summary, chartSVG: SVGChartRenderer().render(summary.chart))
    }

    @Test("The Norwegian headline states the gap with the budget's figures")
    func headlineNorwegian() {
        #expect(
            nb.headline
                == "Tiltakene i klimabudsjettet gir 25\u{00A0}% lavere utslipp i 2023 enn i 2009, ikke 30\u{00A0}% som målet krever. "
                + "Det mangler 27\u{00A0}539 tonn CO2-ekv i 2023 og 62\u{00A0}843 tonn i 2025.")
    }

    @Test("The English headline states the same figures")
    func headlineEnglish() {
        #expect(
            en.headline
                == "With the measures in the climate budget, emissions in 2023 are 25% lower than in 2009, not the 30% the target requires. "
                + "27,539 tonnes CO2e are missing in 2023 and 62,843 tonnes in 2025.")
    }

    @Test("When the measures beat the target the headline says so")
    func headlineAhead() {
        var budget = ExampleBudget.budget
        budget.targets.caps = [2022: 900, 2023: 850]
        budget.targets.milestones = [Milestone(year: 2023, percentChange: -15, goal: "2a")]
        let summary = CouncilSummary(budget: budget, language: .en)
        #expect(
            summary.headline
                == "With the measures in the climate budget, emissions in 2023 are 18% lower than in 2009, and the target requires 15%. "
                + "The measures go 30 tonnes CO2e beyond the target pathway in 2023.")
    }

    @Test("A later gap is named even when the milestone year is met")
    func headlineLaterGap() {
        var budget = TrondheimBudget.budget
        budget.measures[2].effect[2023]! += 30000
        let summary = CouncilSummary(budget: budget, language: .nb)
        #expect(
            summary.headline
                == "Tiltakene i klimabudsjettet gir 30\u{00A0}% lavere utslipp i 2023 enn i 2009, og målet krever 30\u{00A0}%. "
                + "Likevel mangler det 62\u{00A0}843 tonn CO2-ekv i 2025.")
    }

    @Test("When the measures beat the targets the cumulative sentence says so, without a negative shortfall")
    func cumulativeAhead() {
        var budget = TrondheimBudget.budget
        for year in 2022...2025 { budget.measures[2].effect[year]! += 80000 }
        let summary = CouncilSummary(budget: budget, language: .en)
        #expect(
            summary.cumulativeSentence
                == "Over the period 2022–2025 the measure pathway emits 1,254,944 tonnes CO2e against a total cap of 1,418,850 tonnes. "
                + "In all, the measures go 163,906 tonnes beyond the target pathway.")
        #expect(!summary.cumulativeSentence.contains("\u{2212}"))
    }

    @Test("Sector rows add up to the total even when a measure's sector is unknown")
    func unknownSectorRow() {
        var budget = TrondheimBudget.budget
        budget.measures[2].sector = "energiforsyningg"
        budget.measures[4].sector = nil
        let rows = CouncilSummary(budget: budget, language: .en).effectBySectorRows
        #expect(rows[rows.count - 2] == ["No known sector", "12,300", "16,200", "16,800", "17,500", "62,800"])
        #expect(rows.last == ["Total", "29,300", "34,900", "36,500", "39,200", "139,900"])
    }

    @Test("A long yearly history shows as Tabell 7-1 does: base year, last history year, period")
    func longHistory() throws {
        var budget = TrondheimBudget.budget
        for year in 2010...2018 { budget.reference.total[year] = 500000 }
        let summary = CouncilSummary(budget: budget, language: .nb)
        #expect(summary.tableYears == [2009, 2019, 2022, 2023, 2024, 2025])
        #expect(summary.tableRows.allSatisfy { $0.count == 7 })
        #expect(summary.chart.series[0].points.count == 15)
        let renderer = SVGChartRenderer()
        let labelled = renderer.labelledXTicks(summary.chart, x: renderer.scales(for: summary.chart).x)
        // The axis reaches on to the next milestone after the period, goal 5 in 2030 (before: it ended at 2025).
        #expect(labelled.first == 2009 && labelled.last == 2030)
        #expect(
            zip(labelled, labelled.dropFirst()).allSatisfy { pair in
                let x = renderer.scales(for: summary.chart).x
                return x(pair.1) - x(pair.0) >= renderer.minimumTickSpacing
            })
    }

    @Test("The bundled budget's footnotes: the reference given in the file, every target an explicit cap")
    func bundledNotes() {
        #expect(
            nb.tableNotes == [
                "Referansebanen: utslippsregnskapet for 2009 og 2019; framskriving gitt i budsjettet for 2022, 2023, 2024 og 2025.",
                "Målbanen for 2022, 2023, 2024 og 2025: gitt som årlig utslippstak.",
            ])
        #expect(
            en.tableNotes == [
                "Reference pathway: the emission inventory for 2009 and 2019; a projection given in the budget for 2022, 2023, 2024 and 2025.",
                "Target pathway for 2022, 2023, 2024 and 2025: given as a yearly cap.",
            ])
    }

    /// The bundled budget without caps, with the rule "from the last inventory, a straight line through the
    /// milestones" (issue 11).
    static var rulesBudget: Budget {
        var budget = TrondheimBudget.budget
        budget.targets.caps = [:]
        budget.targets.rules = [TargetRule(from: .inventory, .path(to: .milestones, shape: .line), place: "rules[0]")]
        return budget
    }

    @Test("Targets from a rule: each year says which line it is on; years on the same line are one sentence")
    func ruleTargetNotes() {
        // 2022: 424 456 + (367 143.7 − 424 456) × 3/4 = 381 471.8 → 381 472, on the line from the 2019 inventory to
        // the 2023 milestone (-30 %: 524 491 × 0.7 = 367 143.7 → 367 144). 2024 and 2025 are on the line from 2023
        // to 2030 (-80 %: 104 898.2): 367 143.7 − 262 245.5 × 1/7 = 329 680 and × 2/7 = 292 216.
        let nb = CouncilSummary(budget: Self.rulesBudget, language: .nb)
        #expect(
            nb.table.period.years.map { nb.table.row($0)?.target?.value.rounded() } == [
                381472, 367144, 329680, 292216,
            ])
        #expect(
            nb.targetNotes == [
                "Målbanen for 2022: på linja fra utslippsregnskapet for 2019 til målet for 2023.",
                "Målbanen for 2023: bystyrets mål for året, \u{2212}30\u{00A0}% fra 2009.",
                "Målbanen for 2024 og 2025: på linja fra målet for 2023 til målet for 2030.",
                "Tidligere mål før perioden, som målbanen ikke er trukket gjennom: målet for 2020 (\u{2212}10\u{00A0}%).",
            ])
        #expect(
            CouncilSummary(budget: Self.rulesBudget, language: .nn).targetNotes == [
                "Målbanen for 2022: på linja frå utsleppsrekneskapen for 2019 til målet for 2023.",
                "Målbanen for 2023: målet til kommunestyret for året, \u{2212}30\u{00A0}% frå 2009.",
                "Målbanen for 2024 og 2025: på linja frå målet for 2023 til målet for 2030.",
                "Tidlegare mål før perioden, som målbanen ikkje er trekt gjennom: målet for 2020 (\u{2212}10\u{00A0}%).",
            ])
        #expect(
            CouncilSummary(budget: Self.rulesBudget, language: .en).targetNotes == [
                "Target pathway for 2022: on the line from the 2019 inventory to the 2023 target.",
                "Target pathway for 2023: the council's target for the year, \u{2212}30% from 2009.",
                "Target pathway for 2024 and 2025: on the line from the 2023 target to the 2030 target.",
                "Earlier targets before the period, which the target pathway is not drawn through: the 2020 target (\u{2212}10%).",
            ])
    }

    @Test("A projected reference: the 2019 inventory held for every period year")
    func projectedReferenceNote() {
        var budget = TrondheimBudget.budget
        budget.reference.projection = ReferenceProjection(method: .hold)
        for year in 2022...2025 { budget.reference.total[year] = nil }
        let nb = CouncilSummary(budget: budget, language: .nb)
        // Held: 424 456 every year, 424 456 / 524 491 − 1 = −19.07 % → −19 %.
        #expect(nb.tableRows[0] == ["Referansebane", "524\u{00A0}491"] + Array(repeating: "424\u{00A0}456", count: 5))
        #expect(
            nb.tableRows[1] == ["endring fra 2009", "0\u{00A0}%"] + Array(repeating: "\u{2212}19\u{00A0}%", count: 5))
        #expect(
            nb.referenceNote
                == "Referansebanen: utslippsregnskapet for 2009 og 2019; utslippene i 2019 holdt uendret for 2022, 2023, 2024 og 2025."
        )
        #expect(
            CouncilSummary(budget: budget, language: .en).referenceNote
                == "Reference pathway: the emission inventory for 2009 and 2019; the 2019 emissions held unchanged for 2022, 2023, 2024 and 2025."
        )
    }

    @Test("Every projection method and origin in words, in each language")
    func referenceOrigins() {
        let origins: [ReferenceOrigin] = [
            .history, .explicit, .projected(.hold, from: 2019), .projected(.linearTrend(years: 5), from: 2019),
            .projected(.percentChange(perYear: -2.5), from: 2019), .sumOfSectors,
        ]
        #expect(
            origins.map(nb.referenceOrigin) == [
                "utslippsregnskapet", "framskriving gitt i budsjettet", "utslippene i 2019 holdt uendret",
                "lineær trend gjennom de 5 siste tallene i utslippsregnskapet fram til 2019",
                "utslippene i 2019 endret med \u{2212}2,5\u{00A0}% i året", "summen av sektorenes framskrivinger",
            ])
        #expect(
            origins.map(CouncilSummary(budget: TrondheimBudget.budget, language: .nn).referenceOrigin) == [
                "utsleppsrekneskapen", "framskriving gjeven i budsjettet", "utsleppa i 2019 haldne uendra",
                "lineær trend gjennom dei 5 siste tala i utsleppsrekneskapen fram til 2019",
                "utsleppa i 2019 endra med \u{2212}2,5\u{00A0}% i året", "summen av framskrivingane for sektorane",
            ])
        #expect(
            origins.map(en.referenceOrigin) == [
                "the emission inventory", "a projection given in the budget", "the 2019 emissions held unchanged",
                "a linear trend through the last 5 inventory figures up to 2019",
                "the 2019 emissions changed by \u{2212}2.5% a year", "the sum of the sectors' projections",
            ])
    }

    @Test("Every target source in words, in each language")
    func targetSources() {
        let goal2a = Milestone(year: 2023, percentChange: -30, goal: "2a")
        let goal5 = Milestone(year: 2030, percentChange: -80, goal: "5")
        let sources: [TargetSource?] = [
            nil, .explicit, .explicitPercent(-27.5), .milestone(goal2a),
            .path(from: .inventory(year: 2019, tonnes: 424456), to: goal2a, shape: .line, rule: "rules[0]"),
            .path(from: .milestone(goal2a, tonnes: 367143.7), to: goal5, shape: .constantRate, rule: "rules[1]"),
            .yearlyChange(from: .inventory(year: 2019, tonnes: 424456), percentPerYear: -5, rule: "rules[0]"),
            .yearlyChange(from: .level(year: 2022, tonnes: 400000), percentPerYear: -4.25, rule: "rules[0]"),
            .sumOfSectors,
        ]
        #expect(
            sources.map(nb.targetSource) == [
                "ingen mål, fordi budsjettet verken gir et utslippstak eller en regel for året",
                "gitt som årlig utslippstak", "gitt som et utslippstak på \u{2212}27,5\u{00A0}% fra 2009",
                "bystyrets mål for året, \u{2212}30\u{00A0}% fra 2009",
                "på linja fra utslippsregnskapet for 2019 til målet for 2023",
                "fra målet for 2023 til målet for 2030 med en fast årlig rate",
                "\u{2212}5\u{00A0}% i året fra utslippsregnskapet for 2019",
                "\u{2212}4,25\u{00A0}% i året fra nivået på 400\u{00A0}000 tonn i 2022", "summen av sektorenes mål",
            ])
        #expect(
            sources.map(CouncilSummary(budget: TrondheimBudget.budget, language: .nn).targetSource) == [
                "ingen mål, fordi budsjettet verken gjev eit utsleppstak eller ein regel for året",
                "gjeven som årleg utsleppstak", "gjeven som eit utsleppstak på \u{2212}27,5\u{00A0}% frå 2009",
                "målet til kommunestyret for året, \u{2212}30\u{00A0}% frå 2009",
                "på linja frå utsleppsrekneskapen for 2019 til målet for 2023",
                "frå målet for 2023 til målet for 2030 med ein fast årleg rate",
                "\u{2212}5\u{00A0}% i året frå utsleppsrekneskapen for 2019",
                "\u{2212}4,25\u{00A0}% i året frå nivået på 400\u{00A0}000 tonn i 2022", "summen av måla for sektorane",
            ])
        #expect(
            sources.map(en.targetSource) == [
                "no target, since the budget gives neither a cap nor a rule for the year", "given as a yearly cap",
                "given as a cap of \u{2212}27.5% from 2009", "the council's target for the year, \u{2212}30% from 2009",
                "on the line from the 2019 inventory to the 2023 target",
                "from the 2023 target to the 2030 target at a constant yearly rate",
                "\u{2212}5% a year from the 2019 inventory",
                "\u{2212}4.25% a year from the level of 400,000 tonnes in 2022",
                "the sum of the sectors' targets",
            ])
    }

    @Test("A year without a target says so in the footnotes")
    func missingTargetNote() {
        var budget = TrondheimBudget.budget
        budget.targets.caps[2025] = nil
        budget.targets.milestones = []
        #expect(
            CouncilSummary(budget: budget, language: .en).targetNotes == [
                "Target pathway for 2022, 2023 and 2024: given as a yearly cap.",
                "Target pathway for 2025: no target, since the budget gives neither a cap nor a rule for the year.",
            ])
    }

    @Test(
        "Norwegian numbers, bokmål and nynorsk alike: no-break space between thousands, a real minus, a space before %")
    func norwegianNumbers() {
        #expect(Language.nb.tonnes(524491) == "524\u{00A0}491")
        #expect(Language.nb.tonnes(-62843) == "\u{2212}62\u{00A0}843")
        #expect(Language.nb.percent(-18) == "\u{2212}18\u{00A0}%")
        #expect(Language.en.tonnes(524491) == "524,491")
        #expect(Language.en.percent(-18) == "\u{2212}18%")
        #expect(Language.nb.points(5) == "5\u{00A0}pp" && Language.en.points(-3) == "\u{2212}3\u{00A0}pp")
        #expect(Language.nn.tonnes(-367143.7, decimals: 1) == "\u{2212}367\u{00A0}143,7")
        #expect(
            Language.nn.percent(-18) == "\u{2212}18\u{00A0}%"
                && Language.nn.exactPercent(-2.5) == "\u{2212}2,5\u{00A0}%")
    }

    @Test("Tabell 7-1 in the summary, Norwegian")
    func table() {
        #expect(
            nb.tableRows[1] == [
                "endring fra 2009", "0\u{00A0}%", "\u{2212}19\u{00A0}%", "\u{2212}18\u{00A0}%", "\u{2212}18\u{00A0}%",
                "\u{2212}18\u{00A0}%", "\u{2212}19\u{00A0}%",
            ])
        #expect(
            nb.tableRows[7] == [
                "Gap: behov for ytterligere tiltak", "", "", "19\u{00A0}841", "27\u{00A0}539", "45\u{00A0}871",
                "62\u{00A0}843",
            ])
        // −23 − (−27) = 4, −25 − (−30) = 5, −25 − (−34) = 9, −26 − (−38) = 12 percentage points.
        #expect(
            nb.tableRows[8] == [
                "i prosentpoeng", "", "", "4\u{00A0}pp", "5\u{00A0}pp", "9\u{00A0}pp", "12\u{00A0}pp",
            ])
        #expect(en.tableRows[8].first == "in percentage points" && en.tableRows.count == 9)
    }

    @Test("Effects by sector and by measure add up to Tabell 7-2's sums")
    func effects() {
        #expect(en.effectBySectorRows.last == ["Total", "29,300", "34,900", "36,500", "39,200", "139,900"])
        #expect(en.effectBySectorRows.first == ["Road traffic", "8,700", "9,900", "10,900", "11,700", "41,200"])
        #expect(en.effectByMeasureRows.count == 11)
        #expect(
            en.effectByMeasureRows[2] == [
                "3", "Utfasing av fossil olje og gass fra fjernvarmeforsyning", "11,600", "15,500", "16,100", "16,800",
                "60,000",
            ])
    }

    @Test("All four kinds of measure with implementers and reporter")
    func measures() {
        #expect(nb.measureGroups.map { $0.rows.count } == [10, 9, 9, 9])
        #expect(
            nb.measureGroups[0].rows[6] == [
                "7", "Utfasing av fossile drivstoff i egen virksomhet - tyngre kjøretøy og maskiner", "Veitrafikk",
                "TT, Helse", "ikke registrert; miljøenheten må registrere det",
            ])
    }

    @Test("The headings name the kind of measure, not Trondheim's table numbers")
    func measureHeadings() {
        #expect(
            nb.measureGroups.map(\.heading) == [
                "Kvantifiserte tiltak som reduserer utslipp", "Ikke kvantifiserte tiltak som reduserer utslipp",
                "Tiltak som bidrar til andre energi- og klimamål",
                "Tiltak som legger til rette for videre klimaomstilling",
            ])
        #expect(
            en.measureGroups.map(\.heading) == [
                "Quantified measures that cut emissions", "Unquantified measures that cut emissions",
                "Measures for other energy and climate goals", "Measures that prepare further transition",
            ])
        for page in [
            html(nb), SummaryMarkdown.render(nb, chartFile: "c.svg"), html(en),
            SummaryMarkdown.render(en, chartFile: "c.svg"),
        ] {
            #expect(!page.lowercased().contains("tabell 7-") && !page.lowercased().contains("table 7-"))
        }
    }

    @Test(
        "The open findings are Tabell 7-6's three printed slips and the six measures without a reporting service area")
    func findings() {
        #expect(nb.findingLines.count == 9)
        #expect(
            nb.findingLines[0]
                == "En trykt sum i finansieringstabellen stemmer ikke med linjene: trykt 49, beregnet 50 mill. kr")
        #expect(
            nb.findingLines[3]
                == "Tiltak 1 – Fossil- og utslippsfrie bygge- og anleggsplass i Trondheim kommunes egne investeringsprosjekter: "
                + "Filene har ikke registrert hvilket tjenesteområde som rapporterer (ansvar i budsjettet: TT og ET)")
    }

    @Test("The cumulative gap over the period")
    func cumulative() {
        #expect(
            nb.cumulativeSentence
                == "Over perioden 2022–2025 gir tiltaksbanen 1\u{00A0}574\u{00A0}944 tonn CO2-ekv mot et samlet utslippstak på 1\u{00A0}418\u{00A0}850 tonn. Samlet mangler det 156\u{00A0}094 tonn."
        )
    }

    @Test("The HTML has the sections in the order the council reads them")
    func order() throws {
        let page = html(nb)
        let markers = [
            "class=\"headline\"", "Utslippsramme 2022–2025", "<svg", "Effekt av de kvantifiserte tiltakene",
            "Tiltakene og hvem som har ansvaret", "Åpne funn", "Samlet gap i perioden",
        ]
        let positions = try markers.map { marker in try #require(page.range(of: marker), "missing \(marker)").lowerBound
        }
        #expect(positions == positions.sorted())
    }

    @Test("The HTML is self-contained: no script, no links to load, print rules for A4")
    func selfContained() {
        let page = html(nb)
        #expect(!page.contains("<script"))
        #expect(!page.contains("<link"))
        #expect(!page.contains("src=\"http"))
        #expect(
            page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").range(
                of: "https?://", options: .regularExpression) == nil)
        #expect(page.contains("@page { size: A4;"))
        #expect(page.contains("thead { display: table-header-group; }"))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nb\">"))
        #expect(html(en).hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    }

    @Test("A hostile title shows as text and runs nothing, in HTML, Markdown and the chart")
    func hostileText() {
        var budget = TrondheimBudget.budget
        let hostile = "<script>alert(1)</script> & \"quotes\""
        budget.measures[0].title = hostile
        budget.measures[1].responsibility.implementers = ["<img src=x onerror=alert(2)>"]
        budget.settings.municipality = "<b>Trondheim</b>"
        let summary = CouncilSummary(budget: budget, language: .nb)
        let page = html(summary)
        #expect(!page.contains("<script>alert(1)"))
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("<b>Trondheim"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        let markdown = SummaryMarkdown.render(summary, chartFile: "chart.svg")
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\""))
    }

    @Test("The Markdown carries the same figures and sentences as the HTML")
    func markdownSameContent() {
        let rules = [Language.nb, .en].map { CouncilSummary(budget: Self.rulesBudget, language: $0) }
        for summary in [nb, en] + rules {
            let markdown = SummaryMarkdown.render(summary, chartFile: "summary-chart.svg")
            let page = html(summary)
            var expected = [summary.headline, summary.cumulativeSentence] + summary.findingLines + summary.tableNotes
            expected +=
                summary.tableRows.flatMap { $0 } + summary.effectBySectorRows.flatMap { $0 }
                + summary.effectByMeasureRows.flatMap { $0 }
            expected += summary.measureGroups.map(\.heading)
            for text in expected where !text.isEmpty {
                #expect(markdown.contains(Markup.escapeMarkdown(text)), "Markdown lacks \(text)")
                #expect(page.contains(Markup.escape(text)), "HTML lacks \(text)")
            }
            #expect(markdown.contains("](summary-chart.svg)"))
        }
    }
}

@Suite("Every language is complete")
struct LanguageCompletenessTests {
    @Test("Every text has a wording in every language", arguments: Language.allCases)
    func everyKey(language: Language) {
        let table = SummaryText.table(language)
        let missing = SummaryText.allCases.filter { (table[$0] ?? "").isEmpty }
        #expect(missing.isEmpty, "\(language) lacks \(missing)")
    }

    @Test("Every validation rule has a title in every language", arguments: Language.allCases)
    func everyRule(language: Language) {
        let missing = Validator.rules.map { $0.id }.filter { RuleTitles.titles[$0]?[language] == nil }
        #expect(missing.isEmpty, "\(language) lacks titles for \(missing)")
    }

    @Test(
        "A summary in one language holds no text of another, in HTML or Markdown",
        arguments: Language.allCases.flatMap { language in
            Language.allCases.filter { $0 != language }.map { (language, $0) }
        })
    func noMixedLanguages(language: Language, other: Language) {
        // The bundled budget, the same with target rules, whose footnotes name the rules' lines, with a carbon
        // budget and its pathways, and with actual emissions, which have their own section.
        let summaries = [
            TrondheimBudget.budget, CouncilSummaryTests.rulesBudget, CarbonBudgetReportTests.budget,
            FollowUpSummaryTests.budget,
        ].map {
            CouncilSummary(budget: $0, language: language)
        }
        let summary = summaries[0]
        var documents = summaries.flatMap { summary in
            [
                SummaryHTML.render(summary, chartSVG: SVGChartRenderer().render(summary.chart)),
                SummaryMarkdown.render(summary, chartFile: "chart.svg"),
            ]
        }
        // Measure titles and the printed responsibility are the budget's own (Norwegian) data, not labels.
        for measure in summary.budget.measures {
            for text in [measure.title, measure.responsibility.printed] {
                documents = documents.map {
                    $0.replacingOccurrences(of: Markup.escape(text), with: "").replacingOccurrences(
                        of: Markup.escapeMarkdown(text), with: "")
                }
            }
        }
        // Every fixed text of the other language, cut at its placeholders into the pieces that would show.
        let foreignTexts =
            SummaryText.allCases.map { $0.format(other) } + RuleTitles.titles.values.compactMap { $0[other] }
        let ownTexts =
            SummaryText.allCases.map { $0.format(language) } + RuleTitles.titles.values.compactMap { $0[language] }
        for text in foreignTexts {
            for piece in text.components(separatedBy: CharacterSet(charactersIn: "{}")).enumerated().filter({
                $0.offset % 2 == 0
            }).map(\.element) {
                let words = piece.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                guard words.count >= 3, !ownTexts.contains(where: { $0.contains(words) }) else { continue }
                for document in documents {
                    // Whole cells and headings (">Sum<"), and longer phrases anywhere.
                    let found =
                        words.count >= 8
                        ? document.contains(Markup.escape(words)) : document.contains(">\(Markup.escape(words))<")
                    #expect(!found, "the \(language) summary contains the \(other) text \"\(words)\"")
                }
            }
        }
    }
}
