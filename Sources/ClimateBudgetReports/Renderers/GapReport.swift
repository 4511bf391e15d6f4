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
    ///
    /// Text and Markdown are written in `language`, by default the budget's (``BudgetSettings/language``): the
    /// title, the row labels and the notes. CSV and JSON are the same in every language: their keys are a contract,
    /// and JSON's sentences (`referenceOrigin`, `targetOrigin`) stay English.
    public static func render(
        _ table: EmissionBudgetTable, budget: Budget, format: Format, withholding: Withholding? = nil,
        language: Language? = nil
    ) -> String {
        let withheld = withholding?.findings ?? [:]
        let table = table.showing(ShownYears(for: budget).table)
        let language = language ?? Language(rawValue: budget.settings.language) ?? .nb
        switch format {
        case .text: return text(table, budget: budget, withheld: withheld, language: language)
        case .markdown: return markdown(table, budget: budget, withheld: withheld, language: language)
        case .csv: return csv(table)
        case .json: return json(table, budget: budget, withheld: withheld).rendered()
        }
    }

    /// "a", "a and b", "a, b and c".
    package static func list(_ items: [String]) -> String {
        GapText.list(items, .en)
    }

    /// The row labels and cells of Tabell 7-1, shared by the text and Markdown renderings. The figures are the
    /// same in every language.
    static func lines(_ table: EmissionBudgetTable, language: Language = .en) -> [[String]] {
        func text(_ key: GapText, _ values: [String: String] = [:]) -> String { key.format(language, values) }
        let change = "  " + text(.rowChange, ["baseYear": String(table.baseYear)])
        var labels = EmissionBudgetRows.Labels(
            reference: text(.rowReference), change: change, effect: text(.rowEffect),
            measurePathway: text(.rowMeasurePathway), target: text(.rowTarget), gap: text(.rowGap),
            gapPoints: "  " + text(.rowGapPoints), overlap: text(.rowOverlap),
            rangeHighEffects: "  " + text(.rowRangeHigh), rangeLowEffects: "  " + text(.rowRangeLow),
            withheld: text(.rowWithheld))
        labels.withheldIn = { GapText.rowWithheldIn.format(language, ["years": $0]) }
        labels.actual = text(.rowActual)
        labels.actualAgainstTarget = "  " + text(.rowActualAgainstTarget)
        labels.actualAgainstTargetPercent = "  " + text(.rowActualAgainstTargetPercent)
        labels.actualAgainstMeasurePathway = "  " + text(.rowActualAgainstMeasurePathway)
        return EmissionBudgetRows.rows(
            table, labels: labels, tonnes: { NumberFormat.tonnes($0) }, percent: NumberFormat.percent,
            points: NumberFormat.points)
    }

    /// The title above the table: "Trondheim kommune, Klimabudsjett 2022: emission budget 2022-2025 (tCO2e)".
    static func title(_ table: EmissionBudgetTable, budget: Budget, language: Language) -> String {
        GapText.title.format(
            language,
            [
                "municipality": budget.settings.municipality, "name": budget.settings.name,
                "period": table.period.description, "unit": budget.settings.unit,
            ])
    }

    static func text(
        _ table: EmissionBudgetTable, budget: Budget, withheld: [Figure: [Finding]] = [:], language: Language = .en
    ) -> String {
        let header = [""] + table.rows.map { String($0.year) }
        return title(table, budget: budget, language: language) + "\n\n"
            + TextTable(header: header, rows: lines(table, language: language)).rendered() + "\n"
            + notes(table, budget: budget, withheld: withheld, language: language).joined(separator: "\n") + "\n"
    }

    static func markdown(
        _ table: EmissionBudgetTable, budget: Budget, withheld: [Figure: [Finding]] = [:], language: Language = .en
    ) -> String {
        let header = [""] + table.rows.map { String($0.year) }
        let rows = lines(table, language: language).map { row in [row[0].trimmingWhitespace()] + row.dropFirst() }
        let body = MarkdownTable(header: header, rows: rows, rightAligned: Set(1..<header.count)).rendered()
        return "### " + title(table, budget: budget, language: language) + "\n\n" + body + "\n"
            + notes(table, budget: budget, withheld: withheld, language: language).map { "- " + $0 }.joined(
                separator: "\n") + "\n"
    }

    /// The sentences under the table: what is withheld and why, the carbon-budget sums, where each target
    /// came from, and the actual emissions against the budget (``actualNotes(_:budget:language:)``).
    static func notes(
        _ table: EmissionBudgetTable, budget: Budget, withheld: [Figure: [Finding]] = [:], language: Language = .en
    ) -> [String] {
        func text(_ key: GapText, _ values: [String: String] = [:]) -> String { key.format(language, values) }
        var notes: [String] = []
        if let sentence = withheldSentence(
            withheld, shown: Figure.tableAndActuals + [.carbonBudget], years: table.withheldYears, language: language)
        {
            notes.append(sentence)
        }
        let sums = table.cumulative
        let figures = [
            (GapText.sumReference, sums.reference), (.sumMeasurePathway, sums.measurePathway),
            (.sumTarget, sums.target),
        ]
        .compactMap { key, value in value.map { text(key, ["tonnes": NumberFormat.tonnes($0)]) } }
        if !figures.isEmpty {
            let values = ["period": table.period.description, "figures": figures.joined(separator: ", ")]
            if let gap = sums.gap {
                notes.append(text(.sums, values.merging(["gap": NumberFormat.tonnes(gap)]) { $1 }))
            } else {
                notes.append(text(table.isWithheld(.gap) ? .sumsGapWithheld : .sumsNoGap, values))
            }
        }
        if let note = overlapNote(table, budget: budget, language: language) { notes.append(note) }
        if let note = bandNote(table, budget: budget, language: language) { notes.append(note) }
        if !table.isWithheld(.reference),
            let sentence = PathwayOrigins.referenceSentence(
                budget.referencePathway, years: table.rows.map(\.year), files: budget.files, language: language)
        {
            notes.append(sentence)
        }
        for row in table.rows where row.isPeriodYear {
            guard let target = row.target else {
                if table.isWithheld(.target) { continue }
                notes.append(text(.yearNoTarget, ["year": String(row.year), "file": budget.files.targetCaps]))
                continue
            }
            if target.source.isExplicit { continue }
            notes.append(
                text(
                    .yearTarget,
                    [
                        "year": String(row.year),
                        "source": PathwayOrigins.target(target.source, files: budget.files, language: language),
                    ]))
        }
        let past = TargetPathway.pastGoals(TargetPathway.scope(of: budget))
        if !past.isEmpty && !table.isWithheld(.target) {
            let goals = GapText.list(past.map { PathwayOrigins.milestone($0, language: language) }, language)
            notes.append(text(past.count == 1 ? .pastGoal : .pastGoals, ["goals": goals]))
        }
        notes += printedNotes(budget, table: table, language: language)
        let explicit = table.rows.filter { $0.isPeriodYear && $0.target?.source.isExplicit == true }.map(\.year)
        if !explicit.isEmpty {
            notes.append(
                text(
                    .explicitTargets,
                    ["years": explicit.map(String.init).joined(separator: ", "), "file": budget.files.targetCaps]))
        }
        // The follow-up year by year, then the cumulative view.
        notes += actualNotes(table, budget: budget, language: language)
        if withheld[.carbonBudget] == nil {
            let carbon = CarbonBudgetReport(budget: budget, style: .gap(in: language))
            notes += carbon.paragraphs
            notes += zip(budget.targets.carbonBudgetPathways, carbon.pathwayParagraphs).map { "\($0.place): \($1)" }
        }
        return notes
    }

    /// The printed figures that differ from the computed ones by their own rounding, each in a sentence: "Tabell
    /// 7-1 prints 62 844 t for the gap in 2025; the data gives 62 843 t, within the printed figure's rounding."
    /// In English these are the notes `validate` shows (``PrintedFigureCheck/roundingNote(source:)``).
    static func printedNotes(_ budget: Budget, table: EmissionBudgetTable, language: Language) -> [String] {
        func text(_ key: GapText, _ values: [String: String] = [:]) -> String { key.format(language, values) }
        func describe(_ value: Double, _ row: PrintedRow, decimals: Int) -> String {
            let number = Tonnes.text(value, decimals: decimals, decimalMark: language.isNorwegian ? "," : ".")
            switch row {
            case .gapPoints: return number + " pp"
            case _ where row.isPercent: return number + " %"
            default: return number + " t"
            }
        }
        return PrintedFigureCheck.checks(budget, table: table).compactMap { check in
            guard check.isRoundingNote, let computed = check.computed else { return nil }
            let name: String =
                switch check.row {
                case .reference: text(.figureReference)
                case .referenceChange: text(.printedReferenceChange)
                case .effect: text(.figureEffect)
                case .measurePathway: text(.figureMeasurePathway)
                case .measurePathwayChange: text(.printedMeasurePathwayChange)
                case .target: text(.figureTarget)
                case .targetChange: text(.printedTargetChange)
                case .gap: text(.figureGap)
                case .gapPoints: text(.printedGapPoints)
                }
            let figure =
                check.year.map { text(.printedInYear, ["figure": name, "year": String($0)]) }
                ?? text(.printedSummed, ["figure": name])
            return text(
                .printedNote,
                [
                    "source": budget.printed.source ?? text(.printedSource),
                    "printed": describe(check.printed.value, check.row, decimals: check.printed.decimals),
                    "figure": figure, "computed": describe(computed, check.row, decimals: 0),
                ])
        }
    }

    /// The follow-up in words a council member reads: where the actual emissions come from, then per year
    /// whether they were over or under the limit, by how many tonnes and what percent of the target, and whether
    /// the measures delivered what the budget expected (the actual against the measure pathway). Empty when the
    /// table shows no actual emissions.
    static func actualNotes(_ table: EmissionBudgetTable, budget: Budget, language: Language = .en) -> [String] {
        func text(_ key: GapText, _ values: [String: String] = [:]) -> String { key.format(language, values) }
        let rows = table.rows.filter { $0.actual != nil }
        guard !rows.isEmpty else { return [] }
        var notes: [String] = []
        var origins: [String] = []
        for (source, file) in [(ActualSource.actuals, budget.files.actuals), (.reference, budget.files.reference)] {
            let years = rows.filter { $0.actualSource == source }.map { String($0.year) }
            guard !years.isEmpty else { continue }
            origins.append(
                text(
                    source == .actuals ? .actualFromFile : .actualFromInventory,
                    ["file": file, "years": GapText.list(years, language)]))
        }
        notes.append(text(.actualOrigins, ["origins": origins.joined(separator: "; ")]))
        for row in rows {
            var parts: [String] = []
            if let difference = row.actualAgainstTarget {
                parts.append(limitPhrase(difference, percent: row.actualAgainstTargetPercent, language: language))
            } else if row.target == nil && !table.isWithheld(.target) {
                parts.append(text(.noTargetToCompare))
            }
            if let difference = row.actualAgainstMeasurePathway {
                parts.append(deliveredPhrase(difference, language: language))
            } else if row.actualSource == .reference {
                parts.append(text(.actualIsInventory, ["file": budget.files.actuals]))
            }
            guard !parts.isEmpty else { continue }
            notes.append(text(.actualYear, ["year": String(row.year), "parts": parts.joined(separator: "; ")]))
        }
        return notes
    }

    /// "over the limit by 3 528 t (1 %)", "under the limit by 120 t (less than 1 %)", "on the limit"; without a
    /// percent (a cap of 0 t) "over the limit of 0 t by 5 t".
    static func limitPhrase(_ difference: Double, percent: Int?, language: Language = .en) -> String {
        guard difference != 0 else { return GapText.limitOn.format(language) }
        guard let percent else {
            return GapText.limitOverZero.format(language, ["tonnes": NumberFormat.tonnes(difference)])
        }
        let share = percent == 0 ? GapText.belowOnePercent.format(language) : NumberFormat.percent(abs(percent))
        return (difference > 0 ? GapText.limitOver : .limitUnder).format(
            language, ["tonnes": NumberFormat.tonnes(abs(difference)), "share": share])
    }

    /// "the measures delivered 4 318 t less than expected" (the actual above the measure pathway), "… more than
    /// expected" (below it), "the measures delivered what was expected".
    static func deliveredPhrase(_ difference: Double, language: Language = .en) -> String {
        guard difference != 0 else { return GapText.deliveredAsExpected.format(language) }
        return (difference > 0 ? GapText.deliveredLess : .deliveredMore).format(
            language, ["tonnes": NumberFormat.tonnes(abs(difference))])
    }

    /// The pairs of measures whose overlap the table subtracts, each with its tonnes in the period years, so the
    /// row adds up: "Overlap between measures (tonnes two measures both count, subtracted once from the effect) in
    /// 2022, 2023, 2024 and 2025: measures 6 and 10, 25 % of the smaller effect (Measures/06-....json): 575, 700,
    /// 800, 850."; `nil` without overlaps or where the overlap is withheld.
    static func overlapNote(_ table: EmissionBudgetTable, budget: Budget, language: Language = .en) -> String? {
        let pairs = table.overlapPairs(budget)
        guard !pairs.isEmpty else { return nil }
        let years = table.period.years
        let parts = pairs.map { pair, tonnes in
            GapText.overlapPair.format(
                language,
                [
                    "first": String(pair.first), "second": String(pair.second),
                    "amount": amount(pair.amount, language: language), "file": pair.file,
                    "tonnes": years.map { NumberFormat.tonnes(tonnes[$0] ?? 0) }.joined(separator: ", "),
                ])
        }
        return GapText.overlapNote.format(
            language,
            ["years": GapText.list(years.map(String.init), language), "pairs": parts.joined(separator: "; ")])
    }

    /// An overlap's amount as the notes write it: "25 % of the smaller effect", "tonnes as given".
    static func amount(_ amount: MeasureOverlap.Amount, language: Language = .en) -> String {
        switch amount {
        case .share(let percent):
            let number = Tonnes.text(percent, decimalMark: language.isNorwegian ? "," : ".")
            return GapText.amountShare.format(language, ["percent": number])
        case .tonnes: return GapText.amountTonnes.format(language)
        }
    }

    /// The measures that give a low or high effect, and the band's sums over the period: "Range: with the high
    /// and the low effects of measures 6 and 10 (the others count with their expected effect at both ends). Over
    /// 2022-2025: measure pathway 1 570 000 to 1 580 000, cumulative gap ... tonnes."; `nil` without a band or
    /// where it is withheld in every year.
    static func bandNote(_ table: EmissionBudgetTable, budget: Budget, language: Language = .en) -> String? {
        func text(_ key: GapText, _ values: [String: String] = [:]) -> String { key.format(language, values) }
        guard table.hasBand, !(table.withheld.contains(.measurePathwayRange) && table.withheld.contains(.gapRange))
        else { return nil }
        let ids = budget.quantifiedMeasures.filter { !($0.effectLow.isEmpty && $0.effectHigh.isEmpty) }.map(\.id)
        let measures = text(
            ids.count == 1 ? .bandMeasure : .bandMeasures, ["ids": GapText.list(ids.map(String.init), language)])
        var note = text(.bandNote, ["measures": measures])
        let sums = table.cumulative
        var ranges: [String] = []
        if let low = sums.measurePathwayLow, let high = sums.measurePathwayHigh {
            ranges.append(
                text(.rangeMeasurePathway, ["low": NumberFormat.tonnes(low), "high": NumberFormat.tonnes(high)]))
        }
        if let low = sums.gapLow, let high = sums.gapHigh {
            ranges.append(text(.rangeGap, ["low": NumberFormat.tonnes(low), "high": NumberFormat.tonnes(high)]))
        }
        if !ranges.isEmpty {
            note +=
                " " + text(.bandSums, ["period": table.period.description, "ranges": ranges.joined(separator: ", ")])
        }
        return note
    }

    /// One sentence naming the withheld figures among `shown` (with their years, where only some are withheld)
    /// and the files and rules of the errors behind them, or `nil` when none of them is withheld.
    package static func withheldSentence(
        _ withheld: [Figure: [Finding]], shown: [Figure], years: [Figure: Set<Int>] = [:], language: Language = .en
    ) -> String? {
        let figures = shown.filter { withheld[$0] != nil }
        guard !figures.isEmpty else { return nil }
        var rules: [String: Set<String>] = [:]
        for finding in figures.flatMap({ withheld[$0] ?? [] }) { rules[finding.file, default: []].insert(finding.rule) }
        let places = rules.keys.sorted().map { "\($0) [\((rules[$0] ?? []).sorted().joined(separator: ", "))]" }
        return GapText.withheldNote.format(
            language,
            [
                "figures": GapText.list(figures.map { name($0, years: years[$0], language: language) }, language),
                "places": GapText.list(places, language),
            ])
    }

    /// A withheld figure's name, with the years where only some are withheld: "the gap in 2026".
    package static func name(_ figure: Figure, years: Set<Int>?, language: Language = .en) -> String {
        let key: GapText =
            switch figure {
            case .reference: .figureReference
            case .effect: .figureEffect
            case .overlap: .figureOverlap
            case .measurePathway: .figureMeasurePathway
            case .measurePathwayRange: .figureMeasurePathwayRange
            case .target: .figureTarget
            case .gap: .figureGap
            case .gapRange: .figureGapRange
            case .actual: .figureActual
            case .sectorBreakdown: .figureSectorBreakdown
            case .carbonBudget: .figureCarbonBudget
            }
        let name = key.format(language)
        guard let years else { return name }
        return GapText.figureInYears.format(
            language, ["figure": name, "years": GapText.list(years.sorted().map(String.init), language)])
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
        .array(
            table.overlapPairs(budget).map { pair, tonnes in
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
