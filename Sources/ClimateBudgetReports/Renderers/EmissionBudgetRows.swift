import ClimateBudget

/// The rows of Tabell 7-1 (label, then one cell per year), shared by every rendering of the table.
public enum EmissionBudgetRows {
    /// The labels of the eight rows, in their order.
    public struct Labels: Sendable {
        /// Reference pathway, change, effect, measure pathway, change, target, change, gap.
        public var reference, change, effect, measurePathway, target, gap: String

        /// Creates labels; `change` is used for all three percentage rows.
        public init(reference: String, change: String, effect: String, measurePathway: String, target: String, gap: String) {
            self.reference = reference
            self.change = change
            self.effect = effect
            self.measurePathway = measurePathway
            self.target = target
            self.gap = gap
        }
    }

    /// The eight rows of the table: tonnes rows and their % rows, the base year showing 100 % as the source does.
    public static func rows(
        _ table: EmissionBudgetTable, labels: Labels,
        tonnes: (Double) -> String, percent: (Int) -> String
    ) -> [[String]] {
        func figures(_ value: (EmissionBudgetRow) -> Double?) -> [String] {
            table.rows.map { value($0).map(tonnes) ?? "" }
        }
        func changes(_ value: (EmissionBudgetRow) -> Int?) -> [String] {
            table.rows.map { row in
                if row.year == table.baseYear, value(row) == 0 { return percent(100) }
                return value(row).map(percent) ?? ""
            }
        }
        return [
            [labels.reference] + figures(\.reference),
            [labels.change] + changes(\.referenceChange),
            [labels.effect] + figures(\.effect),
            [labels.measurePathway] + figures(\.measurePathway),
            [labels.change] + changes(\.measurePathwayChange),
            [labels.target] + figures { $0.target?.value },
            [labels.change] + changes(\.targetChange),
            [labels.gap] + figures(\.gap),
        ]
    }

    /// Which of the eight rows are percentage rows (shown smaller or indented).
    public static let percentRows: Set<Int> = [1, 4, 6]
}
