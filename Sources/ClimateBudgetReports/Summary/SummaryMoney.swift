import ClimateBudget

/// The council summary's money section: the financing table with every sum computed, the printed figures that
/// differ, the changes against last year's budget and the cost per tonne, in the summary's language and with its
/// number formatting (a decimal comma in Norwegian: 15,5).
public struct MoneySection: Sendable {
    /// The financing table's header: line, service area, the years, the period.
    public var header: [String]
    /// Its rows; a total's row is listed in ``totalRows``.
    public var rows: [[String]]
    /// The indices of the rows that are totals.
    public var totalRows: Set<Int>
    /// The printed figures of the financing table that differ from the computed ones, each in a sentence.
    public var notes: [String]
    /// The heading, header and rows of the changes against last year's budget, where the budget lists them.
    public var changes: (heading: String, header: [String], rows: [[String]])?
    /// The printed net changes that differ from the computed ones, each in a sentence, shown under the changes.
    public var changesNotes: [String] = []
    /// The cost per tonne's header and rows; empty when no line is tied to a quantified measure.
    public var costHeader: [String]
    /// One row per measure.
    public var costRows: [[String]]
}

extension CouncilSummary {
    /// The money section, or `nil` for a budget that records no financing.
    public var moneySection: MoneySection? {
        let financing = budget.financing
        guard !financing.isEmpty else { return nil }
        let table = FinancingTable.compute(for: budget)
        let years = table.years
        let checks = FinancingFigureCheck.checks(budget)
        let slips = checks.filter { !$0.agrees }
        let wholePeriod = text(.columnWholePeriod)
        let money = { (amount: MNOK) in self.language.money(amount) }

        func area(_ line: FinancingLine) -> String {
            switch line.carrier {
            case .serviceArea(let name): budget.actors.resolve(name)?.name ?? name
            case .several(let printed): text(.moneySeveral, ["printed": printed])
            case nil: line.parts.isEmpty ? "" : text(.moneyPot)
            }
        }
        func marked(_ amount: MNOK, _ place: String?) -> String {
            money(amount) + (place.map { place in slips.contains { $0.place == place } ? " *" : "" } ?? "")
        }
        func lineRow(_ line: FinancingLine, part: Bool) -> [String] {
            [(part ? "– " : "") + line.name, area(line)] + years.map { money(line.amount($0)) }
                + [marked(line.sum(over: years), line.printedSum == nil ? nil : line.place + ".printedSum")]
        }
        func totalName(_ kind: FinancingTotalKind) -> String {
            switch kind {
            case .operating: text(.moneyTotalOperating)
            case .investment: text(.moneyTotalInvestment)
            case .total: text(.moneyTotalAll)
            }
        }
        var rows: [[String]] = []
        var totals: Set<Int> = []
        func total(_ kind: FinancingTotalKind) {
            totals.insert(rows.count)
            rows.append(
                [totalName(kind), ""]
                    + years.map { marked(table.total(kind, $0), "printedTotals.\(kind.rawValue).\($0)") }
                    + [marked(table.periodTotal(kind), "printedTotals.\(kind.rawValue).period")])
        }
        for line in financing.lines where line.kind != .investment {
            rows.append(lineRow(line, part: false))
            rows += line.parts.map { lineRow($0, part: true) }
        }
        total(.operating)
        for line in financing.lines where line.kind == .investment {
            rows.append(lineRow(line, part: false))
            rows += line.parts.map { lineRow($0, part: true) }
        }
        total(.investment)
        total(.total)

        func what(_ check: FinancingFigureCheck) -> String {
            switch check.subject {
            case .line(_, let name): name
            case .total(let kind): totalName(kind)
            case .netChange: text(.changesNet)
            }
        }
        func when(_ check: FinancingFigureCheck) -> String {
            check.year.map(String.init) ?? wholePeriod.lowercased()
        }
        let allNotes = slips.map { check -> (net: Bool, text: String) in
            var note =
                "* "
                + text(
                    .moneyPrinted,
                    [
                        "printed": money(check.printed), "what": what(check), "when": when(check),
                        "computed": money(check.computed),
                    ])
            let sources = check.followsFrom.compactMap { place in checks.first { $0.place == place } }
            if let source = sources.first {
                let from =
                    money(source.printed) + (language.isNorwegian ? " for «\(what(source))»" : " for “\(what(source))”")
                note += " " + text(.moneyFollows, ["from": from])
            }
            return (check.subject == .netChange, note)
        }
        let notes = allNotes.filter { !$0.net }.map(\.text)
        let changesNotes = allNotes.filter(\.net).map(\.text)

        var changes: (heading: String, header: [String], rows: [[String]])?
        if let list = financing.changes {
            changes = (
                text(.changesHeading, ["against": list.against ?? ""]),
                [text(.columnLine)] + years.map(String.init),
                list.lines.map { change in [change.name] + years.map { change.amounts[$0].map(money) ?? "" } }
                    + [[text(.changesNet)] + years.map { marked(list.net($0), "changes.printedNet.\($0)") }]
            )
        }
        let costs = CostPerTonne.compute(for: budget)
        let costRows = costs.map { cost in
            [
                "\(cost.measure) \(cost.title)",
                cost.lines.compactMap { financing.line(id: $0)?.name }.joined(separator: "; "),
            ]
                + years.map { year in
                    (cost.perYear[year] ?? nil).map { language.tonnes(Double(CostPerTonne.kroner($0))) } ?? "–"
                } + [cost.period.map { language.tonnes(Double(CostPerTonne.kroner($0))) } ?? "–"]
        }
        return MoneySection(
            header: [text(.columnLine), text(.columnServiceArea)] + years.map(String.init) + [wholePeriod],
            rows: rows, totalRows: totals, notes: notes, changes: changes, changesNotes: changesNotes,
            costHeader: [text(.columnMeasure), text(.columnLines)] + years.map(String.init) + [wholePeriod],
            costRows: costRows)
    }
}
