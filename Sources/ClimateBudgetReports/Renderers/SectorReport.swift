import ClimateBudget
import ClimateBudgetFiles

/// `gap --by-sector`: per sector the reference, the effect of its measures, the measure pathway, its share of the
/// total and its target where the budget sets one, after the effect of the measures by sector.
///
/// The tables per sector need sector figures in the reference (sector columns in `Data/reference.csv`); a budget
/// that publishes totals only (Trondheim) gets the effect by sector and a note saying what would give the rest.
public enum SectorReport {
    /// The sector part of `gap`'s output in text or Markdown; empty for CSV and JSON, whose sector tables are
    /// part of the main rendering. `withheld` says whether the figures per sector are withheld.
    public static func render(_ budget: Budget, format: GapReport.Format, withheld: Bool, language: Language = .en)
        -> String
    {
        guard format == .text || format == .markdown else { return "" }
        func text(_ key: GapText, _ values: [String: String] = [:]) -> String { key.format(language, values) }
        let markdown = format == .markdown
        guard !withheld else { return "\n" + (markdown ? "- " : "") + text(.sectorsWithheld) + "\n" }
        var parts: [String] = []
        let period = budget.settings.period
        let breakdown = MeasureEffects.breakdown(of: budget)
        let header = [text(.sectorEffectHeading)] + period.years.map(String.init) + [text(.sectorSum)]
        var rows = breakdown.map { sector, effect in
            [sector.map { $0.name(in: language.rawValue) } ?? text(.sectorUnknown)]
                + period.years.map { NumberFormat.tonnes(effect[$0] ?? 0) }
                + [NumberFormat.tonnes(period.years.reduce(0) { $0 + (effect[$1] ?? 0) })]
        }
        let total = MeasureEffects.total(of: budget.measures)
        rows.append(
            [text(.sectorTotal)] + period.years.map { NumberFormat.tonnes(total[$0] ?? 0) }
                + [NumberFormat.tonnes(period.years.reduce(0) { $0 + (total[$1] ?? 0) })])
        parts.append(table(header: header, rows: rows, markdown: markdown))

        let tables = EmissionBudgetTable.computeBySector(for: budget)
        if tables.isEmpty {
            parts.append(
                (markdown ? "- " : "")
                    + text(.sectorNoTables, ["reference": budget.files.reference, "sectors": budget.files.sectors])
                    + "\n")
            return "\n" + parts.joined(separator: "\n")
        }
        let shown = ShownYears(for: budget).table
        let totals = EmissionBudgetTable.compute(for: budget).showing(shown)
        for (sector, full) in tables {
            let sectorTable = full.showing(shown)
            let labels = EmissionBudgetRows.Labels(
                reference: text(.rowReference),
                change: "  " + text(.rowChange, ["baseYear": String(sectorTable.baseYear)]),
                effect: text(.rowEffect), measurePathway: text(.rowMeasurePathway), target: text(.sectorTarget),
                gap: text(.sectorGap), gapPoints: "  " + text(.rowGapPoints))
            var lines = EmissionBudgetRows.rows(
                sectorTable, labels: labels, tonnes: { NumberFormat.tonnes($0) }, percent: NumberFormat.percent,
                points: NumberFormat.points)
            // A sector without a target of its own has no target or gap rows to show.
            if sectorTable.rows.allSatisfy({ $0.target == nil }),
                let first = lines.firstIndex(where: { $0.first == labels.target })
            {
                lines.removeSubrange(first..<min(first + 4, lines.count))
            }
            lines.append(
                [text(.sectorShare)]
                    + sectorTable.rows.map { row in
                        guard let value = row.reference, let all = totals.row(row.year)?.reference,
                            let share = PercentChange.share(value, of: all)
                        else { return "" }
                        return NumberFormat.percent(share)
                    })
            if markdown { lines = lines.map { [$0[0].trimmingWhitespace()] + $0.dropFirst() } }
            let name = sector.name(in: language.rawValue)
            let title = markdown ? "#### \(name)\n\n" : "\(name)\n\n"
            parts.append(
                title
                    + table(header: [""] + sectorTable.rows.map { String($0.year) }, rows: lines, markdown: markdown))
        }
        return "\n" + parts.joined(separator: "\n")
    }

    /// A table ending in one line break, in either rendering.
    private static func table(header: [String], rows: [[String]], markdown: Bool) -> String {
        var text =
            markdown
            ? MarkdownTable(header: header, rows: rows, rightAligned: Set(1..<header.count)).rendered()
            : TextTable(header: header, rows: rows).rendered()
        while text.hasSuffix("\n") { text.removeLast() }
        return text + "\n"
    }
}
