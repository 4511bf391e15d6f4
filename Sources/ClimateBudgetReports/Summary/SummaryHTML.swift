import ClimateBudget

/// Writes the council summary as one self-contained HTML file: inline CSS and SVG, no script, no network,
/// laid out to print on A4 without cut tables.
public enum SummaryHTML {
    /// The whole document. Every text that comes from the budget's data is escaped.
    public static func render(_ summary: CouncilSummary, chartSVG: String) -> String {
        let title = summary.text(.documentTitle, ["budget": summary.budget.settings.name])
        let years = summary.tableYears.map(String.init)
        var body: [String] = []

        body.append("<header>")
        body.append("<p class=\"kicker\">\(e(summary.budget.settings.municipality))</p>")
        body.append("<h1>\(e(title))</h1>")
        body.append("<p class=\"headline\">\(e(summary.headline))</p>")
        body.append("</header>")

        body.append(
            section(
                summary.text(.tableHeading, ["period": summary.period]),
                [
                    table(
                        header: [""] + years, rows: summary.tableRows, numeric: true,
                        rowClasses: summary.tableRowClasses,
                        caption: summary.text(.tableCaption, ["baseYear": String(summary.table.baseYear)])),
                    summary.tableNotes.map { "<p class=\"note\">\(e($0))</p>" }.joined(),
                ]))

        body.append(
            section(
                summary.text(.chartHeading),
                [
                    "<figure>\n\(chartSVG)<figcaption>\(e(summary.chartCaption))</figcaption>\n</figure>"
                ]))

        if let followUp = summary.followUp {
            body.append(
                section(
                    summary.text(.followUpHeading),
                    [
                        "<p>\(e(followUp.intro))</p>",
                        followUp.lines.isEmpty
                            ? ""
                            : "<ul>" + followUp.lines.map { "<li>\(e($0))</li>" }.joined() + "</ul>",
                    ]))
        }

        let sectorPathways =
            summary.sectorPathways.map { sectors in
                [
                    "<h3>\(e(sectors.heading))</h3>",
                    table(header: sectors.header, rows: sectors.rows, numeric: true),
                ]
            } ?? []
        body.append(
            section(
                summary.text(.effectHeading),
                [
                    "<h3>\(e(summary.text(.effectBySector)))</h3>",
                    table(
                        header: summary.effectBySectorHeader, rows: summary.effectBySectorRows, numeric: true,
                        lastRowIsTotal: true),
                ] + sectorPathways + [
                    "<h3>\(e(summary.text(.effectByMeasure)))</h3>",
                    table(
                        header: summary.effectByMeasureHeader, rows: summary.effectByMeasureRows, numeric: true,
                        textColumns: 2, lastRowIsTotal: true),
                ]))

        var measures = ["<p>\(e(summary.text(.measuresIntro)))</p>"]
        for group in summary.measureGroups {
            measures.append("<h3>\(e(group.heading))</h3>")
            measures.append(
                table(
                    header: summary.measureHeader(group.kind), rows: group.rows, numeric: false,
                    highlight: summary.text(.noReporter)))
        }
        body.append(section(summary.text(.measuresHeading), measures))

        if let money = summary.moneySection {
            var parts = [
                "<p>\(e(summary.text(.moneyIntro)))</p>",
                table(
                    header: money.header, rows: money.rows, numeric: true, textColumns: 2,
                    rowClasses: Dictionary(uniqueKeysWithValues: money.totalRows.map { ($0, "total") })),
            ]
            parts += money.notes.map { "<p class=\"note\">\(e($0))</p>" }
            if let changes = money.changes {
                parts.append("<h3>\(e(changes.heading))</h3>")
                parts.append(table(header: changes.header, rows: changes.rows, numeric: true, lastRowIsTotal: true))
                parts += money.changesNotes.map { "<p class=\"note\">\(e($0))</p>" }
            }
            if !money.costRows.isEmpty {
                parts.append("<h3>\(e(summary.text(.costHeading)))</h3>")
                parts.append("<p>\(e(summary.text(.costIntro)))</p>")
                parts.append(table(header: money.costHeader, rows: money.costRows, numeric: true, textColumns: 2))
                parts.append("<p class=\"note\">\(e(summary.text(.costCounted)))</p>")
            }
            body.append(section(summary.text(.moneyHeading), parts))
        }

        let findings = summary.findingLines
        body.append(
            section(
                summary.text(.findingsHeading),
                findings.isEmpty
                    ? ["<p>\(e(summary.text(.findingsNone)))</p>"]
                    : [
                        "<p>\(e(summary.text(.findingsIntro)))</p>",
                        "<ul class=\"findings\">" + findings.map { "<li>\(e($0))</li>" }.joined() + "</ul>",
                    ]))

        let status = summary.statusSection
        var statusParts = ["<p>\(e(status.intro))</p>"]
        if !status.counts.isEmpty {
            statusParts.append(
                table(
                    header: [summary.text(.columnStatus), summary.text(.columnCount)], rows: status.counts,
                    numeric: true))
        }
        if let overdueIntro = status.overdueIntro { statusParts.append("<p>\(e(overdueIntro))</p>") }
        if !status.overdue.isEmpty {
            statusParts.append(
                "<ul class=\"findings\">" + status.overdue.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
        }
        body.append(section(summary.text(.statusHeading), statusParts))

        body.append(section(summary.text(.cumulativeHeading), ["<p>\(e(summary.cumulativeSentence))</p>"]))
        if let carbon = summary.carbonBudgetSection {
            var parts = carbon.paragraphs.map { "<p>\(e($0))</p>" }
            if let intro = carbon.pathwaysIntro { parts.append("<p>\(e(intro))</p>") }
            if !carbon.pathways.isEmpty {
                parts.append("<ul class=\"findings\">" + carbon.pathways.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
            }
            body.append(section(summary.text(.carbonHeading), parts))
        }
        body.append("<footer><p>\(e(summary.text(.generatedBy)))</p></footer>")

        return """
            <!DOCTYPE html>
            <html lang="\(summary.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    /// The style sheet: readable on screen, and on A4 paper with repeated table headers and no split rows.
    static let css = """
        @page { size: A4; margin: 18mm 16mm 18mm 16mm; }
        :root { color: #1a1a1a; background: #ffffff; }
        body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.45; margin: 0; }
        main { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
        h1, h2, h3, .kicker, table, figcaption, footer, .note { font-family: Helvetica, Arial, sans-serif; }
        h1 { font-size: 20pt; margin: 0 0 0.6em; line-height: 1.2; }
        h2 { font-size: 14pt; margin: 1.6em 0 0.5em; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.15em; }
        h3 { font-size: 11.5pt; margin: 1.2em 0 0.4em; }
        .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 9pt; color: #555555; margin: 0 0 0.3em; }
        .headline { font-size: 13pt; border-left: 4px solid #b0413e; padding: 0.3em 0 0.3em 0.8em; margin: 0.8em 0 1.2em; }
        table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 0.4em 0 0.8em; }
        caption { caption-side: bottom; text-align: left; font-size: 8.5pt; color: #555555; padding-top: 0.4em; }
        th, td { padding: 0.25em 0.45em; border-bottom: 1px solid #cccccc; vertical-align: top; text-align: left; }
        thead th { border-bottom: 1.5px solid #1a1a1a; }
        td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr.change td { color: #555555; font-size: 8.5pt; }
        tr.change td:first-child, tr.range td:first-child { padding-left: 1.4em; }
        tr.range td { font-style: italic; }
        tr.total td { font-weight: bold; border-top: 1.5px solid #1a1a1a; }
        td.open { font-style: italic; color: #b0413e; white-space: nowrap; }
        figure { margin: 0.6em 0; }
        figure svg { width: 100%; height: auto; display: block; }
        figcaption { font-size: 8.5pt; color: #555555; margin-top: 0.3em; }
        .note { font-size: 9pt; color: #555555; margin: 0.2em 0; }
        ul.findings { padding-left: 1.2em; }
        footer { margin-top: 2em; font-size: 8pt; color: #777777; }
        @media print {
          main { max-width: none; margin: 0; padding: 0; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          tr, figure, .headline, li { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
        }
        """

    private static func section(_ heading: String, _ parts: [String]) -> String {
        "<section>\n<h2>\(e(heading))</h2>\n" + parts.filter { !$0.isEmpty }.joined(separator: "\n") + "\n</section>"
    }

    /// A table; with `numeric`, every column after the text columns is right-aligned.
    private static func table(
        header: [String], rows: [[String]], numeric: Bool, textColumns: Int = 1, rowClasses: [Int: String] = [:],
        lastRowIsTotal: Bool = false, highlight: String? = nil, caption: String? = nil
    ) -> String {
        func cellClass(_ column: Int, _ text: String) -> String {
            if let highlight, text == highlight { return " class=\"open\"" }
            return numeric && column >= textColumns ? " class=\"num\"" : ""
        }
        var html = "<table>"
        if let caption { html += "<caption>\(e(caption))</caption>" }
        html +=
            "<thead><tr>"
            + header.enumerated().map { "<th scope=\"col\"\(cellClass($0.offset, ""))>\(e($0.element))</th>" }.joined()
            + "</tr></thead><tbody>"
        for (index, row) in rows.enumerated() {
            var classes = rowClasses[index].map { [$0] } ?? []
            if lastRowIsTotal && index == rows.count - 1 { classes.append("total") }
            let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
            html +=
                "<tr\(attribute)>"
                + row.enumerated().map { "<td\(cellClass($0.offset, $0.element))>\(e($0.element))</td>" }.joined()
                + "</tr>"
        }
        return html + "</tbody></table>"
    }

    private static func e(_ text: String) -> String {
        Markup.escape(text)
    }
}
