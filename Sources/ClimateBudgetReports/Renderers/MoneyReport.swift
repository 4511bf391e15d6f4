import ClimateBudget
import ClimateBudgetFiles

/// The financing of the measures (Tabell 7-6), the changes against last year's budget (Tabell 7-7) and the cost
/// per tonne, as `climate-budget money` writes them: every sum and total computed from the lines, never copied; a
/// printed figure the arithmetic contradicts is marked and shown beside the computed one.
public enum MoneyReport {
    /// The formats `money --format` offers.
    public enum Format: String, CaseIterable, Sendable {
        /// Aligned tables for a person at a terminal.
        case text
        /// Markdown tables, for a pull request or a wiki.
        case markdown
        /// One row per line, total, change and cost, for a spreadsheet.
        case csv
        /// JSON for scripts, documented in the README.
        case json
    }

    /// What `money` shows of a budget, and of the earlier budget it is compared with.
    public struct Content: Sendable {
        /// The budget.
        public var budget: Budget
        /// The table computed from its lines.
        public var table: FinancingTable
        /// Every printed figure against the computed one.
        public var checks: [FinancingFigureCheck]
        /// The cost per tonne of the measures a line is tied to.
        public var costs: [CostPerTonne]
        /// The change from an earlier budget, line by line, when one is given.
        public var diff: FinancingDiff?
        /// How the earlier budget was named.
        public var against: String?

        /// The content of a budget, compared with an earlier one where given.
        public init(budget: Budget, against earlier: (budget: Budget, name: String)? = nil) {
            self.budget = budget
            self.table = FinancingTable.compute(for: budget)
            self.checks = FinancingFigureCheck.checks(budget)
            self.costs = CostPerTonne.compute(for: budget)
            self.diff = earlier.map { FinancingDiff.compare($0.budget, budget) }
            self.against = earlier?.name
        }

        /// The printed figures that differ from the computed ones.
        public var slips: [FinancingFigureCheck] { checks.filter { !$0.agrees } }

        /// The printed figure of a total in a year (or over the period) that differs from the computed one.
        func slip(_ subject: FinancingFigureCheck.Subject, year: Int?) -> FinancingFigureCheck? {
            slips.first { $0.subject == subject && $0.year == year }
        }
    }

    /// The content in a format.
    public static func render(_ content: Content, format: Format) -> String {
        switch format {
        case .text: text(content)
        case .markdown: markdown(content)
        case .csv: csv(content)
        case .json: json(content).rendered()
        }
    }

    /// What `money` says of a budget without `Data/financing.json`.
    static func none(_ budget: Budget) -> String {
        "This budget records no financing: add \(budget.files.financing) (see the README's section on files).\n"
    }

    // MARK: - Rows

    /// A row of the financing table: its label, kind, service area, the amount per year, the period's sum, and the
    /// printed figure that differs from it, if any.
    struct Row {
        var label: String
        var kind: String
        var area: String
        var amounts: [MNOK]
        var period: MNOK
        var slip: FinancingFigureCheck?
        var yearSlips: [FinancingFigureCheck?]
        var isTotal: Bool
        /// For a pot, the years its sub-lines do not add up to it.
        var partsDiffer: [Bool] = []

        /// The cells of the years and the period, each marked "*" where a printed figure differs and "†" where a
        /// pot's sub-lines do not add up to it.
        var cells: [String] {
            zip(amounts, yearSlips).enumerated().map { index, cell in
                marked(cell.0, cell.1) + (partsDiffer.indices.contains(index) && partsDiffer[index] ? " †" : "")
            } + [marked(period, slip)]
        }
    }

    /// Per pot, the years its sub-lines do not add up to it, with the pot's and the parts' amounts.
    static func unevenPots(_ content: Content) -> [(pot: FinancingLine, year: Int, parts: MNOK)] {
        content.budget.financing.lines.filter { !$0.parts.isEmpty }.flatMap { pot in
            content.table.years.compactMap { year in
                let parts = pot.parts.map { $0.amount(year) }.sum()
                return parts == pot.amount(year) ? nil : (pot, year, parts)
            }
        }
    }

    /// The sentences on the pots whose sub-lines do not add up, for the note under the table.
    public static func unevenPotLines(_ content: Content) -> [String] {
        unevenPots(content).map { pot, year, parts in
            "\(pot.name), \(year): the pot is \(amount(pot.amount(year))), its sub-lines add up to \(amount(parts))"
        }
    }

    static func rows(_ content: Content) -> [Row] {
        let years = content.table.years
        let none = years.map { _ in FinancingFigureCheck?.none }
        let uneven = unevenPots(content)
        func row(_ line: FinancingLine, part: Bool) -> Row {
            var row = Row(
                label: (part ? "– " : "") + line.name, kind: line.kind.rawValue,
                area: area(line, content.budget), amounts: years.map(line.amount), period: line.sum(over: years),
                slip: content.slips.first { $0.subject == .line(id: line.id, name: line.name) }, yearSlips: none,
                isTotal: false)
            if !line.parts.isEmpty {
                row.partsDiffer = years.map { year in uneven.contains { $0.pot.id == line.id && $0.year == year } }
            }
            return row
        }
        func total(_ kind: FinancingTotalKind) -> Row {
            Row(
                label: totalLabel(kind), kind: "", area: "", amounts: years.map { content.table.total(kind, $0) },
                period: content.table.periodTotal(kind), slip: content.slip(.total(kind), year: nil),
                yearSlips: years.map { content.slip(.total(kind), year: $0) }, isTotal: true)
        }
        var rows: [Row] = []
        let lines = content.budget.financing.lines
        for line in lines where line.kind != .investment {
            rows.append(row(line, part: false))
            rows += line.parts.map { row($0, part: true) }
        }
        rows.append(total(.operating))
        for line in lines where line.kind == .investment {
            rows.append(row(line, part: false))
            rows += line.parts.map { row($0, part: true) }
        }
        rows.append(total(.investment))
        rows.append(total(.total))
        return rows
    }

    /// "Operating total (with external funding)", as `money` names the totals.
    static func totalLabel(_ kind: FinancingTotalKind) -> String {
        switch kind {
        case .operating: "Operating total (with external funding)"
        case .investment: "Investment total"
        case .total: "Total financing"
        }
    }

    /// The service area a line names, by its id in the register where it resolves: "MLLT"; "several (Diverse)".
    static func area(_ line: FinancingLine, _ budget: Budget) -> String {
        switch line.carrier {
        case .serviceArea(let name): budget.actors.resolve(name)?.id ?? name
        case .several(let printed): "several (\(printed))"
        case nil: line.parts.isEmpty ? "" : "(pot)"
        }
    }

    static func amount(_ value: MNOK) -> String { value.text() }

    static func period(_ budget: Budget) -> String {
        "\(budget.settings.period.start)-\(budget.settings.period.end)"
    }

    /// A figure with a star where the printed one differs.
    static func marked(_ value: MNOK, _ slip: FinancingFigureCheck?) -> String {
        amount(value) + (slip == nil ? "" : " *")
    }

    /// The sentences on the printed figures that differ, each with both values and what it follows from.
    /// `net`: those of Tabell 7-7's net change, which stand under that table; else those of Tabell 7-6.
    static func slipLines(_ content: Content, net: Bool = false) -> [String] {
        content.slips.filter { ($0.subject == .netChange) == net }.map { check in
            let when = check.year.map(String.init) ?? period(content.budget)
            let name: String =
                switch check.subject {
                case .line(_, let name): name
                case .total(let kind): totalLabel(kind)
                case .netChange: "Net change"
                }
            var line = "\(name), \(when): printed \(amount(check.printed)), computed \(amount(check.computed))"
            if let from = check.fromPrinted, !check.followsFrom.isEmpty {
                let sources = check.followsFrom.map { place in
                    content.checks.first { $0.place == place }.map { "\(amount($0.printed)) at \(place)" } ?? place
                }
                line +=
                    "; it follows from the printed \(sources.joined(separator: " and ")) (the printed figures add up to \(amount(from)))"
            }
            return line
        }
    }

    /// What the cost per tonne counts and leaves out, in sentences.
    static func costNotes(_ content: Content) -> [String] {
        let uncounted = CostPerTonne.uncounted(in: content.budget)
        let ties = content.budget.financing.allLines.flatMap(\.measures)
        let stated = ties.filter { !$0.inferred }.count
        var notes = [
            stated == 0
                ? "Every tie of a line to a measure is inferred from the source, which never ties them in so many words; \(content.budget.files.financing) records the sentence each rests on."
                : "\(ties.count - stated) of the \(ties.count) ties of a line to a measure are inferred from the source, \(stated) stated in it; \(content.budget.files.financing) records the sentence each rests on.",
            "Counted: the money of the lines tied to a quantified measure, over the measure's own effect in the same years. A line tied to two measures counts in full for each.",
        ]
        let tied = Set(content.budget.financing.allLines.filter { !$0.measures.isEmpty }.map(\.id))
        let untied = content.budget.financing.allLines.filter { !tied.contains($0.id) && $0.parts.isEmpty }
        var left: [String] = []
        let missing = uncounted.filter { content.budget.measure(id: $0.tie.measure) == nil }
        let unquantified = uncounted.filter { content.budget.measure(id: $0.tie.measure) != nil }
        if !unquantified.isEmpty {
            let ids = unquantified.map { String($0.tie.measure) }
            left.append("lines tied to measures without tonnes (\(ids.joined(separator: ", ")))")
        }
        if !missing.isEmpty {
            let ids = missing.map { String($0.tie.measure) }
            left.append(
                "lines tied to measures that do not exist (\(ids.joined(separator: ", ")); see 'climate-budget validate')"
            )
        }
        if !untied.isEmpty { left.append("\(untied.count) lines tied to no measure") }
        left.append("money the source does not list (measures that other actors pay for)")
        notes.append("Not counted: " + left.joined(separator: "; ") + ".")
        return notes
    }

    // MARK: - Text

    static func text(_ content: Content) -> String {
        let budget = content.budget
        guard !budget.financing.isEmpty else { return none(budget) }
        let years = content.table.years
        let source = budget.financing.source.map { " (\($0))" } ?? ""
        var out = "Financing of the climate measures, million kroner\(source)\n\n"
        let header = ["Line", "Kind", "Service area"] + years.map(String.init) + [period(budget)]
        let right = Set(3..<header.count)
        out += TextTable(
            header: header,
            rows: rows(content).map { row in
                [row.label, row.kind, row.area] + row.cells
            }, rightAligned: right
        ).rendered()
        out += tableNotes(content, markdown: false)
        if let changes = budget.financing.changes {
            out += "\nChanges in operating funds against \(changes.against ?? "last year's budget")"
            out += changes.source.map { " (\($0))" } ?? ""
            out += ", million kroner\n\n"
            let rows =
                changes.lines.map { [$0.name] + years.map(amountOrEmpty($0.amounts)) }
                + [netRow(content, changes)]
            out += TextTable(header: ["Change"] + years.map(String.init), rows: rows).rendered()
            let netSlips = slipLines(content, net: true)
            if !netSlips.isEmpty {
                out +=
                    "\n* Printed differently in \(changes.source ?? "the source"); the table shows the sum of the changes:\n"
                out += netSlips.map { "  " + $0 + ".\n" }.joined()
            }
        }
        if let diff = content.diff {
            out += "\nChange from \(content.against ?? "the earlier budget"), computed line by line, million kroner\n\n"
            out +=
                diffTable(diff, label: { $0 }).map { TextTable(header: $0.header, rows: $0.rows).rendered() }
                ?? "No line differs.\n"
        }
        out += "\nCost per tonne, kroner per tonne CO2e cut\n\n"
        if content.costs.isEmpty {
            out += "No line is tied to a quantified measure.\n"
        } else {
            out += TextTable(
                header: ["Measure", "Lines"] + years.map(String.init) + [period(budget)],
                rows: costRows(content, kroner: { NumberFormat.tonnes(Double($0)) }),
                rightAligned: Set(2..<(3 + years.count))
            ).rendered()
        }
        out += "\n" + costNotes(content).map { $0 + "\n" }.joined()
        return out
    }

    /// The net change per year, marked where Tabell 7-7 printed it differently.
    static func netRow(_ content: Content, _ changes: FinancingChanges) -> [String] {
        ["Net change"] + content.table.years.map { marked(changes.net($0), content.slip(.netChange, year: $0)) }
    }

    private static func amountOrEmpty(_ amounts: [Int: MNOK]) -> (Int) -> String {
        { amounts[$0]?.text() ?? "" }
    }

    static func costRows(_ content: Content, kroner: (Int) -> String) -> [[String]] {
        content.costs.map { cost in
            ["\(cost.measure) \(shortened(cost.title))", cost.lines.joined(separator: ", ")]
                + content.table.years.map { year in
                    (cost.perYear[year] ?? nil).map { kroner(CostPerTonne.kroner($0)) } ?? "–"
                } + [cost.period.map { kroner(CostPerTonne.kroner($0)) } ?? "–"]
        }
    }

    static func shortened(_ title: String) -> String {
        title.count <= 40 ? title : String(title.prefix(39)) + "…"
    }

    /// The change per line and total, or `nil` when nothing differs.
    static func diffTable(_ diff: FinancingDiff, label: (String) -> String) -> (header: [String], rows: [[String]])? {
        guard !diff.isEmpty else { return nil }
        let header = ["Line", "Change"] + diff.years.map(String.init)
        var rows = diff.changed.map { line -> [String] in
            let what =
                line.old == nil
                ? "added" : line.new == nil ? "removed" : (["amounts"] + line.changedFields).joined(separator: ", ")
            return [label((line.isPart ? "– " : "") + line.name), what]
                + diff.years.map { signed(line.change($0)) }
        }
        rows += FinancingTotalKind.allCases.map { kind in
            [totalLabel(kind), ""] + diff.years.map { signed(diff.change(kind, $0)) }
        }
        return (header, rows)
    }

    static func signed(_ value: MNOK) -> String {
        value > .zero ? "+" + value.text() : value.text()
    }

    // MARK: - Markdown

    static func markdown(_ content: Content) -> String {
        let budget = content.budget
        guard !budget.financing.isEmpty else { return none(budget) }
        let years = content.table.years
        var out = "### Financing of the climate measures, million kroner\n\n"
        let header = ["Line", "Kind", "Service area"] + years.map(String.init) + [period(budget)]
        out += MarkdownTable(
            header: header,
            rows: rows(content).map { row in
                [row.label, row.kind, row.area] + row.cells
            }, rightAligned: Set(3..<header.count)
        ).rendered()
        out += tableNotes(content, markdown: true)
        if let changes = budget.financing.changes {
            out += "\n### Changes in operating funds against \(changes.against ?? "last year's budget")\n\n"
            let rows =
                changes.lines.map { [$0.name] + years.map(amountOrEmpty($0.amounts)) }
                + [netRow(content, changes)]
            out += MarkdownTable(
                header: ["Change"] + years.map(String.init), rows: rows, rightAligned: Set(1...years.count)
            ).rendered()
            let netSlips = slipLines(content, net: true)
            if !netSlips.isEmpty {
                out +=
                    "\n\\* Printed differently in \(changes.source ?? "the source"); the table shows the sum of the changes:\n\n"
                out += netSlips.map { "- " + $0 + ".\n" }.joined()
            }
        }
        if let diff = content.diff {
            out += "\n### Change from \(content.against ?? "the earlier budget"), line by line\n\n"
            out +=
                diffTable(diff, label: { $0 }).map {
                    MarkdownTable(header: $0.header, rows: $0.rows, rightAligned: Set(2..<$0.header.count)).rendered()
                } ?? "No line differs.\n"
        }
        out += "\n### Cost per tonne, kroner per tonne CO2e cut\n\n"
        if content.costs.isEmpty {
            out += "No line is tied to a quantified measure.\n"
        } else {
            out += MarkdownTable(
                header: ["Measure", "Lines"] + years.map(String.init) + [period(budget)],
                rows: costRows(content, kroner: { NumberFormat.tonnes(Double($0)) }),
                rightAligned: Set(2..<(3 + years.count))
            ).rendered()
        }
        out += "\n" + costNotes(content).joined(separator: "\n\n") + "\n"
        return out
    }

    // MARK: - CSV

    /// One row per line, total, change and cost: `table, id, name, kind, serviceArea, years…, period, printed`.
    static func csv(_ content: Content) -> String {
        let budget = content.budget
        let years = content.table.years
        var rows: [[String]] = [
            ["table", "id", "name", "kind", "serviceArea"] + years.map(String.init) + ["period", "printed"]
        ]
        for line in budget.financing.allLines {
            rows.append(
                ["financing", line.id, line.name, line.kind.rawValue, area(line, budget)]
                    + years.map { line.amount($0).text() } + [
                        line.sum(over: years).text(), line.printedSum?.text() ?? "",
                    ])
        }
        for kind in FinancingTotalKind.allCases {
            let printed = budget.financing.printedTotals[kind]?.period?.text() ?? ""
            rows.append(
                ["total", kind.rawValue, totalLabel(kind), "", ""]
                    + years.map { content.table.total(kind, $0).text() }
                    + [content.table.periodTotal(kind).text(), printed])
        }
        if let changes = budget.financing.changes {
            for change in changes.lines {
                rows.append(
                    ["change", change.id, change.name, "", ""] + years.map(amountOrEmpty(change.amounts)) + ["", ""])
            }
            rows.append(["change", "net", "Net change", "", ""] + years.map { changes.net($0).text() } + ["", ""])
        }
        for cost in content.costs {
            rows.append(
                ["costPerTonne", String(cost.measure), cost.title, "", cost.lines.joined(separator: " ")]
                    + years.map { year in (cost.perYear[year] ?? nil).map { String(CostPerTonne.kroner($0)) } ?? "" }
                    + [cost.period.map { String(CostPerTonne.kroner($0)) } ?? "", ""])
        }
        return CSV.write(rows)
    }

    // MARK: - JSON

    /// The notes under Tabell 7-6 in text or Markdown: pots whose sub-lines do not add up (†), then the printed
    /// figures that differ from the sums (*), each a list under its heading.
    static func tableNotes(_ content: Content, markdown: Bool) -> String {
        func list(_ heading: String, _ items: [String]) -> String {
            guard !items.isEmpty else { return "" }
            return "\n" + heading + (markdown ? ":\n\n" : ":\n")
                + items.map { (markdown ? "- " : "  ") + $0 + ".\n" }.joined()
        }
        let source = content.budget.financing.source ?? "the source"
        return list(
            "† Sub-lines that do not add up to their pot (an error, see 'climate-budget validate')",
            unevenPotLines(content))
            + list(
                (markdown ? "\\* " : "* ") + "Printed differently in \(source); the table shows the sums of the lines",
                slipLines(content))
    }

    static func amounts(_ years: [Int], _ value: (Int) -> MNOK) -> JSONOutput {
        .object(years.map { (String($0), .number(value($0).millions)) })
    }

    /// A financing line added, removed or changed between two budgets, as `money --against` and `diff` write it in
    /// JSON: its id, name, status, the fields that changed and the change per year in MNOK.
    static func lineChange(_ line: FinancingDiff.Line, years: [Int]) -> JSONOutput {
        .object([
            ("id", .string(line.id)), ("name", .string(line.name)),
            ("status", .string(line.old == nil ? "added" : line.new == nil ? "removed" : "changed")),
            ("fields", .array(line.changedFields.map { .string($0) })),
            ("change", amounts(years, line.change)),
        ])
    }

    /// The financing as JSON: lines, totals, the printed figures that differ, changes, the change from an earlier
    /// budget and the cost per tonne.
    public static func json(_ content: Content) -> JSONOutput {
        let budget = content.budget
        let years = content.table.years
        func line(_ line: FinancingLine) -> JSONOutput {
            .object([
                ("id", .string(line.id)), ("name", .string(line.name)), ("kind", .string(line.kind.rawValue)),
                ("serviceArea", .string(area(line, budget))),
                ("amounts", amounts(years, line.amount)), ("period", .number(line.sum(over: years).millions)),
                ("printedPeriod", .number(line.printedSum?.millions)),
                ("parts", .array(line.parts.map { part in JSONOutput.string(part.id) })),
                (
                    "measures",
                    .array(
                        line.measures.map { tie in
                            .object([
                                ("id", .integer(tie.measure)), ("inferred", .bool(tie.inferred)),
                                ("basis", .string(tie.basis)),
                            ])
                        })
                ),
            ])
        }
        var members: [(String, JSONOutput)] = [
            ("unit", .string("MNOK")),
            ("source", .string(budget.financing.source)),
            ("lines", .array(budget.financing.allLines.map(line))),
            (
                "totals",
                .object(
                    FinancingTotalKind.allCases.map { kind in
                        (
                            kind.rawValue,
                            .object([
                                ("amounts", amounts(years) { content.table.total(kind, $0) }),
                                ("period", .number(content.table.periodTotal(kind).millions)),
                            ])
                        )
                    })
            ),
            (
                "printedDiffers",
                .array(
                    content.slips.map { check in
                        .object([
                            ("place", .string(check.place)), ("year", check.year.map { .integer($0) } ?? .null),
                            ("printed", .number(check.printed.millions)),
                            ("computed", .number(check.computed.millions)),
                            ("followsFrom", .array(check.followsFrom.map { .string($0) })),
                        ])
                    })
            ),
        ]
        if let changes = budget.financing.changes {
            members.append(
                (
                    "changes",
                    .object([
                        ("source", .string(changes.source)), ("against", .string(changes.against)),
                        (
                            "lines",
                            .array(
                                changes.lines.map { change in
                                    .object([
                                        ("id", .string(change.id)), ("name", .string(change.name)),
                                        ("amounts", amounts(years) { change.amounts[$0] ?? .zero }),
                                    ])
                                })
                        ),
                        ("net", amounts(years, changes.net)),
                    ])
                ))
        }
        if let diff = content.diff {
            members.append(
                (
                    "changeFrom",
                    .object([
                        ("budget", .string(content.against)),
                        (
                            "lines",
                            .array(
                                diff.changed.map { line in lineChange(line, years: diff.years) })
                        ),
                        (
                            "totals",
                            .object(
                                FinancingTotalKind.allCases.map { kind in
                                    (kind.rawValue, amounts(diff.years) { diff.change(kind, $0) })
                                })
                        ),
                    ])
                ))
        }
        members.append(
            (
                "costPerTonne",
                .array(
                    content.costs.map { cost in
                        .object([
                            ("measure", .integer(cost.measure)), ("lines", .array(cost.lines.map { .string($0) })),
                            (
                                "kronerPerTonne",
                                .object(
                                    years.map { year in
                                        (
                                            String(year),
                                            (cost.perYear[year] ?? nil).map { .integer(CostPerTonne.kroner($0)) }
                                                ?? .null
                                        )
                                    })
                            ),
                            ("period", cost.period.map { .integer(CostPerTonne.kroner($0)) } ?? .null),
                        ])
                    })
            ))
        return .object(members)
    }
}
