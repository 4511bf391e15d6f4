import ClimateBudget

/// The rows of Tabell 7-1 (label, then one cell per year), shared by every rendering of the table.
public enum EmissionBudgetRows {
    /// The labels of the rows, in their order, with the four rows of actual emissions after them.
    public struct Labels: Sendable {
        /// Reference pathway, change, effect, measure pathway, change, target, change, gap, gap in points.
        public var reference, change, effect, measurePathway, target, gap, gapPoints: String
        /// The overlap between measures, shown where some measure declares one.
        public var overlap: String
        /// The two rows of a band, under the measure pathway and under the gap: with every measure's high effect
        /// (the lower figure) and with every measure's low effect.
        public var rangeHighEffects, rangeLowEffects: String
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
            gapPoints: String, overlap: String = "Overlap between measures",
            rangeHighEffects: String = "range, high effects", rangeLowEffects: String = "range, low effects",
            withheld: String = "(withheld)"
        ) {
            self.reference = reference
            self.change = change
            self.effect = effect
            self.measurePathway = measurePathway
            self.target = target
            self.gap = gap
            self.gapPoints = gapPoints
            self.overlap = overlap
            self.rangeHighEffects = rangeHighEffects
            self.rangeLowEffects = rangeLowEffects
            self.withheld = withheld
        }
    }

    /// What a row of the table is, for renderings that set rows apart (the summary indents the last two).
    public enum Kind: Sendable, Equatable {
        /// A figure in tonnes: the reference, the effect, the overlap, the measure pathway, the target, the gap.
        case figure
        /// A change against the base year, or the gap in percentage points.
        case change
        /// One end of the band of the measure pathway or the gap.
        case range
    }

    /// The rows of the table: tonnes rows, their % rows and the gap in percentage points; the overlap between
    /// measures under the effect, where the table has it; and the band's two rows under the measure pathway
    /// and under the gap, where it has one. A budget without overlaps and ranges has the nine rows it always had. Where the table
    /// shows actual emissions (``EmissionBudgetTable/showsActuals``), the actual emissions and their comparisons
    /// follow, signed: over the target in tonnes and in % of it, and over the measure pathway (+ over, − under);
    /// the comparisons are sub-rows (``Kind/change``).
    ///
    /// The % rows are changes against the base year, so the base year shows 0 %. (The source's Tabell 7-1 prints
    /// 100 % under 2009: an index with 2009 as 100, followed by changes; a row called "change" shows the change.)
    /// The gap in percentage points is in `points` (see ``EmissionBudgetRow/gapPoints``).
    /// A withheld figure's row keeps its label with `labels.withheld` after it and no figures.
    public static func rows(
        _ table: EmissionBudgetTable, labels: Labels,
        tonnes: (Double) -> String, percent: (Int) -> String, points: (Int) -> String
    ) -> [[String]] {
        layout(table, labels: labels, tonnes: tonnes, percent: percent, points: points).map(\.cells)
    }

    /// The kind of each of ``rows(_:labels:tonnes:percent:points:)``, in the same order.
    public static func kinds(_ table: EmissionBudgetTable) -> [Kind] {
        let labels = Labels(
            reference: "", change: "", effect: "", measurePathway: "", target: "", gap: "", gapPoints: "")
        return layout(table, labels: labels, tonnes: { _ in "" }, percent: { _ in "" }, points: { _ in "" }).map(\.kind)
    }

    private static func layout(
        _ table: EmissionBudgetTable, labels: Labels,
        tonnes: (Double) -> String, percent: (Int) -> String, points: (Int) -> String
    ) -> [(kind: Kind, cells: [String])] {
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
        var rows: [(kind: Kind, cells: [String])] = [
            (.figure, [label(labels.reference, .reference)] + figures(\.reference)),
            (.change, [labels.change] + changes(\.referenceChange)),
            (.figure, [label(labels.effect, .effect)] + figures(\.effect)),
        ]
        if table.hasOverlap { rows.append((.figure, [label(labels.overlap, .overlap)] + figures(\.overlap))) }
        rows += [
            (.figure, [label(labels.measurePathway, .measurePathway)] + figures(\.measurePathway)),
            (.change, [labels.change] + changes(\.measurePathwayChange)),
        ]
        if table.hasBand {
            rows += [
                (.range, [label(labels.rangeHighEffects, .measurePathwayRange)] + figures(\.measurePathwayLow)),
                (.range, [label(labels.rangeLowEffects, .measurePathwayRange)] + figures(\.measurePathwayHigh)),
            ]
        }
        rows += [
            (.figure, [label(labels.target, .target)] + figures { $0.target?.value }),
            (.change, [labels.change] + changes(\.targetChange)),
            (.figure, [label(labels.gap, .gap)] + figures(\.gap)),
            (.change, [labels.gapPoints] + table.rows.map { row in row.gapPoints.map(points) ?? "" }),
        ]
        if table.hasBand {
            rows += [
                (.range, [label(labels.rangeHighEffects, .gapRange)] + figures(\.gapLow)),
                (.range, [label(labels.rangeLowEffects, .gapRange)] + figures(\.gapHigh)),
            ]
        }
        if table.showsActuals {
            rows.append((.figure, actuals[0]))
            rows += actuals.dropFirst().map { (.change, $0) }
        }
        return rows
    }
}

extension EmissionBudgetTable {
    /// The pairs of measures whose overlap the table subtracts, each with its whole tonnes per year, as `gap`'s
    /// notes and JSON and the council summary's note name them; empty without overlaps or where the overlap is
    /// withheld.
    func overlapPairs(_ budget: Budget) -> [(pair: MeasureOverlaps.Pair, tonnes: YearlySeries)] {
        guard hasOverlap, !isWithheld(.overlap) else { return [] }
        return MeasureOverlaps.counted(among: budget.measures)
    }
}
