import ClimateBudget
import Foundation

/// Writes the council summary as Markdown for a wiki or a pull request, with the same content as the HTML;
/// the chart is an SVG file beside it, linked by its file name.
public enum SummaryMarkdown {
    /// The document; `chartFile` is the chart's file name relative to the Markdown file.
    public static func render(_ summary: CouncilSummary, chartFile: String) -> String {
        let years = summary.tableYears.map(String.init)
        var parts: [String] = []
        parts.append("# " + m(summary.text(.documentTitle, ["budget": summary.budget.settings.name])))
        parts.append("*" + m(summary.budget.settings.municipality) + "*")
        parts.append("> " + m(summary.headline))

        parts.append("## " + m(summary.text(.tableHeading, ["period": summary.period])))
        parts.append(
            MarkdownTable(header: [""] + years, rows: summary.tableRows, rightAligned: Set(1...years.count)).rendered()
                + "\n" + m(summary.text(.tableCaption, ["baseYear": String(summary.table.baseYear)])))
        parts.append(contentsOf: summary.tableNotes.map(m))

        parts.append("## " + m(summary.text(.chartHeading)))
        parts.append("![\(m(summary.chartDescription))](\(chartFile.replacingOccurrences(of: " ", with: "%20")))")
        parts.append(m(summary.chartCaption))

        if let followUp = summary.followUp {
            parts.append("## " + m(summary.text(.followUpHeading)))
            parts.append(m(followUp.intro))
            if !followUp.lines.isEmpty { parts.append(followUp.lines.map { "- " + m($0) }.joined(separator: "\n")) }
        }

        parts.append("## " + m(summary.text(.effectHeading)))
        parts.append("### " + m(summary.text(.effectBySector)))
        let sectorHeader = summary.effectBySectorHeader
        parts.append(
            MarkdownTable(
                header: sectorHeader, rows: summary.effectBySectorRows, rightAligned: Set(1..<sectorHeader.count)
            ).rendered())
        if let sectors = summary.sectorPathways {
            parts.append("### " + m(sectors.heading))
            parts.append(
                MarkdownTable(header: sectors.header, rows: sectors.rows, rightAligned: Set(1..<sectors.header.count))
                    .rendered())
        }
        parts.append("### " + m(summary.text(.effectByMeasure)))
        let measureHeader = summary.effectByMeasureHeader
        parts.append(
            MarkdownTable(
                header: measureHeader, rows: summary.effectByMeasureRows,
                rightAligned: Set([0] + Array(2..<measureHeader.count))
            ).rendered())

        parts.append("## " + m(summary.text(.measuresHeading)))
        parts.append(m(summary.text(.measuresIntro)))
        for group in summary.measureGroups {
            parts.append("### " + m(group.heading))
            parts.append(
                MarkdownTable(header: summary.measureHeader(group.kind), rows: group.rows, rightAligned: [0]).rendered()
            )
        }

        if let money = summary.moneySection {
            parts.append("## " + m(summary.text(.moneyHeading)))
            parts.append(m(summary.text(.moneyIntro)))
            parts.append(
                MarkdownTable(header: money.header, rows: money.rows, rightAligned: Set(2..<money.header.count))
                    .rendered())
            parts.append(contentsOf: money.notes.map(m))
            if let changes = money.changes {
                parts.append("### " + m(changes.heading))
                parts.append(
                    MarkdownTable(
                        header: changes.header, rows: changes.rows, rightAligned: Set(1..<changes.header.count)
                    )
                    .rendered())
                parts.append(contentsOf: money.changesNotes.map(m))
            }
            if !money.costRows.isEmpty {
                parts.append("### " + m(summary.text(.costHeading)))
                parts.append(m(summary.text(.costIntro)))
                parts.append(
                    MarkdownTable(
                        header: money.costHeader, rows: money.costRows, rightAligned: Set(2..<money.costHeader.count)
                    ).rendered())
                parts.append(m(summary.text(.costCounted)))
            }
        }

        parts.append("## " + m(summary.text(.findingsHeading)))
        let findings = summary.findingLines
        if findings.isEmpty {
            parts.append(m(summary.text(.findingsNone)))
        } else {
            parts.append(m(summary.text(.findingsIntro)))
            parts.append(findings.map { "- " + m($0) }.joined(separator: "\n"))
        }

        parts.append("## " + m(summary.text(.statusHeading)))
        let status = summary.statusSection
        parts.append(m(status.intro))
        if !status.counts.isEmpty {
            parts.append(
                MarkdownTable(
                    header: [summary.text(.columnStatus), summary.text(.columnCount)], rows: status.counts,
                    rightAligned: [1]
                ).rendered())
        }
        if let overdueIntro = status.overdueIntro { parts.append(m(overdueIntro)) }
        if !status.overdue.isEmpty { parts.append(status.overdue.map { "- " + m($0) }.joined(separator: "\n")) }

        parts.append("## " + m(summary.text(.cumulativeHeading)))
        parts.append(m(summary.cumulativeSentence))
        if let carbon = summary.carbonBudgetSection {
            parts.append("## " + m(summary.text(.carbonHeading)))
            parts.append(contentsOf: carbon.paragraphs.map(m))
            if let intro = carbon.pathwaysIntro { parts.append(m(intro)) }
            if !carbon.pathways.isEmpty { parts.append(carbon.pathways.map { "- " + m($0) }.joined(separator: "\n")) }
        }
        parts.append("---\n\n*" + m(summary.text(.generatedBy)) + "*")
        return parts.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
    }

    private static func m(_ text: String) -> String {
        Markup.escapeMarkdown(text)
    }
}
