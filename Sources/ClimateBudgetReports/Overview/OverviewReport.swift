import ClimateBudget
import ClimateBudgetFiles

/// Renders an overview of many budgets (`climate-budget overview`) as text, Markdown, CSV, JSON or an HTML page.
///
/// Text, Markdown and HTML are written in a language (``OverviewText``); CSV and JSON are the same in every language,
/// their keys a contract (see the README). Tonnes are whole tonnes (``Tonnes``), so the totals add up as printed.
public enum OverviewReport {
    /// The formats the overview is written in; `overview --format` offers exactly these.
    public enum Format: String, CaseIterable, Sendable {
        /// An aligned table for a person at a terminal.
        case text
        /// A GitHub-flavoured Markdown table, for a pull request or a wiki.
        case markdown
        /// Comma-separated values, one row per budget (no total row), for spreadsheets.
        case csv
        /// JSON, the contract CI reads; documented in the README.
        case json
        /// One self-contained HTML page in the council summary's style, with a chart of every gap.
        case html
    }

    /// The overview in the given format and language.
    public static func render(_ overview: BudgetOverview, format: Format, language: Language = .nb) -> String {
        switch format {
        case .text: text(overview, language: language)
        case .markdown: markdown(overview, language: language)
        case .csv: csv(overview)
        case .json: json(overview).rendered()
        case .html: OverviewHTML.render(overview, language: language)
        }
    }

    /// The header of the table, in a language.
    static func header(_ language: Language) -> [String] {
        [
            .columnFolder, .columnMunicipality, .columnBaseYear, .columnBaseEmissions, .columnPeriod, .columnEffect,
            .columnGapFirst, .columnGapLast, .columnChange, .columnWithoutReporter, .columnErrors, .columnWarnings,
        ].map { (key: OverviewText) in key.format(language) }
    }

    /// The columns of ``header(_:)`` that hold figures, right-aligned.
    static let figureColumns: Set<Int> = [2, 3, 5, 6, 7, 8, 9, 10, 11]

    /// How the cells write their figures: tonnes, a percent and percentage points.
    struct Numbers: Sendable {
        var tonnes: @Sendable (Double) -> String
        var percent: @Sendable (Int) -> String
        var points: @Sendable (Int) -> String

        /// As text and Markdown write them, the way `gap` does: "524 491", "-26 %", "12 pp".
        static let plain = Numbers(
            tonnes: { NumberFormat.tonnes($0) }, percent: NumberFormat.percent, points: NumberFormat.points)

        /// As a language writes them on a page, the way the summary does: a no-break space and a real minus sign.
        static func page(_ language: Language) -> Numbers {
            Numbers(tonnes: language.tonnes, percent: language.percent, points: language.points)
        }
    }

    /// What a cell shows for a figure that is withheld or not in the data.
    static let missing = "–"

    /// The cells of a budget's row: empty after the folder and "does not load" for a budget that does not load.
    static func cells(_ row: OverviewRow, numbers: Numbers, language: Language) -> [String] {
        guard row.loaded else { return [row.folder, OverviewText.doesNotLoad.format(language)] }
        func tonnes(_ value: Double?) -> String { value.map(numbers.tonnes) ?? missing }
        func count(_ value: Int?) -> String { value.map(String.init) ?? missing }
        func gap(_ tonnes: Double?, _ points: Int?) -> String {
            guard let tonnes else { return missing }
            return numbers.tonnes(tonnes) + (points.map { " (\(numbers.points($0)))" } ?? "")
        }
        let change =
            row.measurePathwayChange == nil && row.targetChange == nil
            ? missing
            : (row.measurePathwayChange.map(numbers.percent) ?? missing) + " / "
                + (row.targetChange.map(numbers.percent) ?? missing)
        return [
            row.folder, row.municipality ?? missing, row.baseYear.map(String.init) ?? missing,
            tonnes(row.baseEmissions), row.period?.description ?? missing, tonnes(row.effect),
            gap(row.gapFirst, row.gapPointsFirst), gap(row.gapLast, row.gapPointsLast), change,
            count(row.measuresWithoutReporter), count(row.errors), count(row.warnings),
        ]
    }

    /// The total row: the sums, under the columns they sum.
    static func totalCells(_ totals: OverviewTotals, numbers: Numbers, language: Language) -> [String] {
        [
            OverviewText.total.format(language, ["loaded": String(totals.loaded), "count": String(totals.budgets)]),
            "", "", numbers.tonnes(totals.baseEmissions), "", numbers.tonnes(totals.effect),
            numbers.tonnes(totals.gapFirst), numbers.tonnes(totals.gapLast), "",
            String(totals.measuresWithoutReporter), String(totals.errors), String(totals.warnings),
        ]
    }

    /// The title line.
    static func title(_ overview: BudgetOverview, language: Language) -> String {
        overview.rows.count == 1
            ? OverviewText.titleOne.format(language)
            : OverviewText.titleMany.format(language, ["count": String(overview.rows.count)])
    }

    /// One line per budget that does not load: its folder, then the file, the place and the message.
    static func problemLines(_ overview: BudgetOverview, language: Language) -> [String] {
        overview.rows.compactMap { row in
            guard let error = row.loadError else { return nil }
            var line = "\(row.folder): \(error.file): \(error.message)"
            if error.more > 0 {
                line +=
                    "; "
                    + OverviewText.moreProblems.format(language, ["count": String(error.more), "folder": row.folder])
            }
            return line
        }
    }

    /// The aligned table, the budgets that do not load, and the notes.
    static func text(_ overview: BudgetOverview, language: Language) -> String {
        let rows =
            overview.rows.map { cells($0, numbers: .plain, language: language) }
            + [totalCells(overview.totals, numbers: .plain, language: language)]
        var text = title(overview, language: language) + "\n\n"
        text += TextTable(header: header(language), rows: rows, rightAligned: figureColumns).rendered()
        let problems = problemLines(overview, language: language)
        if !problems.isEmpty {
            text += "\n" + OverviewText.notLoadedHeading.format(language) + "\n"
            text += problems.map { "  " + $0 + "\n" }.joined()
        }
        text += "\n" + OverviewText.legend.format(language) + "\n" + OverviewText.totalsNote.format(language) + "\n"
        return text
    }

    /// A heading, the Markdown table, the budgets that do not load as a list, and the notes.
    static func markdown(_ overview: BudgetOverview, language: Language) -> String {
        let rows =
            overview.rows.map { cells($0, numbers: .plain, language: language) }
            + [totalCells(overview.totals, numbers: .plain, language: language)]
        let width = header(language).count
        let padded = rows.map { $0 + Array(repeating: "", count: max(0, width - $0.count)) }
        var text = "### " + Markup.escapeMarkdown(title(overview, language: language)) + "\n\n"
        text += MarkdownTable(header: header(language), rows: padded, rightAligned: figureColumns).rendered()
        let problems = problemLines(overview, language: language)
        if !problems.isEmpty {
            text += "\n" + Markup.escapeMarkdown(OverviewText.notLoadedHeading.format(language)) + "\n\n"
            text += problems.map { "- " + Markup.escapeMarkdown($0) + "\n" }.joined()
        }
        text +=
            "\n" + Markup.escapeMarkdown(OverviewText.legend.format(language)) + "\n\n"
            + Markup.escapeMarkdown(OverviewText.totalsNote.format(language)) + "\n"
        return text
    }

    /// The CSV header, the contract spreadsheets and scripts read.
    public static let csvHeader = [
        "folder", "municipality", "baseYear", "baseEmissions", "periodStart", "periodEnd", "effect", "gapFirst",
        "gapPointsFirst", "gapLast", "gapPointsLast", "measurePathwayChange", "targetChange",
        "measuresWithoutReporter", "errors", "warnings", "loadErrorCode", "loadErrorFile", "loadErrorMessage",
    ]

    /// One row per budget, in the overview's order; figures as plain numbers, empty where withheld or missing.
    static func csv(_ overview: BudgetOverview) -> String {
        func cell(_ value: Double?) -> String { value.map { plainNumber($0) } ?? "" }
        func cell(_ value: Int?) -> String { value.map(String.init) ?? "" }
        let rows = overview.rows.map { row in
            [
                row.folder, row.municipality ?? "", cell(row.baseYear), cell(row.baseEmissions),
                cell(row.period?.start), cell(row.period?.end), cell(row.effect), cell(row.gapFirst),
                cell(row.gapPointsFirst), cell(row.gapLast), cell(row.gapPointsLast), cell(row.measurePathwayChange),
                cell(row.targetChange), cell(row.measuresWithoutReporter), cell(row.errors), cell(row.warnings),
                row.loadError?.code ?? "", row.loadError?.file ?? "", row.loadError?.message ?? "",
            ]
        }
        return CSV.write([csvHeader] + rows)
    }

    /// `{"budgets": [...], "totals": {...}}`, with the keys the README documents, in this order.
    static func json(_ overview: BudgetOverview) -> JSONOutput {
        let budgets = overview.rows.map { row -> JSONOutput in
            .object([
                ("folder", .string(row.folder)),
                ("municipality", .string(row.municipality)),
                ("baseYear", .integer(row.baseYear)),
                ("baseEmissions", .number(row.baseEmissions)),
                (
                    "period",
                    row.period.map { .object([("start", .integer($0.start)), ("end", .integer($0.end))]) } ?? .null
                ),
                ("effect", .number(row.effect)),
                ("gapFirst", .number(row.gapFirst)),
                ("gapPointsFirst", .integer(row.gapPointsFirst)),
                ("gapLast", .number(row.gapLast)),
                ("gapPointsLast", .integer(row.gapPointsLast)),
                ("measurePathwayChange", .integer(row.measurePathwayChange)),
                ("targetChange", .integer(row.targetChange)),
                ("measuresWithoutReporter", .integer(row.measuresWithoutReporter)),
                ("errors", .integer(row.errors)),
                ("warnings", .integer(row.warnings)),
                (
                    "loadError",
                    row.loadError.map {
                        .object([
                            ("code", .string($0.code)), ("file", .string($0.file)), ("message", .string($0.message)),
                            ("more", .integer($0.more)),
                        ])
                    } ?? .null
                ),
            ])
        }
        let totals = overview.totals
        return .object([
            ("budgets", .array(budgets)),
            (
                "totals",
                .object([
                    ("budgets", .integer(totals.budgets)),
                    ("loaded", .integer(totals.loaded)),
                    ("failed", .integer(totals.failed)),
                    ("baseEmissions", .number(totals.baseEmissions)),
                    ("effect", .number(totals.effect)),
                    ("gapFirst", .number(totals.gapFirst)),
                    ("gapLast", .number(totals.gapLast)),
                    ("measuresWithoutReporter", .integer(totals.measuresWithoutReporter)),
                    ("errors", .integer(totals.errors)),
                    ("warnings", .integer(totals.warnings)),
                ])
            ),
        ])
    }
}
