import ClimateBudget

/// The council summary as content, before it is written as HTML or Markdown: the headline, the emission
/// budget table, the chart, the effects, the measures with their responsibility, the open findings and the
/// cumulative gap, all in one language.
public struct CouncilSummary: Sendable {
    /// The budget summarised.
    public var budget: Budget
    /// The language every label and sentence is written in.
    public var language: Language
    /// Tabell 7-1 of the budget.
    public var table: EmissionBudgetTable
    /// The validation findings still open.
    public var findings: [Finding]

    /// Computes the summary of a budget in a language; `findings` saves validating again when the caller has them.
    ///
    /// The summary is made only when Tabell 7-1 can be shown whole (`summary` refuses otherwise); the actual
    /// emissions are the follow-up, and an error in them leaves out just them (``Figure/actual``).
    public init(budget: Budget, language: Language, findings: [Finding]? = nil) {
        self.budget = budget
        self.language = language
        let findings = findings ?? Validator.validate(budget)
        let withholding = Withholding(budget: budget, findings: findings)
        self.table = EmissionBudgetTable.compute(
            for: budget, withheld: withholding.withholdsWholly(.actual) ? [.actual] : [],
            withheldYears: withholding.years[.actual].map { [.actual: $0] } ?? [:])
        self.findings = findings
    }

    /// A text of the summary in its language.
    public func text(_ key: SummaryText, _ values: [String: String] = [:]) -> String {
        key.format(language, values)
    }

    /// The period as written in text, such as "2022–2025".
    public var period: String {
        "\(table.period.start)–\(table.period.end)"
    }

    /// Items joined as the language lists them: "2022, 2023 og 2024".
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + text(.and) + " " + items[items.count - 1]
    }

    /// The sum of a series over the period's years.
    func periodSum(_ series: YearlySeries) -> Double {
        table.period.years.reduce(0) { $0 + (series[$1] ?? 0) }
    }

    // MARK: - Headline

    /// The year the headline speaks of: the first milestone inside the period, else the period's last year.
    public var headlineYear: Int {
        budget.targets.milestones.map(\.year).filter { table.period.contains($0) }.min() ?? table.period.end
    }

    /// One or two sentences in plain language that state the gap, such as "Tiltakene i klimabudsjettet gir
    /// 25 % lavere utslipp i 2023 enn i 2009, ikke 30 % som målet krever. Det mangler 27 539 tonn ...".
    public var headline: String {
        let year = headlineYear
        let last = table.period.end
        guard let row = table.row(year), let change = row.measurePathwayChange else { return "" }
        var sentences: [String] = []
        let values = [
            "change": language.percent(abs(change)),
            "direction": text(change <= 0 ? .lower : .higher),
            "year": String(year),
            "baseYear": String(table.baseYear),
            "target": row.targetChange.map { language.percent(abs($0)) } ?? "",
        ]
        if let gap = row.gap, row.targetChange != nil {
            sentences.append(text(gap > 0 ? .headlineBelowTarget : .headlineMeetsTarget, values))
        }
        let gapInYear = row.gap ?? 0
        let lastGap = table.row(last)?.gap
        if gapInYear > 0, let lastGap, lastGap > 0, last != year {
            sentences.append(
                text(
                    .headlineMissing,
                    [
                        "gap": language.tonnes(gapInYear), "year": String(year),
                        "lastGap": language.tonnes(lastGap), "lastYear": String(last),
                    ]))
        } else if gapInYear > 0 {
            sentences.append(text(.headlineMissingOneYear, ["gap": language.tonnes(gapInYear), "year": String(year)]))
        } else if let lastGap, lastGap > 0 {
            sentences.append(text(.headlineMissingLater, ["gap": language.tonnes(lastGap), "lastYear": String(last)]))
        } else if let lastGap, lastGap < 0 {
            sentences.append(text(.headlineAhead, ["gap": language.tonnes(-lastGap), "lastYear": String(last)]))
        }
        return sentences.joined(separator: " ")
    }

    // MARK: - The emission budget table

    /// The years the summary shows, decided by ``ShownYears`` as for `gap`, so the two always agree.
    public var shownYears: ShownYears {
        ShownYears(for: budget)
    }

    /// The years of the summary's table: exactly the years `gap` prints.
    public var tableYears: [Int] {
        shownYears.table
    }

    /// Tabell 7-1 with only ``tableYears``.
    public var shownTable: EmissionBudgetTable {
        table.showing(tableYears)
    }

    /// Tabell 7-1's rows in the summary's language and number format.
    public var tableRows: [[String]] {
        let table = shownTable
        var labels = EmissionBudgetRows.Labels(
            reference: text(.rowReference), change: text(.rowChange, ["baseYear": String(table.baseYear)]),
            effect: text(.rowEffect), measurePathway: text(.rowMeasurePathway), target: text(.rowTarget),
            gap: text(.rowGap), gapPoints: text(.rowGapPoints), overlap: text(.rowOverlap),
            rangeHighEffects: text(.rowRangeHigh), rangeLowEffects: text(.rowRangeLow))
        labels.actual = text(.rowActual)
        labels.actualAgainstTarget = text(.rowActualAgainstTarget)
        labels.actualAgainstTargetPercent = text(.rowActualAgainstTargetPercent)
        labels.actualAgainstMeasurePathway = text(.rowActualAgainstMeasurePathway)
        return EmissionBudgetRows.rows(
            table, labels: labels, tonnes: language.tonnes, percent: language.percent, points: language.points)
    }

    /// The class of each row of ``tableRows`` that is set apart: "change" for the % rows and the gap in points,
    /// "range" for the band's rows; by row index.
    public var tableRowClasses: [Int: String] {
        var classes: [Int: String] = [:]
        for (index, kind) in EmissionBudgetRows.kinds(shownTable).enumerated() {
            switch kind {
            case .figure: continue
            case .change: classes[index] = "change"
            case .range: classes[index] = "range"
            }
        }
        return classes
    }

    // MARK: - Where the figures come from

    /// The footnotes under the table: where the reference comes from, then where each year's target comes from,
    /// then the overlaps between measures and the band, where the table has them.
    public var tableNotes: [String] {
        (referenceNote.map { [$0] } ?? []) + targetNotes + (overlapNote.map { [$0] } ?? [])
            + (bandNote.map { [$0] } ?? [])
    }

    /// The pairs of measures whose overlap the table subtracts, with their tonnes in the period years, so the
    /// overlap row adds up: "Overlapp mellom tiltak er tonn som to tiltak begge regner med, og som trekkes fra én
    /// gang: tiltak 6 og 10, 25 % av den minste effekten: 575, 700, 800 og 850 tonn i 2022, 2023, 2024 og 2025.";
    /// `nil` without overlaps.
    public var overlapNote: String? {
        let pairs = table.overlapPairs(budget)
        guard !pairs.isEmpty else { return nil }
        let years = table.period.years
        let parts = pairs.map { pair, tonnes in
            let amount: String =
                switch pair.amount {
                case .share(let percent): text(.overlapShare, ["percent": language.exactPercent(percent)])
                case .tonnes: text(.overlapTonnes)
                }
            return text(
                .overlapPair,
                [
                    "first": String(pair.first), "second": String(pair.second), "amount": amount,
                    "tonnes": list(years.map { language.tonnes(tonnes[$0] ?? 0) }),
                    "years": list(years.map(String.init)),
                ])
        }
        return text(.overlapNote, ["pairs": parts.joined(separator: "; ")])
    }

    /// Which measures give a low or high effect, under the band's rows; `nil` without a band.
    public var bandNote: String? {
        guard table.hasBand else { return nil }
        let ids = budget.quantifiedMeasures.filter { !($0.effectLow.isEmpty && $0.effectHigh.isEmpty) }.map(\.id)
        return text(.bandNote, ["measures": list(ids.map(String.init))])
    }

    /// One sentence naming the origin of each reference year the table shows, years of one origin together:
    /// "Referansebanen: utslippsregnskapet for 2009 og 2019; framskriving gitt i budsjettet for 2022, 2023, 2024 og
    /// 2025."; `nil` when no shown year has a reference figure.
    public var referenceNote: String? {
        let pathway = budget.referencePathway
        let groups = Self.grouped(tableYears) { pathway.origin(in: $0) }
        let parts = groups.compactMap { origin, years in
            origin.map {
                text(.referenceYears, ["origin": referenceOrigin($0), "years": list(years.map(String.init))])
            }
        }
        return parts.isEmpty ? nil : text(.referenceNote, ["origins": parts.joined(separator: "; ")])
    }

    /// Where each period year's target comes from, one sentence per source, years of the same source (the same
    /// rule between the same points) together: "Målbanen for 2024 og 2025: på linja fra målet for 2023 til målet
    /// for 2030."
    public var targetNotes: [String] {
        let notes = Self.grouped(table.period.years) { table.row($0)?.target?.source }.map { source, years in
            text(.targetsNote, ["years": list(years.map(String.init)), "source": targetSource(source)])
        }
        // The past goals a budget's rules do not draw through (Trondheim's −10 % in 2020): shown, not drawn.
        let past = TargetPathway.pastGoals(TargetPathway.scope(of: budget))
        guard !past.isEmpty else { return notes }
        let goals = past.map { milestone in
            text(.pointMilestone, ["year": String(milestone.year)]) + " ("
                + language.exactPercent(milestone.percentChange) + ")"
        }
        return notes + [text(.pastGoals, ["goals": list(goals)])]
    }

    /// Where a reference figure comes from, in words a council member reads: "utslippene i 2019 holdt uendret".
    public func referenceOrigin(_ origin: ReferenceOrigin) -> String {
        switch origin {
        case .history: text(.referenceHistory)
        case .explicit: text(.referenceExplicit)
        case .projected(.hold, let from): text(.referenceHold, ["from": String(from)])
        case .projected(.linearTrend(let count), let from):
            text(.referenceLinearTrend, ["count": String(count), "from": String(from)])
        case .projected(.percentChange(let percent), let from):
            text(.referencePercentChange, ["percent": language.exactPercent(percent), "from": String(from)])
        case .sumOfSectors: text(.referenceSumOfSectors)
        }
    }

    /// Where a target comes from, in words a council member reads: "på linja fra utslippsregnskapet for 2019 til
    /// målet for 2023"; `nil` is a year without a target.
    public func targetSource(_ source: TargetSource?) -> String {
        let baseYear = String(table.baseYear)
        switch source {
        case nil: return text(.targetNone)
        case .explicit?: return text(.targetExplicit)
        case .explicitPercent(let percent)?:
            return text(.targetExplicitPercent, ["percent": language.exactPercent(percent), "baseYear": baseYear])
        case .milestone(let milestone)?:
            return text(
                .targetMilestone, ["percent": language.exactPercent(milestone.percentChange), "baseYear": baseYear])
        case .path(let from, let to, let shape, _)?:
            let end = text(.pointMilestone, ["year": String(to.year)])
            return text(shape == .line ? .targetLine : .targetConstantRate, ["from": point(from), "to": end])
        case .yearlyChange(let from, let percent, _)?:
            return text(.targetYearlyChange, ["percent": language.exactPercent(percent), "from": point(from)])
        case .sumOfSectors?: return text(.targetSumOfSectors)
        }
    }

    /// A point a target path starts from: "utslippsregnskapet for 2019", "målet for 2023".
    func point(_ point: PathPoint) -> String {
        switch point {
        case .inventory(let year, _): text(.pointInventory, ["year": String(year)])
        case .milestone(let milestone, _): text(.pointMilestone, ["year": String(milestone.year)])
        case .level(let year, let tonnes): text(.pointLevel, ["year": String(year), "tonnes": language.tonnes(tonnes)])
        }
    }

    /// Years grouped by a key, in the order each key first appears, the years of a key in their order.
    static func grouped<Key: Hashable>(_ years: [Int], by key: (Int) -> Key) -> [(key: Key, years: [Int])] {
        var order: [Key] = []
        var byKey: [Key: [Int]] = [:]
        for year in years {
            let key = key(year)
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(year)
        }
        return order.map { ($0, byKey[$0] ?? []) }
    }

    // MARK: - The chart

    /// The three pathways over every year the table computes, with the gap as a band between the measure and
    /// target pathways; the landmark years of ``ShownYears`` are always labelled.
    ///
    /// Lines join consecutive years only: the history (Trondheim: 2009 and 2019) stands as points, since a line
    /// across the years without data would claim figures nobody has. The history ends at the budget's last
    /// historical year (or the year before the period, where the inventory reaches into it), so the renderer can
    /// compress it and give the period the width. The next milestone after
    /// the period is a mark at its year and level, with a lead line from the target pathway's last year, so the
    /// council sees where the path must lead.
    public var chart: LineChart {
        let years = shownYears
        let reference = table.rows.compactMap { row in row.reference.map { ChartPoint(x: Double(row.year), y: $0) } }
        let measure = table.rows.compactMap { row in row.measurePathway.map { ChartPoint(x: Double(row.year), y: $0) } }
        let target = table.rows.compactMap { row in row.target.map { ChartPoint(x: Double(row.year), y: $0.value) } }
        let language = language
        let next = nextMilestone
        let marks = next.map { next in
            [
                ChartMark(
                    id: "next-milestone", point: ChartPoint(x: Double(next.milestone.year), y: next.level),
                    label: nextMilestoneText, leadFrom: "target")
            ]
        }
        let nextYear = next.map { [$0.milestone.year] } ?? []
        let actual = table.rows.compactMap { row in row.actual.map { ChartPoint(x: Double(row.year), y: $0) } }
        let actualSeries =
            actual.isEmpty
            ? [] : [ChartSeries(id: "actual", name: text(.seriesActual), points: actual, style: .markers)]
        let range = table.hasBand ? measurePathwayRange : nil
        return LineChart(
            series: [
                ChartSeries(
                    id: "reference", name: text(.seriesReference), points: reference, style: .solid, longestJoin: 1),
                ChartSeries(
                    id: "measure-pathway", name: text(.seriesMeasurePathway), points: measure, style: .dashed,
                    longestJoin: 1),
                ChartSeries(id: "target", name: text(.seriesTarget), points: target, style: .dotted, longestJoin: 1),
            ] + actualSeries,
            band: ChartBand(from: "measure-pathway", to: "target", name: text(.seriesGap)),
            range: range,
            xTicks: Set(years.computed + nextYear).sorted().map(Double.init),
            xLandmarks: Set(years.landmarks + nextYear).sorted().map(Double.init),
            historyEnd: budget.reference.lastHistoricalYear.map { Double(min($0, table.period.start - 1)) },
            marks: marks ?? [],
            yTitle: text(.chartAxisTonnes),
            title: text(.chartHeading),
            description: chartDescription,
            formatY: { language.tonnes($0) })
    }

    /// The first milestone after the period and the level it allows (the base year's emissions cut by its
    /// percent), where there is one and the base year has emissions; Trondheim: goal 5, −80 % in 2030, 104 898 t.
    public var nextMilestone: (milestone: Milestone, level: Double)? {
        guard let base = table.baseEmissions,
            let next = budget.targets.milestones.filter({ $0.year > table.period.end }).min(by: { $0.year < $1.year })
        else { return nil }
        return (next, next.cap(baseEmissions: base))
    }

    /// The next milestone in words, as the chart labels it: "Neste mål: −80 % i 2030 = 104 898 tonn"; empty
    /// without one. A percent with decimals keeps them, as the council wrote it.
    public var nextMilestoneText: String {
        guard let (milestone, level) = nextMilestone else { return "" }
        return text(
            .chartNextMilestone,
            [
                "change": language.exactPercent(milestone.percentChange), "year": String(milestone.year),
                "tonnes": language.tonnes(level),
            ])
    }

    /// The chart in one sentence, for screen readers and the Markdown image's text, naming the next milestone
    /// and, where the table has a band, the range of the measure pathway.
    public var chartDescription: String {
        var sentence = text(
            .chartDescription,
            ["firstYear": String(table.rows.first?.year ?? table.baseYear), "lastYear": String(table.period.end)])
        if table.hasBand { sentence += " " + text(.chartDescriptionRange) }
        let actualYears = table.rows.filter { $0.actual != nil }.map { String($0.year) }
        return (nextMilestone == nil ? sentence : sentence + " " + nextMilestoneText + ".")
            + (actualYears.isEmpty ? "" : " " + text(.chartActuals, ["years": list(actualYears)]))
    }

    /// The caption under the chart: what the hatching means, the grey band where the table has one, and the
    /// crosses where the chart has actual emissions.
    public var chartCaption: String {
        let actual = table.rows.contains { $0.actual != nil }
        return text(.chartCaption) + (table.hasBand ? " " + text(.chartCaptionRange) : "")
            + (actual ? " " + text(.chartCaptionActuals) : "")
    }

    // MARK: - Actual emissions against the budget

    /// The follow-up section: an introduction and one sentence per year with actual emissions, in the table's
    /// years; `nil` when the table shows no actual emissions. Where they are withheld the section says so instead.
    ///
    /// Each sentence says whether the year was over or under the limit, by how many tonnes and what percent of
    /// the cap, and whether the measures delivered what the budget expected (the actual against the measure
    /// pathway): "2023: 399 000 tonn CO2-ekv, 31 857 tonn (9 %) over utslippstaket; tiltakene ga 4 318 tonn
    /// mindre kutt enn budsjettet ventet."
    public var followUp: (intro: String, lines: [String])? {
        let table = shownTable
        guard table.showsActuals else { return nil }
        let rows = table.rows.filter { $0.actual != nil }
        let recorded = Set(ActualEmissions(for: budget).years)
        let withheld = table.rows.map(\.year).filter { recorded.contains($0) && table.row($0)?.actual == nil }
        let withheldLine =
            withheld.isEmpty ? [] : [text(.followUpWithheld, ["years": list(withheld.map(String.init))])]
        guard !rows.isEmpty else { return (withheldLine.first ?? "", []) }
        let lines = rows.compactMap { row -> String? in
            guard let actual = row.actual else { return nil }
            var values = ["year": String(row.year), "actual": language.tonnes(actual)]
            var parts: [String] = []
            if let difference = row.actualAgainstTarget, let percent = row.actualAgainstTargetPercent {
                values["difference"] = language.tonnes(abs(difference))
                values["percent"] = percent == 0 ? text(.followUpBelowOnePercent) : language.percent(abs(percent))
                let key: SummaryText = difference > 0 ? .followUpOver : difference < 0 ? .followUpUnder : .followUpOn
                parts.append(text(key, values))
            } else if let difference = row.actualAgainstTarget {
                // A cap of 0 t has no percent, and no actual figure is under it.
                values["difference"] = language.tonnes(difference)
                parts.append(text(difference > 0 ? .followUpOverZeroCap : .followUpOn, values))
            } else {
                parts.append(text(.followUpNoTarget, values))
            }
            if let difference = row.actualAgainstMeasurePathway {
                let key: SummaryText =
                    difference > 0 ? .followUpLess : difference < 0 ? .followUpMore : .followUpAsExpected
                parts.append(text(key, ["difference": language.tonnes(abs(difference))]))
            } else if row.actualSource == .reference {
                parts.append(text(.followUpInventory))
            }
            return parts.joined(separator: "; ") + "."
        }
        return (text(.followUpIntro), lines + withheldLine)
    }

    /// The range of the measure pathway as the chart shades it: the lowest and the highest measure pathway of
    /// each period year that has both.
    public var measurePathwayRange: ChartRange {
        let rows = table.rows.filter { $0.measurePathwayLow != nil && $0.measurePathwayHigh != nil }
        return ChartRange(
            id: "measure-pathway-range",
            lower: rows.compactMap { row in row.measurePathwayLow.map { ChartPoint(x: Double(row.year), y: $0) } },
            upper: rows.compactMap { row in row.measurePathwayHigh.map { ChartPoint(x: Double(row.year), y: $0) } },
            name: text(.seriesRange))
    }

    // MARK: - Effects

    /// The header of the effect-by-sector table.
    public var effectBySectorHeader: [String] {
        [text(.columnSector)] + table.period.years.map(String.init) + [text(.columnTotal)]
    }

    /// Per sector in the period's last year: the reference, the effect of its measures, the measure pathway, the
    /// share of the total reference, and the sector's target and gap where the budget sets sector targets; `nil`
    /// when the reference has no sector figures (Trondheim publishes totals) or the figures per sector are withheld.
    public var sectorPathways: (heading: String, header: [String], rows: [[String]])? {
        let year = table.period.end
        let tables = EmissionBudgetTable.computeBySector(for: budget)
        guard !tables.isEmpty, let total = table.row(year)?.reference else { return nil }
        let targets = tables.contains { $0.table.row(year)?.target != nil }
        var header = [
            text(.columnSector), text(.columnReference), text(.columnEffect), text(.columnMeasurePathway),
            text(.columnShare),
        ]
        if targets { header += [text(.columnSectorTarget), text(.columnGap)] }
        let rows = tables.map { sector, sectorTable -> [String] in
            let row = sectorTable.row(year)
            func tonnes(_ value: Double?) -> String { value.map(language.tonnes) ?? "" }
            var cells = [
                sector.name(in: language.rawValue), tonnes(row?.reference), tonnes(row?.effect),
                tonnes(row?.measurePathway),
                row?.reference.flatMap { PercentChange.share($0, of: total) }.map(language.percent) ?? "",
            ]
            if targets { cells += [tonnes(row?.target?.value), tonnes(row?.gap)] }
            return cells
        }
        return (text(.sectorPathwaysHeading, ["year": String(year)]), header, rows)
    }

    /// The header of the effect-by-measure table.
    public var effectByMeasureHeader: [String] {
        [text(.columnID), text(.columnMeasure)] + table.period.years.map(String.init) + [text(.columnTotal)]
    }

    /// The effect of the quantified measures per sector: sector name, one cell per period year, the sum.
    ///
    /// Measures whose sector is missing or unknown get a row of their own, so the rows add up to the total.
    public var effectBySectorRows: [[String]] {
        var rows = MeasureEffects.breakdown(of: budget).map { sector, effect in
            effectRow(sector.map { $0.name(in: language.rawValue) } ?? text(.noKnownSector), effect)
        }
        rows.append(effectRow(text(.columnTotal), MeasureEffects.total(of: budget.measures)))
        return rows
    }

    private func effectRow(_ label: String, _ effect: YearlySeries) -> [String] {
        [label] + table.period.years.map { language.tonnes(effect[$0] ?? 0) } + [language.tonnes(periodSum(effect))]
    }

    /// The effect per quantified measure: number, title, one cell per period year, the sum.
    public var effectByMeasureRows: [[String]] {
        var rows = budget.quantifiedMeasures.map { measure in
            [String(measure.id)] + effectRow(measure.title, Tonnes.whole(measure.effect))
        }
        rows.append([""] + effectRow(text(.columnTotal), MeasureEffects.total(of: budget.measures)))
        return rows
    }

    // MARK: - Measures and responsibility

    /// The header of a table of measures of one kind.
    public func measureHeader(_ kind: MeasureKind) -> [String] {
        [text(.columnID), text(.columnTitle)] + (kind.needsSector ? [text(.columnSector)] : [])
            + [text(.columnImplementers), text(.columnReporter)]
    }

    /// The measures of each kind, in table order, with the heading of their table.
    public var measureGroups: [(heading: String, kind: MeasureKind, rows: [[String]])] {
        MeasureKind.allCases.compactMap { kind in
            let measures = budget.measures.filter { $0.kind == kind }
            guard !measures.isEmpty else { return nil }
            let heading: SummaryText =
                switch kind {
                case .quantified: .kindQuantified
                case .unquantified: .kindUnquantified
                case .otherGoals: .kindOtherGoals
                case .enabling: .kindEnabling
                }
            let rows = measures.map { measure in
                [String(measure.id), measure.title]
                    + (kind.needsSector
                        ? [measure.sector.map { budget.sector(id: $0)?.name(in: language.rawValue) ?? $0 } ?? ""] : [])
                    + [
                        measure.responsibility.implementers.joined(separator: ", "),
                        measure.responsibility.reporter ?? text(.noReporter),
                    ]
            }
            return (text(heading), kind, rows)
        }
    }

    // MARK: - Findings

    /// The open findings as lines for the council: the measure, its title and what is open, in the summary's language.
    public var findingLines: [String] {
        var byID: [Int: Measure] = [:]
        for measure in budget.measures where byID[measure.id] == nil { byID[measure.id] = measure }
        return findings.map { finding in
            var line = Self.line(
                title: RuleTitles.title(finding.rule, language), details: finding.details, language: language)
            if let id = finding.measure, let measure = byID[id] {
                let subject = text(.findingMeasure, ["id": String(id)]) + " – " + measure.title
                line = subject + ": " + line
                if Self.responsibilityRules.contains(finding.rule) {
                    line += " (" + text(.responsibilityAsPrinted) + ": " + measure.responsibility.printed + ")"
                }
            }
            return line
        }
    }

    /// A finding's title with its specifics in a language: "Målbanen mangler år: 2026", or for a cap the sentence
    /// "Utslippstaket for 2023 er 380 000 tonn, men målet tillater 367 143,7" (the level to one decimal, as
    /// `validate` prints it).
    public static func line(title: String, details: FindingDetails?, language: Language) -> String {
        switch details {
        case nil:
            title
        case .years(let years)?:
            SummaryText.findingYears.format(
                language, ["title": title, "years": years.map(String.init).joined(separator: ", ")])
        case .capAgainstMilestone(let year, let cap, let allowed)?:
            SummaryText.findingCap.format(
                language,
                [
                    "year": String(year), "cap": language.tonnes(cap, decimals: 3),
                    "allowed": language.tonnes(allowed, decimals: 1),
                ])
        case .printedAmount(let printed, let computed)?:
            SummaryText.findingMoney.format(
                language, ["title": title, "printed": language.money(printed), "computed": language.money(computed)])
        case .financingLine(let name, let year, let area, let measure)?:
            title + ": "
                + ([quoted(name, language)]
                + [year.map(String.init), area.map { quoted($0, language) }].compactMap { $0 }
                + [measure.map { SummaryText.findingMeasure.format(language, ["id": String($0)]) }].compactMap { $0 })
                .joined(separator: ", ")
        }
    }

    /// A name in the language's quotation marks: «Kunst og kultur», “Kunst og kultur”.
    static func quoted(_ name: String, _ language: Language) -> String {
        language.isNorwegian ? "«\(name)»" : "“\(name)”"
    }

    /// The rules about who carries out and reports, whose findings show the responsibility as printed.
    static let responsibilityRules: Set<String> = [
        MissingImplementer.id, UnknownActor.id, MissingReporter.id, ReporterNotServiceArea.id,
    ]

    // MARK: - Status

    /// The measures' latest status reports and who is overdue.
    public var statusOverview: StatusOverview {
        StatusOverview(budget: budget)
    }

    /// A status in the summary's language; `nil` is "no report".
    public func statusName(_ status: MeasureStatus?) -> String {
        let key: SummaryText =
            switch status {
            case .notStarted: .statusNotStarted
            case .onTrack: .statusOnTrack
            case .delayed: .statusDelayed
            case .done: .statusDone
            case .cancelled: .statusCancelled
            case nil: .statusNoReport
            }
        return text(key)
    }

    /// The sentences and rows of the status section: counts per status and the overdue measures.
    public var statusSection: (intro: String, counts: [[String]], overdueIntro: String?, overdue: [String]) {
        let overview = statusOverview
        guard let due = overview.duePeriod else { return (text(.statusNone), [], nil, []) }
        let counts = overview.counts.filter { $0.count > 0 }.map { [statusName($0.status), String($0.count)] }
        let overdue = overview.overdue.map { measure in
            text(.findingMeasure, ["id": String(measure.id)]) + " – " + measure.title + " ("
                + text(.columnReporter).lowercased() + ": " + (measure.responsibility.reporter ?? text(.noReporter))
                + ")"
        }
        let period = due.description
        return (
            text(.statusDue, ["period": period]), counts,
            overdue.isEmpty ? text(.overdueNone, ["period": period]) : text(.overdueIntro, ["period": period]), overdue
        )
    }

    // MARK: - Cumulative gap

    /// The carbon-budget view over the period in a sentence; with a band, a second sentence gives the range of
    /// the cumulative gap.
    public var cumulativeSentence: String {
        let sums = table.cumulative
        guard let measure = sums.measurePathway, let target = sums.target, let gap = sums.gap else {
            return text(.cumulativeNoGap, ["period": period])
        }
        let sentence = text(
            gap > 0 ? .cumulativeText : .cumulativeAhead,
            [
                "period": period, "measure": language.tonnes(measure), "target": language.tonnes(target),
                "gap": language.tonnes(abs(gap)),
            ])
        guard let low = sums.gapLow, let high = sums.gapHigh else { return sentence }
        return sentence + " "
            + text(.cumulativeBand, ["low": language.tonnes(low), "high": language.tonnes(high)])
    }
}

extension CouncilSummary {
    /// The carbon budget section, where `Data/targets.json` asks for a carbon budget or pathways derived from
    /// one: paragraphs on the carbon budget (its sum, used, left, the run-out year, the catch-up rate beside the
    /// target pathway's), then an introduction and one item per pathway; `nil` where it asks for neither.
    public var carbonBudgetSection: (paragraphs: [String], pathwaysIntro: String?, pathways: [String])? {
        let report = CarbonBudgetReport(budget: budget, style: .summary(language))
        guard !report.isEmpty else { return nil }
        let pathways = report.pathwayParagraphs
        return (report.paragraphs, pathways.isEmpty ? nil : text(.carbonPathwaysIntro), pathways)
    }
}

extension CouncilSummary {
    /// The formats the summary is written in; `summary --format` offers exactly these.
    public enum Format: String, CaseIterable, Sendable {
        /// One self-contained file for the council papers (``SummaryHTML``).
        case html
        /// Markdown for a wiki or a pull request, with the chart as an SVG file beside it (``SummaryMarkdown``).
        case markdown
    }
}
