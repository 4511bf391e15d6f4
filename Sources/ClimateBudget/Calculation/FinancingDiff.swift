/// The change in the financing between two budgets, line by line: what `money --against` and `diff` show.
///
/// Lines pair by id (sub-lines too); a line only in the new budget is added, one only in the old removed. The
/// change in a year is the new amount minus the old, a missing line counting as nothing.
public struct FinancingDiff: Sendable, Equatable {
    /// One line of either budget that differs.
    public struct Line: Sendable, Equatable {
        /// The line's id.
        public var id: String
        /// The line's name, the new one where both budgets have it.
        public var name: String
        /// The line in the old budget, if it has it.
        public var old: FinancingLine?
        /// The line in the new budget, if it has it.
        public var new: FinancingLine?
        /// Whether the line is a sub-line of a pot (in the new budget, else in the old).
        public var isPart: Bool

        /// The new amount minus the old in a year.
        public func change(_ year: Int) -> MNOK {
            (new?.amount(year) ?? .zero) - (old?.amount(year) ?? .zero)
        }

        /// The fields other than the amounts that differ: "name", "kind", "serviceArea", "measures".
        public var changedFields: [String] {
            guard let old, let new else { return [] }
            var fields: [String] = []
            if old.name != new.name { fields.append("name") }
            if old.kind != new.kind { fields.append("kind") }
            if old.carrier != new.carrier { fields.append("serviceArea") }
            if old.measures.map(\.measure) != new.measures.map(\.measure) { fields.append("measures") }
            return fields
        }
    }

    /// The years compared: both budgets' periods together.
    public var years: [Int]
    /// Every line of either budget, in the new budget's order then the old's removed lines; `differs` says which
    /// changed.
    public var lines: [Line]
    /// The totals of each budget, per year.
    public var oldTotals: FinancingTable
    /// The totals of the new budget, per year.
    public var newTotals: FinancingTable

    /// The lines that differ in an amount or a field.
    public var changed: [Line] {
        lines.filter { line in
            line.old == nil || line.new == nil || !line.changedFields.isEmpty
                || years.contains { line.change($0) != .zero }
        }
    }

    /// Whether nothing in the financing differs.
    public var isEmpty: Bool { changed.isEmpty }

    /// The change in a total in a year.
    public func change(_ total: FinancingTotalKind, _ year: Int) -> MNOK {
        newTotals.total(total, year) - oldTotals.total(total, year)
    }

    /// Compares the financing of two budgets.
    public static func compare(_ old: Budget, _ new: Budget) -> FinancingDiff {
        let years = Array(Set(old.settings.period.years + new.settings.period.years)).sorted()
        var oldBudget = old
        var newBudget = new
        oldBudget.settings.period = Period(start: years.first ?? 0, end: years.last ?? 0)
        newBudget.settings.period = oldBudget.settings.period
        let parts = Set(
            (old.financing.lines + new.financing.lines).flatMap { $0.parts.map(\.id) })
        var lines: [Line] = []
        for line in new.financing.allLines {
            lines.append(
                Line(
                    id: line.id, name: line.name, old: old.financing.line(id: line.id), new: line,
                    isPart: parts.contains(line.id)))
        }
        for line in old.financing.allLines where new.financing.line(id: line.id) == nil {
            lines.append(Line(id: line.id, name: line.name, old: line, new: nil, isPart: parts.contains(line.id)))
        }
        return FinancingDiff(
            years: years, lines: lines, oldTotals: FinancingTable.compute(for: oldBudget),
            newTotals: FinancingTable.compute(for: newBudget))
    }
}
