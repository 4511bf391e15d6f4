/// Tabell 7-6 with every sum and total computed from the lines, never copied: per year of the period and over it.
public struct FinancingTable: Sendable, Equatable {
    /// The years of the period.
    public var years: [Int]
    /// The lines as recorded, pots with their sub-lines.
    public var lines: [FinancingLine]
    /// Per total, the amount per year.
    public var totals: [FinancingTotalKind: [Int: MNOK]]

    /// The table of a budget's financing over its period.
    public static func compute(for budget: Budget) -> FinancingTable {
        let years = budget.settings.period.years
        let lines = budget.financing.lines
        func total(_ kinds: Set<FinancingKind>) -> [Int: MNOK] {
            Dictionary(
                uniqueKeysWithValues: years.map { year in
                    (year, lines.filter { kinds.contains($0.kind) }.map { $0.amount(year) }.sum())
                })
        }
        return FinancingTable(
            years: years, lines: lines,
            totals: [
                .operating: total([.operating, .external]), .investment: total([.investment]),
                .total: total(Set(FinancingKind.allCases)),
            ])
    }

    /// A total in a year.
    public func total(_ kind: FinancingTotalKind, _ year: Int) -> MNOK {
        totals[kind]?[year] ?? .zero
    }

    /// A total over the period.
    public func periodTotal(_ kind: FinancingTotalKind) -> MNOK {
        years.map { total(kind, $0) }.sum()
    }

    /// The external funding in a year, which the operating total includes.
    public func external(_ year: Int) -> MNOK {
        lines.filter { $0.kind == .external }.map { $0.amount(year) }.sum()
    }
}

/// A figure of the financing as printed, against the figure the lines give.
public struct FinancingFigureCheck: Sendable, Equatable {
    /// What the figure is.
    public enum Subject: Sendable, Equatable {
        /// A line's (or sub-line's) sum over the period.
        case line(id: String, name: String)
        /// A total of the table.
        case total(FinancingTotalKind)
        /// The net change against last year's budget (Tabell 7-7).
        case netChange
    }

    /// What the figure is.
    public var subject: Subject
    /// The year, or `nil` for the sum over the period.
    public var year: Int?
    /// The figure as printed.
    public var printed: MNOK
    /// The figure the lines give.
    public var computed: MNOK
    /// Where the printed figure stands in `Data/financing.json`: "lines[0].printedSum", "printedTotals.total.period".
    public var place: String
    /// The same figure computed from the printed figures it is the sum of, where those are printed: when it equals
    /// the printed figure, the printed figure follows from slips in those (90 from 49).
    public var fromPrinted: MNOK?
    /// The places of the printed figures, themselves contradicted by the arithmetic, this one follows from.
    public var followsFrom: [String]
    /// For a line's sum, its yearly amounts, which the message shows added up.
    public var terms: [MNOK] = []

    /// Whether printed and computed agree: amounts are exact, so they must be equal.
    public var agrees: Bool { printed == computed }

    /// Every printed figure of a budget's financing against the lines, in the file's order: lines, totals, changes.
    public static func checks(_ budget: Budget) -> [FinancingFigureCheck] {
        let financing = budget.financing
        guard !financing.isEmpty else { return [] }
        let table = FinancingTable.compute(for: budget)
        let years = table.years
        var checks: [FinancingFigureCheck] = []
        for line in financing.allLines {
            guard let printed = line.printedSum else { continue }
            checks.append(
                FinancingFigureCheck(
                    subject: .line(id: line.id, name: line.name), year: nil, printed: printed,
                    computed: line.sum(over: years), place: line.place + ".printedSum", fromPrinted: nil,
                    followsFrom: [], terms: years.map(line.amount)))
        }
        let slipLines = Dictionary(
            uniqueKeysWithValues: checks.filter { !$0.agrees }.compactMap { check -> (String, String)? in
                guard case .line(let id, _) = check.subject else { return nil }
                return (id, check.place)
            })
        for kind in FinancingTotalKind.allCases.sorted() {
            guard let printed = financing.printedTotals[kind] else { continue }
            for (year, amount) in printed.years.sorted(by: { $0.key < $1.key }) {
                var check = FinancingFigureCheck(
                    subject: .total(kind), year: year, printed: amount, computed: table.total(kind, year),
                    place: "printedTotals.\(kind.rawValue).\(year)", fromPrinted: nil, followsFrom: [])
                if kind == .total, let operating = financing.printedTotals[.operating]?.years[year],
                    let investment = financing.printedTotals[.investment]?.years[year]
                {
                    check.explain(
                        from: operating + investment,
                        parts: checks.filter { $0.year == year && !$0.agrees && $0.subject != .total(.total) })
                }
                checks.append(check)
            }
            if let period = printed.period {
                var check = FinancingFigureCheck(
                    subject: .total(kind), year: nil, printed: period, computed: table.periodTotal(kind),
                    place: "printedTotals.\(kind.rawValue).period", fromPrinted: nil, followsFrom: [])
                switch kind {
                case .operating, .investment:
                    let kinds: Set<FinancingKind> = kind == .operating ? [.operating, .external] : [.investment]
                    let lines = financing.lines.filter { kinds.contains($0.kind) }
                    let sum = lines.map { $0.printedSum ?? $0.sum(over: years) }.sum()
                    let places = lines.compactMap { slipLines[$0.id] }
                    if sum == period && !places.isEmpty && !check.agrees {
                        check.fromPrinted = sum
                        check.followsFrom = places
                    }
                case .total:
                    if let operating = financing.printedTotals[.operating]?.period,
                        let investment = financing.printedTotals[.investment]?.period
                    {
                        check.explain(
                            from: operating + investment,
                            parts: checks.filter { $0.year == nil && $0.subject != .total(.total) && !$0.agrees })
                    }
                }
                checks.append(check)
            }
        }
        if let changes = financing.changes {
            for (year, amount) in changes.printedNet.sorted(by: { $0.key < $1.key }) {
                checks.append(
                    FinancingFigureCheck(
                        subject: .netChange, year: year, printed: amount, computed: changes.net(year),
                        place: "changes.printedNet.\(year)", fromPrinted: nil, followsFrom: []))
            }
        }
        return checks
    }

    /// Records that the printed figure follows from `sum` of printed totals, where it does and they are slips.
    private mutating func explain(from sum: MNOK, parts: [FinancingFigureCheck]) {
        let totals = parts.filter {
            if case .total = $0.subject { return true }
            return false
        }
        guard !agrees, sum == printed, !totals.isEmpty else { return }
        fromPrinted = sum
        followsFrom = totals.map(\.place)
    }
}
