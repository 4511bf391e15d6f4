import ClimateBudget

/// Writes an overview as one self-contained HTML page in the council summary's style (``SummaryHTML``): inline CSS
/// and SVG, no script, no network; wider than the summary for the table's twelve columns, and printed on A4 across.
public enum OverviewHTML {
    /// The whole page. Every text that comes from the budgets' data is escaped.
    public static func render(_ overview: BudgetOverview, language: Language) -> String {
        func text(_ key: OverviewText, _ values: [String: String] = [:]) -> String { key.format(language, values) }
        let numbers = OverviewReport.Numbers.page(language)
        let totals = overview.totals
        var body: [String] = []

        body.append("<header>")
        body.append("<p class=\"kicker\">\(e(text(.kicker, ["count": String(totals.budgets)])))</p>")
        body.append("<h1>\(e(text(.documentTitle)))</h1>")
        if let headline = headline(overview, language: language) {
            body.append("<p class=\"headline\">\(e(headline))</p>")
        }
        body.append("</header>")

        var table = "<table class=\"overview\"><thead><tr>"
        for (index, name) in OverviewReport.header(language).enumerated() {
            let numeric = OverviewReport.figureColumns.contains(index)
            table += "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(e(name))</th>"
        }
        table += "</tr></thead><tbody>"
        let columns = OverviewReport.header(language).count
        for row in overview.rows {
            if let error = row.loadError {
                var message = "\(error.file): \(error.message)"
                if error.more > 0 {
                    message += "; " + text(.moreProblems, ["count": String(error.more), "folder": row.folder])
                }
                table +=
                    "<tr class=\"failed\"><td>\(e(row.folder))</td><td colspan=\"\(columns - 1)\"><strong>"
                    + "\(e(text(.doesNotLoad)))</strong>: \(e(message))</td></tr>"
                continue
            }
            let cells = OverviewReport.cells(row, numbers: numbers, language: language)
            table += "<tr>" + cells.enumerated().map { cell($0.offset, $0.element) }.joined() + "</tr>"
        }
        let total = OverviewReport.totalCells(totals, numbers: numbers, language: language)
        table += "<tr class=\"total\">" + total.enumerated().map { cell($0.offset, $0.element) }.joined() + "</tr>"
        table += "</tbody></table>"
        body.append(
            section(
                text(.tableHeading),
                [
                    table, "<p class=\"note\">\(e(text(.legend)))</p>", "<p class=\"note\">\(e(text(.totalsNote)))</p>",
                ]))

        let plot = chart(overview, language: language)
        var chartParts: [String] = []
        if plot.items.isEmpty {
            chartParts.append("<p>\(e(text(.chartNone)))</p>")
        } else {
            chartParts.append(
                "<figure>\n\(SVGDotPlotRenderer().render(plot))<figcaption>\(e(text(.chartCaption)))</figcaption>\n</figure>"
            )
        }
        let leftOut = overview.rows.filter { $0.gapPointsFirst == nil && $0.gapPointsLast == nil }.map(\.folder)
        if !leftOut.isEmpty && !plot.items.isEmpty {
            chartParts.append(
                "<p class=\"note\">\(e(text(.chartLeftOut, ["folders": leftOut.joined(separator: ", ")])))</p>")
        }
        body.append(section(text(.chartHeading), chartParts))
        body.append("<footer><p>\(e(text(.generatedBy)))</p></footer>")

        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(text(.documentTitle)))</title>
            <style>
            \(SummaryHTML.css)
            \(css)
            </style>
            </head>
            <body>
            <main class="wide">
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    /// The headline: how many budgets lack cuts in their period's last year, and the summed gap of those that do.
    static func headline(_ overview: BudgetOverview, language: Language) -> String? {
        let gaps = overview.rows.compactMap(\.gapLast)
        guard !gaps.isEmpty else { return nil }
        let positive = gaps.filter { $0 > 0 }
        guard !positive.isEmpty else {
            return OverviewText.headlineNoGaps.format(language, ["loaded": String(overview.totals.loaded)])
        }
        return OverviewText.headline.format(
            language,
            [
                "missing": String(positive.count), "loaded": String(overview.totals.loaded),
                "gap": language.tonnes(positive.reduce(0, +)),
            ])
    }

    /// The chart of every gap: one line per budget with a gap in percentage points, in the table's order.
    static func chart(_ overview: BudgetOverview, language: Language) -> DotPlot {
        func text(_ key: OverviewText, _ values: [String: String] = [:]) -> String { key.format(language, values) }
        let shown = overview.rows.filter { $0.gapPointsFirst != nil || $0.gapPointsLast != nil }
        // A municipality with two budgets in the overview is told apart by its folder's name, or by its whole
        // path where two of its folders have the same name.
        func lastPart(_ folder: String) -> String {
            folder.split(separator: "/").last.map(String.init) ?? folder
        }
        var names: [String: Int] = [:]
        var parts: [String: Int] = [:]
        for row in shown {
            names[row.municipality ?? row.folder, default: 0] += 1
            parts[(row.municipality ?? row.folder) + "/" + lastPart(row.folder), default: 0] += 1
        }
        let items = shown.map { row -> DotPlotItem in
            let name = row.municipality ?? row.folder
            let folder = (parts[name + "/" + lastPart(row.folder)] ?? 0) > 1 ? row.folder : lastPart(row.folder)
            return DotPlotItem(
                label: (names[name] ?? 0) > 1 ? "\(name) (\(folder))" : name,
                first: row.gapPointsFirst.map(Double.init), second: row.gapPointsLast.map(Double.init))
        }
        return DotPlot(
            items: items, firstName: text(.chartFirstYear), secondName: text(.chartLastYear),
            axisTitle: text(.chartAxis), zeroLabel: text(.chartOnTarget), leftLabel: text(.chartLeft),
            rightLabel: text(.chartRight), title: text(.chartHeading),
            description: text(.chartDescription, ["count": String(items.count)]),
            format: { language.points(Int($0.rounded())) })
    }

    /// The page's own style on top of the summary's: a wider page for the table, printed across A4.
    static let css = """
        @page { size: A4 landscape; }
        main.wide { max-width: 78rem; }
        table.overview { font-size: 8.5pt; }
        table.overview td:first-child { overflow-wrap: anywhere; min-width: 6em; }
        table.overview td:nth-child(5) { white-space: nowrap; }
        tr.failed td { color: #b0413e; }
        figure svg { max-width: 48rem; }
        @media print { main.wide { max-width: none; } }
        """

    private static func cell(_ column: Int, _ text: String) -> String {
        let numeric = OverviewReport.figureColumns.contains(column)
        return "<td\(numeric ? " class=\"num\"" : "")>\(e(text))</td>"
    }

    private static func section(_ heading: String, _ parts: [String]) -> String {
        "<section>\n<h2>\(e(heading))</h2>\n" + parts.filter { !$0.isEmpty }.joined(separator: "\n") + "\n</section>"
    }

    private static func e(_ text: String) -> String {
        Markup.escape(text)
    }
}
