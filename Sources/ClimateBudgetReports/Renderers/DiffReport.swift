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

    static func text(_ diff: BudgetDiff) -> String {
        guard !diff.isEmpty else { return "No changes.\n" }
        var lines: [String] = []
        if let period = diff.period { lines.append("Period: \(period.old) → \(period.new)") }
        lines.append("Measures: \(diff.added.count) added, \(diff.removed.count) removed, \(diff.changed.count) changed.")
        for measure in diff.added { lines.append("+ \(measure.id) \(measure.title)\(effectSummary(measure))") }
        for measure in diff.removed { lines.append("- \(measure.id) \(measure.title)\(effectSummary(measure))") }
        for change in diff.changed {
            lines.append("~ \(change.id) \(change.title): " + change.fields.map(describe).joined(separator: "; "))
        }
        if !diff.years.isEmpty {
            lines.append("")
            let rows = diff.years.map { year in
                [String(year.year), figure(year.reference), figure(year.target), figure(year.measurePathway), figure(year.gap)]
            }
            lines.append(TextTable(header: ["Year", "Reference", "Target", "Measure pathway", "Gap"], rows: rows).rendered())
            lines.append(totalLine(diff))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdown(_ diff: BudgetDiff) -> String {
        guard !diff.isEmpty else { return "### Climate budget: no changes\n" }
        var parts = ["### Climate budget changes"]
        if !diff.years.isEmpty { parts.append("**" + totalLine(diff) + "**") }
        if let period = diff.period { parts.append("Period: \(period.old) → \(period.new).") }
        if !diff.years.isEmpty {
            let rows = diff.years.map { year in
                [String(year.year), figure(year.reference), figure(year.target), figure(year.measurePathway), figure(year.gap)]
            }
            parts.append(MarkdownTable(header: ["Year", "Reference", "Target", "Measure pathway", "Gap"], rows: rows, rightAligned: [1, 2, 3, 4]).rendered())
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
        case .description: .object([("field", .string("description"))])
        case .statusReports(let old, let new): .object([("field", .string("status")), ("old", .integer(old)), ("new", .integer(new))])
        }
    }

    /// One field change in words: "effect 2024: 500 -> 700".
    static func describe(_ field: FieldChange) -> String {
        func value(_ text: String?) -> String { text ?? "(none)" }
        func tonnes(_ number: Double?) -> String { number.map { NumberFormat.tonnes($0) } ?? "(none)" }
        return switch field {
        case .title(let old, let new): "title \"\(old)\" -> \"\(new)\""
        case .kind(let old, let new): "kind \(old.rawValue) → \(new.rawValue)"
        case .sector(let old, let new): "sector \(value(old)) → \(value(new))"
        case .implementers(let old, let new): "implementers \(old.joined(separator: ", ")) → \(new.joined(separator: ", "))"
        case .reporter(let old, let new): "reporter \(value(old)) → \(value(new))"
        case .effect(let year, let old, let new): "effect \(year): \(tonnes(old)) → \(tonnes(new))"
        case .goals(let old, let new): "goals \(old.joined(separator: ", ")) → \(new.joined(separator: ", "))"
        case .description: "description changed"
        case .statusReports(let old, let new): "status reports \(old) → \(new)"
        }
    }

    private static func effectSummary(_ measure: Measure) -> String {
        guard measure.kind == .quantified, !measure.effect.isEmpty else { return " (\(measure.kind.rawValue))" }
        let years = measure.effect.keys.sorted().map { "\($0): \(NumberFormat.tonnes(measure.effect[$0]!))" }
        return " (quantified, effect " + years.joined(separator: ", ") + ")"
    }

    /// "426 485 -> 426 485" style cell: the new figure and, where it changed, the change in brackets.
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

    private static func totalLine(_ diff: BudgetDiff) -> String {
        let total = diff.totalGapChange
        let sign = total > 0 ? "+" : ""
        let meaning = total > 0 ? "more cuts are needed" : total < 0 ? "fewer cuts are needed" : "the gap is unchanged"
        return "Total change in the gap: \(sign)\(NumberFormat.tonnes(total)) tonnes (\(meaning))."
    }
}
