/// A printed figure against the one the tool computes from the data.
///
/// Within one unit of the printed figure's last digit the difference is the printed figure's own rounding (the
/// source computed from unrounded values): a note, shown but not a finding. A larger difference is a slip.
public struct PrintedFigureCheck: Sendable, Equatable {
    /// The row of the table.
    public var row: PrintedRow
    /// The year, or `nil` for the sum over the period.
    public var year: Int?
    /// The figure as printed.
    public var printed: PrintedNumber
    /// The figure as computed, in the table's whole tonnes (or whole percent); `nil` where the table has none.
    public var computed: Double?

    /// Printed minus computed; `nil` where nothing is computed.
    public var difference: Double? {
        computed.map { printed.value - $0 }
    }

    /// Whether printed and computed agree exactly.
    public var agrees: Bool { difference == 0 }

    /// How far the two may differ and still agree: one unit of the printed figure's last digit; for a figure
    /// printed with decimals also the half tonne (or half percent) the table's whole figures carry, since the
    /// table rounds where the source did not (367 143.7 printed, 367 144 in the table).
    public var tolerance: Double {
        printed.unit + (printed.decimals > 0 ? 0.5 : 0)
    }

    /// Whether they differ by no more than the rounding, but do differ.
    public var isRoundingNote: Bool {
        guard let difference, difference != 0 else { return false }
        return abs(difference) <= tolerance + 1e-9
    }

    /// Whether they differ by more than rounding, or the table has no figure to compare with.
    public var isSlip: Bool {
        guard let difference else { return true }
        return abs(difference) > tolerance + 1e-9
    }

    /// Every printed figure of a budget against the table computed from its data, in table order, years in order.
    ///
    /// - Parameter table: the table to compare with, as a report shows it (a withheld figure is `nil` there, so it
    ///   is never revealed through a comparison); by default the whole table computed from the data.
    public static func checks(_ budget: Budget, table: EmissionBudgetTable? = nil) -> [PrintedFigureCheck] {
        let printed = budget.printed
        guard !printed.isEmpty else { return [] }
        let table = table ?? EmissionBudgetTable.compute(for: budget)
        var checks: [PrintedFigureCheck] = []
        for row in printed.table.keys.sorted() {
            for (year, number) in (printed.table[row] ?? [:]).sorted(by: { $0.key < $1.key }) {
                checks.append(
                    PrintedFigureCheck(
                        row: row, year: year, printed: number, computed: table.row(year).flatMap { value(row, $0) }))
            }
        }
        for (row, number) in printed.cumulative.sorted(by: { $0.key < $1.key }) {
            checks.append(
                PrintedFigureCheck(row: row, year: nil, printed: number, computed: sum(row, table.cumulative)))
        }
        return checks
    }

    private static func value(_ row: PrintedRow, _ year: EmissionBudgetRow) -> Double? {
        switch row {
        case .reference: year.reference
        case .referenceChange: year.referenceChange.map(Double.init)
        case .effect: year.effect
        case .measurePathway: year.measurePathway
        case .measurePathwayChange: year.measurePathwayChange.map(Double.init)
        case .target: year.target?.value
        case .targetChange: year.targetChange.map(Double.init)
        case .gap: year.gap
        case .gapPoints: year.gapPoints.map(Double.init)
        }
    }

    private static func sum(_ row: PrintedRow, _ sums: CumulativeFigures) -> Double? {
        switch row {
        case .reference: sums.reference
        case .effect: sums.effect
        case .measurePathway: sums.measurePathway
        case .target: sums.target
        case .gap: sums.gap
        case .referenceChange, .measurePathwayChange, .targetChange, .gapPoints: nil
        }
    }
}
