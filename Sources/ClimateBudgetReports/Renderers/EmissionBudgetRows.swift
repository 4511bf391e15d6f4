import ClimateBudget

/// The rows of Tabell 7-1 (label, then one cell per year), shared by every rendering of the table.
public enum EmissionBudgetRows {
    /// The labels of the nine rows, in their order, and of the four rows of actual emissions after them.
    public struct Labels: Sendable {
        /// Reference pathway, change, effect, measure pathway, change, target, change, gap, gap in points.
        public var reference, change, effect, measurePathway, target, gap, gapPoints: String
        /// The actual emissions, over or under the target in tonnes and in % of the target, and over or under the
        /// measure pathway.
        public var actual = "Actual emissions", actualAgainstTarget = "over (+)/under (-) the limit",
            actualAgainstTargetPercent = "in % of the limit",
            actualAgainstMeasurePathway = "over (+)/under (-) the measure pathway"
        /// The word after a withheld figure's label, such as "(withheld)".
        public var withheld: String
        /// The words after the label of a figure withheld in some years: "(withheld in 2026)".
        public var withheldIn: @Sendable (String) -> String = { "(withheld in \($0))" }

        /// Creates labels; `change` is used for all three percentage rows, `gapPoints` for the gap in points.
        public init(
            reference: String, change: String, effect: String, measurePathway: String, target: String, gap: String,
            gapPoints: String, withheld: String = "(withheld)"
        ) {
            self.reference = reference
            self.change = change
            self.effect = effect
            self.measurePathway = measurePathway
            self.target = target
            self.gap = gap
            self.gapPoints = gapPoints
            self.withheld = withheld
        }
    }

    /// The nine rows of the table: tonnes rows, their % rows and the gap in percentage points; then, where the
    /// table shows actual emissions (``EmissionBudgetTable/showsActuals``), the actual emissions and their
    /// comparisons, signed: over the target in tonnes and in % of it, and over the measure pathway (+ over,
    /// − under).
    ///
    /// The % rows are changes against the base year, so the base year shows 0 %. (The source's Tabell 7-1 prints
    /// 100 % under 2009: an index with 2009 as 100, followed by changes; a row called "change" shows the change.)
    /// The last row is the gap as councils put it, in `points` (see ``EmissionBudgetRow/gapPoints``).
    /// A withheld figure's row keeps its label with `labels.withheld` after it and no figures.
    public static func rows(
        _ table: EmissionBudgetTable, labels: Labels,
        tonnes: (Double) -> String, percent: (Int) -> String, points: (Int) -> String
    ) -> [[String]] {
        func figures(_ value: (EmissionBudgetRow) -> Double?) -> [String] {
            table.rows.map { value($0).map(tonnes) ?? "" }
        }
        func changes(_ value: (EmissionBudgetRow) -> Int?) -> [String] {
            table.rows.map { row in value(row).map(percent) ?? "" }
        }
        func label(_ text: String, _ figure: Figure) -> String {
            label(text, [figure])
        }
        /// A row computed from several figures is withheld wherever one of them is; a comparison with the actual
        /// emissions only in the years that have them.
        func label(_ text: String, _ figures: [Figure]) -> String {
            if figures.contains(where: table.withheld.contains) { return text + " " + labels.withheld }
            let actualYears = Set(table.rows.filter { $0.actual != nil }.map(\.year))
            let years = figures.compactMap { figure in
                table.withheldYears[figure].map {
                    figure == .actual || figures == [figure] ? $0 : $0.intersection(actualYears)
                }
            }.reduce(Set<Int>()) { $0.union($1) }
            guard !years.isEmpty else { return text }
            return text + " " + labels.withheldIn(years.sorted().map(String.init).joined(separator: ", "))
        }
        func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + tonnes(value) }
        let actuals: [[String]] =
            table.showsActuals
            ? [
                [label(labels.actual, .actual)] + figures(\.actual),
                [label(labels.actualAgainstTarget, [.actual, .target])]
                    + table.rows.map { $0.actualAgainstTarget.map(signed) ?? "" },
                [labels.actualAgainstTargetPercent]
                    + table.rows.map { row in
                        row.actualAgainstTargetPercent.map { ($0 > 0 ? "+" : "") + percent($0) } ?? ""
                    },
                [label(labels.actualAgainstMeasurePathway, [.actual, .measurePathway])]
                    + table.rows.map { $0.actualAgainstMeasurePathway.map(signed) ?? "" },
            ] : []
        return [
            [label(labels.reference, .reference)] + figures(\.reference),
            [labels.change] + changes(\.referenceChange),
            [label(labels.effect, .effect)] + figures(\.effect),
            [label(labels.measurePathway, .measurePathway)] + figures(\.measurePathway),
            [labels.change] + changes(\.measurePathwayChange),
            [label(labels.target, .target)] + figures { $0.target?.value },
            [labels.change] + changes(\.targetChange),
            [label(labels.gap, .gap)] + figures(\.gap),
            [labels.gapPoints] + table.rows.map { row in row.gapPoints.map(points) ?? "" },
        ] + actuals
    }

    /// Which rows are sub-rows, shown smaller or indented: the percentage rows of the nine, and the comparisons
    /// under the actual emissions.
    public static let percentRows: Set<Int> = [1, 4, 6, 8, 10, 11, 12]
}
