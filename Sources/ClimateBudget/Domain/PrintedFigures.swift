/// Figures as the budget's source printed them (Tabell 7-1's rows and sums), recorded beside the data so the tool
/// can compute each and compare: a slip in a published document is flagged, never copied.
public struct PrintedFigures: Sendable, Equatable {
    /// Where the figures were printed, such as "Tabell 7-1".
    public var source: String?
    /// Printed rows of the emission budget table: a row, then a figure per year.
    public var table: [PrintedRow: [Int: PrintedNumber]]
    /// Printed sums over the period, per row.
    public var cumulative: [PrintedRow: PrintedNumber]

    /// Creates a record of printed figures.
    public init(
        source: String? = nil, table: [PrintedRow: [Int: PrintedNumber]] = [:],
        cumulative: [PrintedRow: PrintedNumber] = [:]
    ) {
        self.source = source
        self.table = table
        self.cumulative = cumulative
    }

    /// Whether nothing is recorded.
    public var isEmpty: Bool { table.isEmpty && cumulative.isEmpty }
}

/// A row of the emission budget table that a source can print.
public enum PrintedRow: String, Sendable, CaseIterable, Comparable {
    case reference, referenceChange, effect, measurePathway, measurePathwayChange, target, targetChange, gap, gapPoints

    /// Whether the row is in whole percent (or percentage points) rather than tonnes.
    public var isPercent: Bool {
        switch self {
        case .referenceChange, .measurePathwayChange, .targetChange, .gapPoints: true
        default: false
        }
    }

    /// Rows compare in the table's order.
    public static func < (lhs: PrintedRow, rhs: PrintedRow) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// A number as printed, with the number of decimals it was printed with: its last digit's unit is the rounding
/// it carries (62 844 is within 1 of the exact figure, 367 143.7 within 0.1).
public struct PrintedNumber: Sendable, Equatable {
    /// The value.
    public var value: Double
    /// How many decimals were printed.
    public var decimals: Int

    /// Creates a printed number.
    public init(_ value: Double, decimals: Int = 0) {
        self.value = value
        self.decimals = decimals
    }

    /// One unit of the last printed digit: 1 for whole numbers, 0.1 for one decimal.
    public var unit: Double {
        (0..<decimals).reduce(1.0) { value, _ in value / 10 }
    }
}
