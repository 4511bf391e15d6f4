import ClimateBudget

/// Renders a ``BudgetDiff`` as text, as Markdown for a pull-request comment or CI step summary, or as JSON.
public enum DiffReport {
    /// The diff in a format (CSV falls back to text).
    public static func render(_ diff: BudgetDiff, format: OutputFormat) -> String {
        switch format {
        case .markdown: markdown(diff)
        case .json: json(diff).rendered()
        case .text, .csv: text(diff)
        }
    }

    static let yearHeader = ["Year", "Reference", "Target", "Measure pathway", "Gap"]

    static func yearRows(_ diff: BudgetDiff) -> [[String]] {
        diff.years.map { year in
            [String(year.year), figure(year.reference), figure(year.target), figure(year.measurePathway), figure(year.gap)]
        }
    }

    static func text(_ diff: BudgetDiff) -> String {
        guard !diff.isEmpty else { return "No changes.\n" }
        var lines: [String] = []
        if let period = diff.period { lines.append("Period: \(period.old) → \(period.new)") }
        lines.append(contentsOf: diff.dataChanges.map(describe))
        lines.append("Measures: \(diff.added.count) added, \(diff.removed.count) removed, \(diff.changed.count) changed.")
        for measure in diff.added { lines.append("+ \(measure.id) \(oneLine(measure.title))\(effectSummary(measure))") }
        for measure in diff.removed { lines.append("- \(measure.id) \(oneLine(measure.title))\(effectSummary(measure))") }
        for change in diff.changed {
            lines.append("~ \(change.id) \(oneLine(change.title)): " + change.fields.map(describe).joined(separator: "; "))
        }
        if diff.figuresWithheld { lines.append("\n" + withheld) }
        if !diff.years.isEmpty {
            lines.append("")
            lines.append(TextTable(header: yearHeader, rows: yearRows(diff)).rendered())
        }
        if !diff.years.isEmpty || diff.period != nil { lines.append(contentsOf: totalLines(diff)) }
        return lines.joined(separator: "\n") + "\n"
    }

    static let withheld = "The yearly figures are not compared: a budget has errors that would make them wrong (run 'climate-budget validate')."

    static func markdown(_ diff: BudgetDiff) -> String {
        guard !diff.isEmpty else { return "### Climate budget: no changes\n" }
        var parts = ["### Climate budget changes"]
        if !diff.years.isEmpty || diff.period != nil { parts.append(contentsOf: totalLines(diff).map { "**\($0)**" }) }
        if diff.figuresWithheld { parts.append("**" + withheld + "**") }
        if let period = diff.period { parts.append("Period: \(period.old) → \(period.new).") }
        if !diff.dataChanges.isEmpty { parts.append(diff.dataChanges.map { "- " + Markup.escapeMarkdown(describe($0)) }.joined(separator: "\n")) }
        if !diff.years.isEmpty {
            parts.append(MarkdownTable(header: yearHeader, rows: yearRows(diff), rightAligned: [1, 2, 3, 4]).rendered())
        }
        parts.append("Measures: \(diff.added.count) added, \(diff.removed.count) removed, \(diff.changed.count) changed.")
        var items: [String] = []
        for measure in diff.added { items.append("- **Added** \(measure.id) \(Markup.escapeMarkdown(measure.title))\(effectSummary(measure))") }
        for measure in diff.removed { items.append("- **Removed** \(measure.id) \(Markup.escapeMarkdown(measure.title))\(effectSummary(measure))") }
        for change in diff.changed {
            items.append("- **Changed** \(change.id) \(Markup.escapeMarkdown(change.title)): "
                + change.fields.map { Markup.escapeMarkdown(describe($0)) }.joined(separator: "; "))
        }
        if !items.isEmpty { parts.append(items.joined(separator: "\n")) }
        return parts.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
    }

    /// The JSON form: measures added, removed and changed, the yearly figures, and the total gap change.
    public static func json(_ diff: BudgetDiff) -> JSONOutput {
        func measure(_ measure: Measure) -> JSONOutput {
            .object([("id", .integer(measure.id)), ("title", .string(measure.title)), ("kind", .string(measure.kind.rawValue)),
                     ("file", .string(measure.file))])
        }
        func change(_ figure: FigureChange) -> JSONOutput {
            .object([("old", .number(figure.old)), ("new", .number(figure.new)), ("change", .number(figure.delta))])
        }
        return .object([
            ("changed", .bool(!diff.isEmpty)),
            ("period", diff.period.map { .object([("old", .string($0.old.description)), ("new", .string($0.new.description))]) } ?? .null),
            ("added", .array(diff.added.map(measure))),
            ("removed", .array(diff.removed.map(measure))),
            ("changedMeasures", .array(diff.changed.map { change in
                .object([("id", .integer(change.id)), ("title", .string(change.title)), ("file", .string(change.file)),
                         ("changes", .array(change.fields.map(fieldJSON)))])
            })),
            ("years", .array(diff.years.map { year in
                .object([("year", .integer(year.year)), ("reference", change(year.reference)), ("target", change(year.target)),
                         ("measurePathway", change(year.measurePathway)), ("gap", change(year.gap))])
            })),
            ("totalGapChange", .number(diff.totalGapChange)),
            ("yearsCompared", .array(diff.yearsCompared.map { .integer($0) })),
            ("cumulativeGap", change(diff.cumulativeGap)),
            ("figuresWithheld", .bool(diff.figuresWithheld)),
            ("dataChanges", .array(diff.dataChanges.map { .string(describe($0)) })),
        ])
    }

    private static func fieldJSON(_ field: FieldChange) -> JSONOutput {
        func strings(_ list: [String]) -> JSONOutput { .array(list.map { .string($0) }) }
        return switch field {
        case .title(let old, let new): .object([("field", .string("title")), ("old", .string(old)), ("new", .string(new))])
        case .kind(let old, let new): .object([("field", .string("kind")), ("old", .string(old.rawValue)), ("new", .string(new.rawValue))])
        case .sector(let old, let new): .object([("field", .string("sector")), ("old", .string(old)), ("new", .string(new))])
        case .implementers(let old, let new): .object([("field", .string("implementers")), ("old", strings(old)), ("new", strings(new))])
        case .reporter(let old, let new): .object([("field", .string("reporter")), ("old", .string(old)), ("new", .string(new))])
        case .effect(let year, let old, let new):
            .object([("field", .string("effect")), ("year", .integer(year)), ("old", .number(old)), ("new", .number(new))])
        case .goals(let old, let new): .object([("field", .string("goals")), ("old", strings(old)), ("new", strings(new))])
        case .printedResponsibility(let old, let new): .object([("field", .string("printedResponsibility")), ("old", .string(old)), ("new", .string(new))])
        case .description: .object([("field", .string("description"))])
        case .status(let old, let new): .object([("field", .string("status")), ("old", .string(old)), ("new", .string(new))])
        }
    }

    /// A change to the budget's data in words.
    static func describe(_ change: DataChange) -> String {
        switch change {
        case .name(let old, let new): "Name: \"\(old)\" → \"\(new)\""
        case .reportingPeriod(let old, let new): "Reporting period due: \(old?.description ?? "(none)") → \(new?.description ?? "(none)")"
        case .register(let name): "The \(name) changed."
        }
    }

    /// One field change in words: "effect 2024: 500 → 700".
    static func describe(_ field: FieldChange) -> String {
        func value(_ text: String?) -> String { text ?? "(none)" }
        func tonnes(_ number: Double?) -> String { number.map { NumberFormat.tonnes($0) } ?? "(none)" }
        return switch field {
        case .title(let old, let new): "title \"\(oneLine(old))\" → \"\(oneLine(new))\""
        case .kind(let old, let new): "kind \(old.rawValue) → \(new.rawValue)"
        case .sector(let old, let new): "sector \(value(old)) → \(value(new))"
        case .implementers(let old, let new): "implementers \(old.joined(separator: ", ")) → \(new.joined(separator: ", "))"
        case .reporter(let old, let new): "reporter \(value(old)) → \(value(new))"
        case .effect(let year, let old, let new): "effect \(year): \(tonnes(old)) → \(tonnes(new))"
        case .goals(let old, let new): "goals \(old.joined(separator: ", ")) → \(new.joined(separator: ", "))"
        case .printedResponsibility(let old, let new): "responsibility as printed \"\(old)\" → \"\(new)\""
        case .description: "description changed"
        case .status(let old, let new): "latest status \(value(old)) → \(value(new))"
        }
    }

    private static func effectSummary(_ measure: Measure) -> String {
        guard measure.kind == .quantified, !measure.effect.isEmpty else { return " (\(measure.kind.rawValue))" }
        let years = measure.effect.keys.sorted().map { "\($0): \(NumberFormat.tonnes(measure.effect[$0]!))" }
        return " (quantified, effect " + years.joined(separator: ", ") + ")"
    }

    /// A title on one line, for text tables and lists.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// A table cell: the new figure and, where it changed, the change in brackets: "394 182 (-500)".
    static func figure(_ change: FigureChange) -> String {
        switch (change.old, change.new) {
        case (nil, nil): return ""
        case (let old?, nil): return "\(NumberFormat.tonnes(old)) → (none)"
        case (nil, let new?): return "(none) → \(NumberFormat.tonnes(new))"
        case (let old?, let new?):
            if old == new { return NumberFormat.tonnes(new) }
            let delta = new - old
            return "\(NumberFormat.tonnes(new)) (\(delta > 0 ? "+" : "")\(NumberFormat.tonnes(delta)))"
        }
    }

    /// The total change in the gap; when the period moved, over the years both budgets cover, and the
    /// cumulative gap of each budget's own period beside it, so a new year's gap is not hidden.
    private static func totalLines(_ diff: BudgetDiff) -> [String] {
        let total = diff.totalGapChange
        let sign = total > 0 ? "+" : ""
        let meaning = total > 0 ? "more cuts are needed" : total < 0 ? "fewer cuts are needed" : "the gap is unchanged"
        let compared = diff.yearsCompared
        var lines: [String] = []
        if diff.period == nil {
            lines.append("Total change in the gap: \(sign)\(NumberFormat.tonnes(total)) tonnes (\(meaning)).")
        } else if let first = compared.first, let last = compared.last {
            let years = first == last ? String(first) : "\(first)-\(last)"
            lines.append("Total change in the gap in the years both periods cover (\(years)): \(sign)\(NumberFormat.tonnes(total)) tonnes (\(meaning)).")
        }
        if let period = diff.period, let old = diff.cumulativeGap.old, let new = diff.cumulativeGap.new {
            lines.append("Cumulative gap over the period: \(NumberFormat.tonnes(old)) (\(period.old)) → \(NumberFormat.tonnes(new)) (\(period.new)).")
        }
        return lines
    }
}
