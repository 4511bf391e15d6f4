import ClimateBudget
import ClimateBudgetFiles

/// Renders the emission budget table (Tabell 7-1) as text, Markdown, CSV or JSON.
public enum GapReport {
    /// The formats the table is written in; `gap --format` offers exactly these.
    public enum Format: String, CaseIterable, Sendable {
        /// Aligned text for a person at a terminal.
        case text
        /// A GitHub-flavoured Markdown table, for a pull request or a wiki.
        case markdown
        /// Comma-separated values, one row per year, for spreadsheets.
        case csv
        /// JSON, the contract CI reads; documented in the README.
        case json
    }

    /// The table in the given format, with the years ``ShownYears`` decides for the budget (as the summary shows);
    /// `withholding` says which figures are left out and why.
    public static func render(
        _ table: EmissionBudgetTable, budget: Budget, format: Format, withholding: Withholding? = nil
    ) -> String {
        let withheld = withholding?.findings ?? [:]
        let table = table.showing(ShownYears(for: budget).table)
        switch format {
        case .text: return text(table, budget: budget, withheld: withheld)
        case .markdown: return markdown(table, budget: budget, withheld: withheld)
        case .csv: return csv(table)
        case .json: return json(table, budget: budget, withheld: withheld).rendered()
        }
    }

    /// "a", "a and b", "a, b and c".
    package static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The row labels and cells of Tabell 7-1, shared by the text and Markdown renderings.
    static func lines(_ table: EmissionBudgetTable) -> [[String]] {
        var labels = EmissionBudgetRows.Labels(
            reference: "Reference pathway", change: "  change vs \(table.baseYear)", effect: "Effect of measures",
            measurePathway: "Measure pathway", target: "Target pathway (cap)", gap: "Gap: further cuts needed",
            gapPoints: "  in percentage points", overlap: "Overlap between measures",
            rangeHighEffects: "  range, high effects", rangeLowEffects: "  range, low effects")
        labels.actualAgainstTarget = "  " + labels.actualAgainstTarget
        labels.actualAgainstTargetPercent = "  " + labels.actualAgainstTargetPercent
        labels.actualAgainstMeasurePathway = "  " + labels.actualAgainstMeasurePathway
        return EmissionBudgetRows.rows(
            table, labels: labels, tonnes: { NumberFormat.tonnes($0) }, percent: NumberFormat.percent,
            points: NumberFormat.points)
    }

    static func text(_ table: EmissionBudgetTable, budget: Budget, withheld: [Figure: [Finding]] = [:]) -> String {
        let title =
            "\(budget.settings.municipality), \(budget.settings.name): emission budget \(table.period) (\(budget.settings.unit))"
        let header = [""] + table.rows.map { String($0.year) }
        return title + "\n\n" + TextTable(header: header, rows: lines(table)).rendered() + "\n"
            + notes(table, budget: budget, withheld: withheld).joined(separator: "\n") + "\n"
    }

    static func markdown(_ table: EmissionBudgetTable, budget: Budget, withheld: [Figure: [Finding]] = [:]) -> String {
        let header = [""] + table.rows.map { String($0.year) }
        let rows = lines(table).map { row in [row[0].trimmingWhitespace()] + row.dropFirst() }
        let body = MarkdownTable(header: header, rows: rows, rightAligned: Set(1..<header.count)).rendered()
        let title =
            "### \(budget.settings.municipality), \(budget.settings.name): emission budget \(table.period) (\(budget.settings.unit))"
        return title + "\n\n" + body + "\n"
            + notes(table, budget: budget, withheld: withheld).map { "- " + $0 }.joined(separator: "\n") + "\n"
    }

    /// The sentences under the table: what is withheld and why, the carbon-budget sums, where each target
    /// came from, and the actual emissions against the budget (``actualNotes(_:budget:)``).
    static func notes(_ table: EmissionBudgetTable, budget: Budget, withheld: [Figure: [Finding]] = [:]) -> [String] {
        var notes: [String] = []
        if let sentence = withheldSentence(
            withheld, shown: Figure.tableAndActuals + [.carbonBudget], years: table.withheldYears)
        {
            notes.append(sentence)
        }
        let sums = table.cumulative
        let figures = [
            ("reference", sums.reference), ("measure pathway", sums.measurePathway), ("target", sums.target),
        ]
        .compactMap { name, value in value.map { "\(name) \(NumberFormat.tonnes($0))" } }
        if !figures.isEmpty {
            let gap =
                sums.gap.map { "; cumulative gap \(NumberFormat.tonnes($0)) tonnes." }
                ?? (table.isWithheld(.gap)
                    ? " tonnes; the cumulative gap is withheld."
                    : " tonnes; no cumulative gap, since not every year has a target.")
            notes.append(
                "Over \(table.period): " + figures.joined(separator: ", ") + (sums.gap == nil ? "" : " tonnes") + gap)
        }
        if let note = overlapNote(table, budget: budget) { notes.append(note) }
        if let note = bandNote(table, budget: budget) { notes.append(note) }
        if !table.isWithheld(.reference),
            let sentence = PathwayOrigins.referenceSentence(
                budget.referencePathway, years: table.rows.map(\.year), files: budget.files)
        {
            notes.append(sentence)
        }
        for row in table.rows where row.isPeriodYear {
            guard let target = row.target else {
                if table.isWithheld(.target) { continue }
                notes.append(
                    "\(row.year): no target, so no gap (add a cap to \(budget.files.targetCaps) or milestones around it)."
                )
                continue
            }
            if target.source.isExplicit { continue }
            notes.append("\(row.year): target \(PathwayOrigins.target(target.source, files: budget.files)).")
        }
        let past = TargetPathway.pastGoals(TargetPathway.scope(of: budget))
        if !past.isEmpty && !table.isWithheld(.target) {
            let goals = list(past.map(PathwayOrigins.milestone))
            notes.append(
                "Past \(past.count == 1 ? "goal" : "goals"), before the period and not drawn through by the rules: \(goals)."
            )
        }
        notes += ReportNote.printedFigures(budget, table: table).map(\.message)
        let explicit = table.rows.filter { $0.isPeriodYear && $0.target?.source.isExplicit == true }.map(\.year)
        if !explicit.isEmpty {
            notes.append(
                "Targets for \(explicit.map(String.init).joined(separator: ", ")) are explicit caps from \(budget.files.targetCaps)."
            )
        }
        // The follow-up year by year, then the cumulative view.
        notes += actualNotes(table, budget: budget)
        if withheld[.carbonBudget] == nil {
            let carbon = CarbonBudgetReport(budget: budget, style: .gap)
            notes += carbon.paragraphs
            notes += zip(budget.targets.carbonBudgetPathways, carbon.pathwayParagraphs).map { "\($0.place): \($1)" }
        }
        return notes
    }

    /// The follow-up in words a council member reads: where the actual emissions come from, then per year
    /// whether they were over or under the limit, by how many tonnes and what percent of the target, and whether
    /// the measures delivered what the budget expected (the actual against the measure pathway). Empty when the
    /// table shows no actual emissions.
    static func actualNotes(_ table: EmissionBudgetTable, budget: Budget) -> [String] {
        let rows = table.rows.filter { $0.actual != nil }
        guard !rows.isEmpty else { return [] }
        var notes: [String] = []
        var origins: [String] = []
        for (source, file) in [(ActualSource.actuals, budget.files.actuals), (.reference, budget.files.reference)] {
            let years = rows.filter { $0.actualSource == source }.map { String($0.year) }
            guard !years.isEmpty else { continue }
            let what = source == .actuals ? file : "the inventory in \(file) (up to lastHistoricalYear)"
            origins.append("from \(what) for \(list(years))")
        }
        notes.append("Actual emissions: " + origins.joined(separator: "; ") + ".")
        for row in rows {
            var parts: [String] = []
            if let difference = row.actualAgainstTarget, let percent = row.actualAgainstTargetPercent {
                parts.append(limitPhrase(difference, percent: percent))
            } else if row.target == nil && !table.isWithheld(.target) {
                parts.append("no target to compare with")
            }
            if let difference = row.actualAgainstMeasurePathway {
                parts.append(deliveredPhrase(difference))
            } else if row.actualSource == .reference {
                parts.append(
                    "the actual is the reference's inventory figure, which the measure pathway is computed from too, so the two are not compared (record it in \(budget.files.actuals) to compare)"
                )
            }
            guard !parts.isEmpty else { continue }
            notes.append("\(row.year): " + parts.joined(separator: "; ") + ".")
        }
        return notes
    }

    /// "over the limit by 3 528 t (1 %)", "under the limit by 120 t (less than 1 %)", "on the limit".
    static func limitPhrase(_ difference: Double, percent: Int) -> String {
        guard difference != 0 else { return "on the limit" }
        let share = percent == 0 ? "less than 1 %" : NumberFormat.percent(abs(percent))
        return "\(difference > 0 ? "over" : "under") the limit by \(NumberFormat.tonnes(abs(difference))) t (\(share))"
    }

    /// "the measures delivered 4 318 t less than expected" (the actual above the measure pathway), "… more than
    /// expected" (below it), "the measures delivered what was expected".
    static func deliveredPhrase(_ difference: Double) -> String {
        guard difference != 0 else { return "the measures delivered what was expected" }
        return
            "the measures delivered \(NumberFormat.tonnes(abs(difference))) t \(difference > 0 ? "less" : "more") than expected"
    }

    /// The pairs of measures whose overlap the table subtracts, each with its tonnes in the period years, so the
    /// row adds up: "Overlap between measures (tonnes two measures both count, subtracted once from the effect) in
    /// 2022, 2023, 2024 and 2025: measures 6 and 10, 25 % of the smaller effect (Measures/06-....json): 575, 700,
    /// 800, 850."; `nil` without overlaps or where the overlap is withheld.
    static func overlapNote(_ table: EmissionBudgetTable, budget: Budget) -> String? {
        guard table.hasOverlap, !table.isWithheld(.overlap) else { return nil }
        let pairs = MeasureOverlaps.pairs(among: budget.measures)
        guard !pairs.isEmpty else { return nil }
        let years = table.period.years
        let parts = pairs.map { pair in
            let tonnes = MeasureOverlaps.tonnes(of: pair, among: budget.measures)
            return "measures \(pair.first) and \(pair.second), \(amount(pair.amount)) (\(pair.file)): "
                + years.map { NumberFormat.tonnes(tonnes[$0] ?? 0) }.joined(separator: ", ")
        }
        return
            "Overlap between measures (tonnes two measures both count, subtracted once from the effect) in \(list(years.map(String.init))): "
            + parts.joined(separator: "; ") + "."
    }

    /// An overlap's amount as the notes write it: "25 % of the smaller effect", "tonnes as given".
    static func amount(_ amount: MeasureOverlap.Amount) -> String {
        switch amount {
        case .share(let percent): "\(Tonnes.text(percent)) % of the smaller effect"
        case .tonnes: "tonnes as given"
        }
    }

    /// The measures that give a low or high effect, and the band's sums over the period: "Range: with the high
    /// and the low effects of measures 6 and 10 (the others count with their expected effect at both ends). Over
    /// 2022-2025: measure pathway 1 570 000 to 1 580 000, cumulative gap ... tonnes."; `nil` without a band or
    /// where it is withheld in every year.
    static func bandNote(_ table: EmissionBudgetTable, budget: Budget) -> String? {
        guard table.hasBand, !(table.withheld.contains(.measurePathwayRange) && table.withheld.contains(.gapRange))
        else { return nil }
        let ids = budget.quantifiedMeasures.filter { !($0.effectLow.isEmpty && $0.effectHigh.isEmpty) }.map(\.id)
        var note =
            "Range: with the high and the low effects of \(ids.count == 1 ? "measure" : "measures") \(list(ids.map(String.init))) (the others count with their expected effect at both ends)."
        let sums = table.cumulative
        var ranges: [String] = []
        if let low = sums.measurePathwayLow, let high = sums.measurePathwayHigh {
            ranges.append("measure pathway \(NumberFormat.tonnes(low)) to \(NumberFormat.tonnes(high))")
        }
        if let low = sums.gapLow, let high = sums.gapHigh {
            ranges.append("cumulative gap \(NumberFormat.tonnes(low)) to \(NumberFormat.tonnes(high))")
        }
        if !ranges.isEmpty { note += " Over \(table.period): " + ranges.joined(separator: ", ") + " tonnes." }
        return note
    }

    /// One sentence naming the withheld figures among `shown` (with their years, where only some are withheld)
    /// and the files and rules of the errors behind them, or `nil` when none of them is withheld.
    package static func withheldSentence(
        _ withheld: [Figure: [Finding]], shown: [Figure], years: [Figure: Set<Int>] = [:]
    ) -> String? {
        let figures = shown.filter { withheld[$0] != nil }
        guard !figures.isEmpty else { return nil }
        var rules: [String: Set<String>] = [:]
        for finding in figures.flatMap({ withheld[$0] ?? [] }) { rules[finding.file, default: []].insert(finding.rule) }
        let places = rules.keys.sorted().map { "\($0) [\((rules[$0] ?? []).sorted().joined(separator: ", "))]" }
        return
            "Withheld: \(list(figures.map { name($0, years: years[$0]) })), computed from data with errors in \(list(places)); run 'climate-budget validate'."
    }

    /// A withheld figure's name, with the years where only some are withheld: "the gap in 2026".
    package static func name(_ figure: Figure, years: Set<Int>?) -> String {
        guard let years else { return figure.name }
        return figure.name + " in " + list(years.sorted().map(String.init))
    }

    /// One row per year; the columns `overlap`, `measurePathwayLow`, `measurePathwayHigh`, `gapLow` and `gapHigh`
    /// are there only where the table has the overlap or the band, and five columns on the actual emissions
    /// follow the gap's only where the table shows them, so other budgets' sheets keep their columns.
    static func csv(_ table: EmissionBudgetTable) -> String {
        let actuals = table.showsActuals
        let overlap = table.hasOverlap ? ["overlap"] : []
        let pathwayBand = table.hasBand ? ["measurePathwayLow", "measurePathwayHigh"] : []
        let gapBand = table.hasBand ? ["gapLow", "gapHigh"] : []
        let header =
            ["year", "reference", "referenceChange", "effect"] + overlap + ["measurePathway", "measurePathwayChange"]
            + pathwayBand + ["target", "targetChange", "targetSource", "gap", "gapPoints"] + gapBand
            + (actuals
                ? [
                    "actual", "actualSource", "actualAgainstTarget", "actualAgainstTargetPercent",
                    "actualAgainstMeasurePathway",
                ] : [])
        let rows = table.rows.map { row in
            [String(row.year), cell(row.reference), cell(row.referenceChange), cell(row.effect)]
                + (table.hasOverlap ? [cell(row.overlap)] : [])
                + [cell(row.measurePathway), cell(row.measurePathwayChange)]
                + (table.hasBand ? [cell(row.measurePathwayLow), cell(row.measurePathwayHigh)] : [])
                + [
                    cell(row.target?.value), cell(row.targetChange), row.target?.source.name ?? "", cell(row.gap),
                    cell(row.gapPoints),
                ]
                + (table.hasBand ? [cell(row.gapLow), cell(row.gapHigh)] : [])
                + (actuals
                    ? [
                        cell(row.actual), row.actualSource?.rawValue ?? "", cell(row.actualAgainstTarget),
                        cell(row.actualAgainstTargetPercent), cell(row.actualAgainstMeasurePathway),
                    ] : [])
        }
        return CSV.write([header] + rows)
    }

    private static func cell(_ value: Double?) -> String { value.map { plainNumber($0) } ?? "" }
    private static func cell(_ value: Int?) -> String { value.map(String.init) ?? "" }

    /// The JSON contract for CI, documented in the README, with the years ``ShownYears`` decides.
    public static func json(_ table: EmissionBudgetTable, budget: Budget, withheld: [Figure: [Finding]] = [:])
        -> JSONOutput
    {
        let shown = ShownYears(for: budget).table
        let table = table.showing(shown)
        let pathway = budget.referencePathway
        let actuals = table.showsActuals
        var members: [(String, JSONOutput)] = [
            ("budget", .string(budget.settings.name)),
            ("municipality", .string(budget.settings.municipality)),
            ("unit", .string(budget.settings.unit)),
            ("baseYear", .integer(table.baseYear)),
            ("baseEmissions", .number(table.baseEmissions)),
            ("period", .object([("start", .integer(table.period.start)), ("end", .integer(table.period.end))])),
            (
                "years",
                .array(
                    table.rows.map {
                        yearJSON(
                            $0, in: table, budget: budget, referenceOrigin: pathway.origin(in: $0.year),
                            actuals: actuals)
                    })
            ),
            ("cumulative", cumulativeJSON(table.cumulative, in: table)),
        ]
        if table.hasOverlap { members.append(("overlaps", overlapsJSON(table, budget: budget))) }
        if table.hasBand {
            let ids = budget.quantifiedMeasures.filter { !($0.effectLow.isEmpty && $0.effectHigh.isEmpty) }.map(\.id)
            members.append(("rangeMeasures", .array(ids.map { .integer($0) })))
        }
        // Every tonne of the effect is in one entry: measures without a known sector have an entry with sector null.
        let breakdown = table.isWithheld(.effect) ? [] : MeasureEffects.breakdown(of: budget)
        members.append(
            (
                "effectBySector",
                .array(
                    breakdown.map { sector, effect in
                        .object([
                            ("sector", .string(sector?.id)),
                            ("name", .string(sector?.name ?? "Unknown sector")),
                            ("effect", .object(table.period.years.map { (String($0), .number(effect[$0] ?? 0)) })),
                        ])
                    })
            ))
        let sectors =
            table.isWithheld(.sectorBreakdown)
            ? []
            : EmissionBudgetTable.computeBySector(
                for: budget, withheld: table.withheld, withheldYears: table.withheldYears)
        members.append(
            (
                "sectors",
                .array(
                    sectors.map { sector, sectorTable in
                        let table = sectorTable.showing(shown)
                        return .object([
                            ("sector", .string(sector.id)),
                            ("name", .string(sector.name)),
                            (
                                "years",
                                .array(
                                    table.rows.map {
                                        yearJSON(
                                            $0, in: table, budget: budget,
                                            referenceOrigin: pathway.origin(in: $0.year, sector: sector.id),
                                            actuals: actuals)
                                    })
                            ),
                            ("cumulative", cumulativeJSON(table.cumulative, in: table)),
                        ])
                    })
            ))
        members += CarbonBudgetReport(budget: budget, style: .gap).jsonMembers(withheld: withheld[.carbonBudget] != nil)
        members.append(
            (
                "withheld",
                .array(
                    withheld.keys.sorted().map { figure in
                        .object([
                            ("figure", .string(figure.rawValue)),
                            (
                                "years",
                                table.withheldYears[figure].map { years in .array(years.sorted().map { .integer($0) }) }
                                    ?? .null
                            ),
                            (
                                "findings",
                                .array(
                                    (withheld[figure] ?? []).map { finding in
                                        .object([
                                            ("rule", .string(finding.rule)),
                                            ("file", .string(finding.file)),
                                            ("measure", .integer(finding.measure)),
                                            ("message", .string(finding.message)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ))
        return .object(members)
    }

    /// The pairs of measures whose overlap the table subtracts, each with the declaration that counts and its
    /// whole tonnes in the period years (empty where the overlap is withheld).
    private static func overlapsJSON(_ table: EmissionBudgetTable, budget: Budget) -> JSONOutput {
        guard !table.isWithheld(.overlap) else { return .array([]) }
        return .array(
            MeasureOverlaps.pairs(among: budget.measures).map { pair in
                let tonnes = MeasureOverlaps.tonnes(of: pair, among: budget.measures)
                let share: Double? = if case .share(let percent) = pair.amount { percent } else { nil }
                return .object([
                    ("measures", .array([.integer(pair.first), .integer(pair.second)])),
                    ("share", .number(share)),
                    ("file", .string(pair.file)),
                    ("tonnes", .object(table.period.years.map { (String($0), .number(tonnes[$0] ?? 0)) })),
                ])
            })
    }

    /// One row of the JSON table, with where its reference and target come from: `referenceSource` is a
    /// ``ReferenceOrigin/name`` and `targetSource` a ``TargetSource/name``, each with a sentence in English.
    /// `overlap` and the band's fields are there only where the table has them; with `actuals` (the table
    /// shows actual emissions) the actual emissions and their comparisons follow.
    private static func yearJSON(
        _ row: EmissionBudgetRow, in table: EmissionBudgetTable, budget: Budget, referenceOrigin: ReferenceOrigin?,
        actuals: Bool
    ) -> JSONOutput {
        let kind: JSONOutput =
            budget.reference.lastHistoricalYear.map { .string(row.year <= $0 ? "history" : "projection") } ?? .null
        let referenceOrigin = row.reference == nil ? nil : referenceOrigin
        let follow: [(String, JSONOutput)] =
            actuals
            ? [
                ("actual", .number(row.actual)),
                ("actualSource", .string(row.actualSource?.rawValue)),
                ("actualAgainstTarget", .number(row.actualAgainstTarget)),
                ("actualAgainstTargetPercent", .integer(row.actualAgainstTargetPercent)),
                ("actualAgainstMeasurePathway", .number(row.actualAgainstMeasurePathway)),
            ] : []
        var members: [(String, JSONOutput)] = [
            ("year", .integer(row.year)),
            ("kind", kind),
            ("inPeriod", .bool(row.isPeriodYear)),
            ("reference", .number(row.reference)),
            ("referenceChange", .integer(row.referenceChange)),
            ("referenceSource", .string(referenceOrigin?.name)),
            ("referenceOrigin", .string(referenceOrigin.map { PathwayOrigins.reference($0, files: budget.files) })),
            ("effect", .number(row.effect)),
        ]
        if table.hasOverlap { members.append(("overlap", .number(row.overlap))) }
        members += [
            ("measurePathway", .number(row.measurePathway)),
            ("measurePathwayChange", .integer(row.measurePathwayChange)),
        ]
        if table.hasBand {
            members += [
                ("measurePathwayLow", .number(row.measurePathwayLow)),
                ("measurePathwayHigh", .number(row.measurePathwayHigh)),
            ]
        }
        members += [
            ("target", .number(row.target?.value)),
            ("targetChange", .integer(row.targetChange)),
            ("targetSource", .string(row.target?.source.name)),
            ("targetOrigin", .string(row.target.map { PathwayOrigins.target($0.source, files: budget.files) })),
            ("gap", .number(row.gap)),
            ("gapPoints", .integer(row.gapPoints)),
        ]
        if table.hasBand { members += [("gapLow", .number(row.gapLow)), ("gapHigh", .number(row.gapHigh))] }
        return .object(members + follow)
    }

    private static func cumulativeJSON(_ sums: CumulativeFigures, in table: EmissionBudgetTable) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("years", .array(sums.years.map { .integer($0) })),
            ("reference", .number(sums.reference)),
            ("effect", .number(sums.effect)),
        ]
        if table.hasOverlap { members.append(("overlap", .number(sums.overlap))) }
        members.append(("measurePathway", .number(sums.measurePathway)))
        if table.hasBand {
            members += [
                ("measurePathwayLow", .number(sums.measurePathwayLow)),
                ("measurePathwayHigh", .number(sums.measurePathwayHigh)),
            ]
        }
        members += [("target", .number(sums.target)), ("gap", .number(sums.gap))]
        if table.hasBand { members += [("gapLow", .number(sums.gapLow)), ("gapHigh", .number(sums.gapHigh))] }
        return .object(members)
    }
}
