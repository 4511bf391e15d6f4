import ClimateBudget
import ClimateBudgetFiles

/// Renders what differs between two budgets as text, as Markdown for a pull-request comment or CI step
/// summary, or as JSON: the files' differences, the measures, and the yearly figures or why they are withheld.
public enum DiffReport {
    /// The formats a diff is written in; `diff --format` offers exactly these.
    public enum Format: String, CaseIterable, Sendable {
        /// Lines for a person at a terminal.
        case text
        /// Markdown for a pull-request comment or a CI step summary.
        case markdown
        /// JSON for scripts, documented in the README.
        case json
    }

    /// A comparison of two budget folders in a format.
    public static func render(_ comparison: BudgetComparison, format: Format) -> String {
        switch format {
        case .markdown: markdown(comparison)
        case .json: json(comparison).rendered()
        case .text: text(comparison)
        }
    }

    /// A diff of two loaded budgets (as `import` shows it) in a format.
    public static func render(_ diff: BudgetDiff, format: Format) -> String {
        render(
            BudgetComparison(files: [], added: diff.added, removed: diff.removed, changed: diff.changed, figures: diff),
            format: format)
    }

    static let yearHeader = ["Year", "Reference", "Target", "Measure pathway", "Gap"]

    static func yearRows(_ diff: BudgetDiff) -> [[String]] {
        diff.years.map { year in
            [
                String(year.year), figure(year.reference), figure(year.target), figure(year.measurePathway),
                figure(year.gap),
            ]
        }
    }

    /// Whether there is nothing to report but "no changes" (and why figures are withheld, if they are).
    private static func noChanges(_ comparison: BudgetComparison) -> Bool {
        comparison.isEmpty && (comparison.figures?.isEmpty ?? true)
    }

    /// The yearly figures that differ, when there are any to show.
    private static func shownYears(_ comparison: BudgetComparison) -> BudgetDiff? {
        comparison.figures.flatMap { $0.years.isEmpty ? nil : $0 }
    }

    /// Whether to show the total change in the gap.
    private static func showsTotal(_ comparison: BudgetComparison) -> Bool {
        guard let figures = comparison.figures else { return false }
        return !figures.years.isEmpty || figures.period != nil
    }

    static func text(_ comparison: BudgetComparison) -> String {
        var lines: [String] = []
        if noChanges(comparison) {
            lines.append("No changes.")
        } else {
            lines.append(contentsOf: comparison.files.map { "\($0.file): \(describe($0.change))" })
            lines.append(
                "Measures: \(comparison.added.count) added, \(comparison.removed.count) removed, \(comparison.changed.count) changed."
            )
            for measure in comparison.added {
                lines.append("+ \(measure.id) \(oneLine(measure.title))\(effectSummary(measure))")
            }
            for measure in comparison.removed {
                lines.append("- \(measure.id) \(oneLine(measure.title))\(effectSummary(measure))")
            }
            for change in comparison.changed {
                lines.append(
                    "~ \(change.id) \(oneLine(change.title)): " + change.fields.map(describe).joined(separator: "; "))
            }
            if let financing = comparison.financing {
                lines.append(financingCount(financing))
                lines.append(contentsOf: financing.changed.map { financingLine($0, years: financing.years) })
            }
        }
        if !comparison.withheld.isEmpty {
            lines.append("\n" + withheldHeading(comparison))
            for reason in comparison.withheld {
                lines.append(withheldReason(reason) + ":")
                lines.append(contentsOf: reason.errors.map { "  " + $0 })
                lines.append(withheldAdvice(reason))
            }
        }
        if let figures = shownYears(comparison) {
            lines.append("")
            lines.append(TextTable(header: yearHeader, rows: yearRows(figures)).rendered())
        }
        if showsTotal(comparison), let figures = comparison.figures { lines.append(contentsOf: totalLines(figures)) }
        return lines.joined(separator: "\n") + "\n"
    }

    static let withheldHeading = "The yearly figures (reference, target, measure pathway and gap) are withheld:"

    /// The heading above the reasons: every yearly figure withheld, or (where both budgets load) those the
    /// errors reach, left out of the table.
    static func withheldHeading(_ comparison: BudgetComparison) -> String {
        comparison.figures == nil
            ? withheldHeading : "Some yearly figures are withheld, and left out of the table (\"(none)\"):"
    }

    /// Which budget cannot support the figures, and why: "NEW (../budget) has 1 error that would make them wrong".
    public static func withheldReason(_ reason: WithheldFigures) -> String {
        let count = reason.errors.count
        return reason.loads
            ? "\(reason.side.rawValue) (\(reason.folder)) has \(count) \(count == 1 ? "error" : "errors") that would make them wrong"
            : "\(reason.side.rawValue) (\(reason.folder)) does not load: \(count) \(count == 1 ? "problem" : "problems") in its files"
    }

    /// What to do about it.
    static func withheldAdvice(_ reason: WithheldFigures) -> String {
        "Run 'climate-budget validate --budget \(reason.folder)' to see every problem and what to do, then run diff again."
    }

    static func markdown(_ comparison: BudgetComparison) -> String {
        var parts: [String]
        if noChanges(comparison) {
            parts = ["### Climate budget: no changes"]
        } else {
            parts = ["### Climate budget changes"]
        }
        if showsTotal(comparison), let figures = comparison.figures {
            parts.append(contentsOf: totalLines(figures).map { "**\($0)**" })
        }
        if !comparison.withheld.isEmpty {
            parts.append("**" + withheldHeading(comparison) + "**")
            for reason in comparison.withheld {
                parts.append(Markup.escapeMarkdown(withheldReason(reason)) + ":")
                parts.append(reason.errors.map { "- " + Markup.escapeMarkdown($0) }.joined(separator: "\n"))
                parts.append(Markup.escapeMarkdown(withheldAdvice(reason)))
            }
        }
        guard !noChanges(comparison) else { return parts.joined(separator: "\n\n") + "\n" }
        if !comparison.files.isEmpty {
            parts.append(
                comparison.files.map { "- " + Markup.escapeMarkdown("\($0.file): \(describe($0.change))") }.joined(
                    separator: "\n"))
        }
        if let figures = shownYears(comparison) {
            parts.append(
                MarkdownTable(header: yearHeader, rows: yearRows(figures), rightAligned: [1, 2, 3, 4]).rendered())
        }
        parts.append(
            "Measures: \(comparison.added.count) added, \(comparison.removed.count) removed, \(comparison.changed.count) changed."
        )
        var items: [String] = []
        for measure in comparison.added {
            items.append("- **Added** \(measure.id) \(Markup.escapeMarkdown(measure.title))\(effectSummary(measure))")
        }
        for measure in comparison.removed {
            items.append("- **Removed** \(measure.id) \(Markup.escapeMarkdown(measure.title))\(effectSummary(measure))")
        }
        for change in comparison.changed {
            items.append(
                "- **Changed** \(change.id) \(Markup.escapeMarkdown(change.title)): "
                    + change.fields.map { Markup.escapeMarkdown(describe($0)) }.joined(separator: "; "))
        }
        if !items.isEmpty { parts.append(items.joined(separator: "\n")) }
        if let financing = comparison.financing {
            parts.append(financingCount(financing))
            parts.append(
                financing.changed.map { "- " + Markup.escapeMarkdown(financingLine($0, years: financing.years)) }
                    .joined(separator: "\n"))
        }
        return parts.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
    }

    /// The JSON form: the files' differences, the measures added, removed and changed, whether and why the
    /// figures are withheld, and otherwise the yearly figures and the total gap change.
    public static func json(_ comparison: BudgetComparison) -> JSONOutput {
        let figures = comparison.figures
        var financing: [(String, JSONOutput)] = []
        if let diff = comparison.financing {
            financing.append(
                (
                    "financing",
                    .array(
                        diff.changed.map { line in MoneyReport.lineChange(line, years: diff.years) })
                ))
        }
        return .object(financing.isEmpty ? members(comparison, figures) : members(comparison, figures) + financing)
    }

    private static func members(_ comparison: BudgetComparison, _ figures: BudgetDiff?) -> [(String, JSONOutput)] {
        func change(_ figure: FigureChange) -> JSONOutput {
            .object([("old", .number(figure.old)), ("new", .number(figure.new)), ("change", .number(figure.delta))])
        }
        func measure(_ measure: Measure) -> JSONOutput {
            .object([
                ("id", .integer(measure.id)), ("title", .string(measure.title)),
                ("kind", .string(measure.kind.rawValue)),
                ("file", .string(measure.file)),
            ])
        }
        return [
            ("changed", .bool(!noChanges(comparison))),
            ("files", .array(comparison.files.map(fileJSON))),
            ("added", .array(comparison.added.map(measure))),
            ("removed", .array(comparison.removed.map(measure))),
            (
                "changedMeasures",
                .array(
                    comparison.changed.map { change in
                        .object([
                            ("id", .integer(change.id)), ("title", .string(change.title)),
                            ("file", .string(change.file)),
                            ("changes", .array(change.fields.map(fieldJSON))),
                        ])
                    })
            ),
            ("figuresWithheld", .bool(figures == nil)),
            (
                "withheld",
                .array(
                    comparison.withheld.map { reason in
                        .object([
                            ("budget", .string(reason.side.rawValue)), ("folder", .string(reason.folder)),
                            ("loads", .bool(reason.loads)),
                            ("errors", .array(reason.errors.map { .string($0) })),
                        ])
                    })
            ),
            (
                "period",
                figures?.period.map {
                    .object([("old", .string($0.old.description)), ("new", .string($0.new.description))])
                } ?? .null
            ),
            (
                "years",
                .array(
                    (figures?.years ?? []).map { year in
                        .object([
                            ("year", .integer(year.year)), ("reference", change(year.reference)),
                            ("target", change(year.target)),
                            ("measurePathway", change(year.measurePathway)), ("gap", change(year.gap)),
                        ])
                    })
            ),
            ("totalGapChange", .number(figures?.totalGapChange)),
            ("yearsCompared", .array((figures?.yearsCompared ?? []).map { .integer($0) })),
            ("cumulativeGap", change(figures?.cumulativeGap ?? FigureChange(old: nil, new: nil))),
        ]
    }

    /// "Financing lines: 1 added, 0 removed, 2 changed."
    static func financingCount(_ diff: FinancingDiff) -> String {
        let lines = diff.changed
        let added = lines.filter { $0.old == nil }.count
        let removed = lines.filter { $0.new == nil }.count
        return "Financing lines: \(added) added, \(removed) removed, \(lines.count - added - removed) changed."
    }

    /// One line that differs: "~ klimamidler Klimamidler forvaltet av Miljøenheten: 2022 +1 MNOK; serviceArea".
    static func financingLine(_ line: FinancingDiff.Line, years: [Int]) -> String {
        let sign = line.old == nil ? "+" : line.new == nil ? "-" : "~"
        let changes = years.compactMap { year -> String? in
            let change = line.change(year)
            guard change != .zero else { return nil }
            return "\(year) \(change > .zero ? "+" : "")\(change) MNOK"
        }
        let details = (changes + line.changedFields).joined(separator: "; ")
        return "\(sign) \(line.id) \(line.name)" + (details.isEmpty ? "" : ": " + details)
    }

    /// One file difference as JSON: the file, the kind of change, where, the old and new values, and in words.
    private static func fileJSON(_ difference: FileDifference) -> JSONOutput {
        func cells(_ list: [LabelledCell]) -> JSONOutput { .object(list.map { ($0.label, cellJSON($0.value)) }) }
        let details: [(String, JSONOutput)] =
            switch difference.change {
            case .added: [("change", .string("file-added"))]
            case .removed: [("change", .string("file-removed"))]
            case .notComparable(let old, let new):
                [("change", .string("not-comparable")), ("old", .string(old)), ("new", .string(new))]
            case .field(let path, let old, let new):
                [
                    ("change", .string("field")), ("path", .string(path)), ("old", old.map(valueJSON) ?? .null),
                    ("new", new.map(valueJSON) ?? .null),
                ]
            case .columnAdded(let column, let list):
                [("change", .string("column-added")), ("column", .string(column)), ("cells", cells(list))]
            case .columnRemoved(let column, let list):
                [("change", .string("column-removed")), ("column", .string(column)), ("cells", cells(list))]
            case .rowAdded(let row, let list):
                [("change", .string("row-added")), ("row", .string(row)), ("cells", cells(list))]
            case .rowRemoved(let row, let list):
                [("change", .string("row-removed")), ("row", .string(row)), ("cells", cells(list))]
            case .cell(let row, let column, let old, let new):
                [
                    ("change", .string("cell")), ("row", .string(row)), ("column", .string(column)),
                    ("old", old.map(cellJSON) ?? .null), ("new", new.map(cellJSON) ?? .null),
                ]
            }
        return .object(
            [("file", .string(difference.file))] + details + [("text", .string(describe(difference.change)))])
    }

    private static func cellJSON(_ value: CellValue) -> JSONOutput {
        switch value {
        case .number(let number): .number(number)
        case .text(let text): .string(text)
        }
    }

    private static func valueJSON(_ value: JSONValue) -> JSONOutput {
        switch value {
        case .object(let members): .object(members.keys.sorted().map { ($0, members[$0].map(valueJSON) ?? .null) })
        case .array(let items): .array(items.map(valueJSON))
        case .string(let text): .string(text)
        case .number(let number): .number(number)
        case .bool(let flag): .bool(flag)
        case .null: .null
        }
    }

    /// One file difference in words, after the file's name: "row for 2019 removed (was total 424 456)",
    /// "2024 total 428 164 → 428 000", "period.end 2025 → 2026".
    static func describe(_ change: FileChange) -> String {
        func cell(_ value: CellValue?) -> String {
            switch value {
            case .number(let number)?: NumberFormat.exactTonnes(number)
            case .text(let text)?: "\"\(text)\""
            case nil: "(empty)"
            }
        }
        func cells(_ list: [LabelledCell]) -> String {
            list.isEmpty ? "empty" : list.map { "\($0.label) \(cell($0.value))" }.joined(separator: ", ")
        }
        switch change {
        case .added: return "file added"
        case .removed: return "file removed"
        case .notComparable(nil, nil): return "changed (not a JSON file, so it is compared as a whole)"
        case .notComparable(let old, let new):
            let reasons = [old.map { "OLD: \($0)" }, new.map { "NEW: \($0)" }].compactMap { $0 }.joined(separator: "; ")
            return "changed, but cannot be compared in detail, as it cannot be read in " + reasons
        case .field(let path, let old?, let new?):
            return "\(path.isEmpty ? "content" : path) \(old.compactText) → \(new.compactText)"
        case .field(let path, nil, let new?): return "\(path.isEmpty ? "item" : path) added: \(new.compactText)"
        case .field(let path, let old?, nil): return "\(path.isEmpty ? "item" : path) removed (was \(old.compactText))"
        case .field(let path, nil, nil): return "\(path) changed"
        case .columnAdded(let column, let list): return "column \"\(column)\" added (\(cells(list)))"
        case .columnRemoved(let column, let list): return "column \"\(column)\" removed (was \(cells(list)))"
        case .rowAdded(let row, let list): return "row for \(row) added (\(cells(list)))"
        case .rowRemoved(let row, let list): return "row for \(row) removed (was \(cells(list)))"
        case .cell(let row, let column, let old, let new): return "\(row) \(column) \(cell(old)) → \(cell(new))"
        }
    }

    private static func fieldJSON(_ field: FieldChange) -> JSONOutput {
        func strings(_ list: [String]) -> JSONOutput { .array(list.map { .string($0) }) }
        return switch field {
        case .id(let old, let new): .object([("field", .string("id")), ("old", .integer(old)), ("new", .integer(new))])
        case .file(let old, let new):
            .object([("field", .string("file")), ("old", .string(old)), ("new", .string(new))])
        case .title(let old, let new):
            .object([("field", .string("title")), ("old", .string(old)), ("new", .string(new))])
        case .kind(let old, let new):
            .object([("field", .string("kind")), ("old", .string(old.rawValue)), ("new", .string(new.rawValue))])
        case .sector(let old, let new):
            .object([("field", .string("sector")), ("old", .string(old)), ("new", .string(new))])
        case .implementers(let old, let new):
            .object([("field", .string("implementers")), ("old", strings(old)), ("new", strings(new))])
        case .reporter(let old, let new):
            .object([("field", .string("reporter")), ("old", .string(old)), ("new", .string(new))])
        case .effect(let year, let old, let new): yearJSON("effect", year, old, new)
        case .effectLow(let year, let old, let new): yearJSON("effectLow", year, old, new)
        case .effectHigh(let year, let old, let new): yearJSON("effectHigh", year, old, new)
        case .overlaps(let old, let new):
            .object([("field", .string("overlaps")), ("old", overlapsJSON(old)), ("new", overlapsJSON(new))])
        case .goals(let old, let new):
            .object([("field", .string("goals")), ("old", strings(old)), ("new", strings(new))])
        case .goalEvidence(let goals): .object([("field", .string("goalEvidence")), ("goals", strings(goals))])
        case .reporterLost(let old, let new):
            .object([("field", .string("reporterLost")), ("old", .bool(old)), ("new", .bool(new))])
        case .printedResponsibility(let old, let new):
            .object([("field", .string("printedResponsibility")), ("old", .string(old)), ("new", .string(new))])
        case .description: .object([("field", .string("description"))])
        case .status(let old, let new):
            .object([("field", .string("status")), ("old", .string(old)), ("new", .string(new))])
        }
    }

    private static func yearJSON(_ field: String, _ year: Int, _ old: Double?, _ new: Double?) -> JSONOutput {
        .object([("field", .string(field)), ("year", .integer(year)), ("old", .number(old)), ("new", .number(new))])
    }

    /// Overlaps as the measure file writes them: `{ "measure": 10, "share": 25 }` or `{ "measure": 9, "tonnes":
    /// { "2022": 100 } }`.
    private static func overlapsJSON(_ overlaps: [MeasureOverlap]) -> JSONOutput {
        .array(
            overlaps.map { overlap in
                switch overlap.amount {
                case .share(let percent):
                    .object([("measure", .integer(overlap.measure)), ("share", .number(percent))])
                case .tonnes(let tonnes):
                    .object([
                        ("measure", .integer(overlap.measure)),
                        ("tonnes", .object(tonnes.sorted { $0.key < $1.key }.map { (String($0), .number($1)) })),
                    ])
                }
            })
    }

    /// Overlaps in words: "measure 10 by 25 %; measure 9 by 100 t in 2022, 120 t in 2023", or "(none)".
    static func overlapsText(_ overlaps: [MeasureOverlap]) -> String {
        guard !overlaps.isEmpty else { return "(none)" }
        return overlaps.map { overlap in
            switch overlap.amount {
            case .share(let percent): "measure \(overlap.measure) by \(Tonnes.text(percent)) %"
            case .tonnes(let tonnes) where tonnes.isEmpty: "measure \(overlap.measure) by no tonnes"
            case .tonnes(let tonnes):
                "measure \(overlap.measure) by "
                    + tonnes.sorted { $0.key < $1.key }.map { "\(NumberFormat.exactTonnes($1)) t in \($0)" }
                    .joined(separator: ", ")
            }
        }.joined(separator: "; ")
    }

    /// One field change in words: "effect 2024: 500 → 700".
    static func describe(_ field: FieldChange) -> String {
        func value(_ text: String?) -> String { text ?? "(none)" }
        // An input is shown as typed (to the kilogram): 15 500 → 15 750.5 must not read 15 500 → 15 751.
        func tonnes(_ number: Double?) -> String { number.map { NumberFormat.exactTonnes($0) } ?? "(none)" }
        return switch field {
        case .id(let old, let new): "id \(old) → \(new)"
        case .file(let old, let new): "file \(old) → \(new)"
        case .title(let old, let new): "title \"\(oneLine(old))\" → \"\(oneLine(new))\""
        case .kind(let old, let new): "kind \(old.rawValue) → \(new.rawValue)"
        case .sector(let old, let new): "sector \(value(old)) → \(value(new))"
        case .implementers(let old, let new):
            "implementers \(old.joined(separator: ", ")) → \(new.joined(separator: ", "))"
        case .reporter(let old, let new): "reporter \(value(old)) → \(value(new))"
        case .effect(let year, let old, let new): "effect \(year): \(tonnes(old)) → \(tonnes(new))"
        case .effectLow(let year, let old, let new): "effectLow \(year): \(tonnes(old)) → \(tonnes(new))"
        case .effectHigh(let year, let old, let new): "effectHigh \(year): \(tonnes(old)) → \(tonnes(new))"
        case .overlaps(let old, let new): "overlaps \(overlapsText(old)) → \(overlapsText(new))"
        case .goals(let old, let new): "goals \(old.joined(separator: ", ")) → \(new.joined(separator: ", "))"
        case .goalEvidence(let goals): "source sentence for goal \(goals.joined(separator: ", ")) changed"
        case .reporterLost(_, let new):
            new
                ? "noted: the printed budget's reporter was lost in our text"
                : "no longer noted that the printed budget's reporter was lost in our text"
        case .printedResponsibility(let old, let new): "responsibility as printed \"\(old)\" → \"\(new)\""
        case .description: "description changed"
        case .status(let old, let new): "latest status \(value(old)) → \(value(new))"
        }
    }

    private static func effectSummary(_ measure: Measure) -> String {
        guard measure.kind == .quantified, !measure.effect.isEmpty else { return " (\(measure.kind.rawValue))" }
        let years = measure.effect.sorted { $0.key < $1.key }.map { "\($0.key): \(NumberFormat.exactTonnes($0.value))" }
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
    /// cumulative gap of each budget's own period beside it, so a new year's gap is not hidden. A year whose gap
    /// can no longer be computed (an emptied effect, a figure withheld) is left out of the total and said so,
    /// rather than counted as no change.
    private static func totalLines(_ diff: BudgetDiff) -> [String] {
        let total = diff.totalGapChange
        let sign = total > 0 ? "+" : ""
        let meaning = total > 0 ? "more cuts are needed" : total < 0 ? "fewer cuts are needed" : "the gap is unchanged"
        let compared = diff.yearsCompared
        let lost = diff.years.filter { $0.gap.old != nil && $0.gap.new == nil }.map(\.year)
        var lines: [String] = []
        if !lost.isEmpty {
            let names = lost.map(String.init)
            let listed =
                names.count == 1
                ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
            let noGap =
                "the gap of \(listed) can no longer be computed (\"(none)\" in the table): a figure it needs is "
                + "missing or withheld by an error"
            if compared.isEmpty {
                lines.append("Total change in the gap: not computed, since \(noGap).")
            } else {
                let years = compared.map(String.init).joined(separator: ", ")
                lines.append(
                    "Total change in the gap in the years that have a gap before and after (\(years)): \(sign)\(NumberFormat.tonnes(total)) tonnes (\(meaning)); \(noGap)."
                )
            }
        } else if diff.period == nil {
            lines.append("Total change in the gap: \(sign)\(NumberFormat.tonnes(total)) tonnes (\(meaning)).")
        } else if let first = compared.first, let last = compared.last {
            let years = first == last ? String(first) : "\(first)-\(last)"
            lines.append(
                "Total change in the gap in the years both periods cover (\(years)): \(sign)\(NumberFormat.tonnes(total)) tonnes (\(meaning))."
            )
        }
        if let period = diff.period, let old = diff.cumulativeGap.old, let new = diff.cumulativeGap.new {
            lines.append(
                "Cumulative gap over the period: \(NumberFormat.tonnes(old)) (\(period.old)) → \(NumberFormat.tonnes(new)) (\(period.new))."
            )
        }
        return lines
    }
}
