/// Emissions if no further measures are taken (referansebane): history up to a year, then projection.
///
/// A budget may give the pathway per sector, as a total, or both. Where only sectors are given,
/// the total is their sum. Years after the last history year are projections: given in the file (a
/// consultant's figures) or computed by the budget's ``projection`` rule (``projected(years:)``).
public struct ReferencePathway: Sendable, Equatable {
    /// Total emissions per year, as given or summed from the sectors.
    public var total: YearlySeries
    /// Emissions per sector id per year, where the budget gives sector figures.
    public var bySector: [String: YearlySeries]
    /// The last year that is history (utslippsregnskap) rather than projection, if known.
    public var lastHistoricalYear: Int?
    /// How years the file does not give are projected from history; `nil` keeps the pathway as given.
    public var projection: ReferenceProjection?
    /// The years of ``total`` computed by the projection rule rather than given, with the method of each.
    public internal(set) var projectedTotal: [Int: ReferenceOrigin] = [:]
    /// The years of each sector computed by the projection rule, with the method of each.
    public internal(set) var projectedSectors: [String: [Int: ReferenceOrigin]] = [:]

    /// Creates a reference pathway. When `total` is empty the sum of `bySector` is used.
    public init(
        total: YearlySeries = [:], bySector: [String: YearlySeries] = [:], lastHistoricalYear: Int? = nil,
        projection: ReferenceProjection? = nil
    ) {
        self.total = total.isEmpty ? .sum(bySector.values) : total
        self.bySector = bySector
        self.lastHistoricalYear = lastHistoricalYear
        self.projection = projection
    }

    /// The years that have a total figure, in order.
    public var years: [Int] { total.keys.sorted() }

    /// Where the total of a year comes from: history, a figure given for a later year, or the projection rule;
    /// `nil` for a year without a figure.
    public func origin(in year: Int) -> ReferenceOrigin? {
        if let projected = projectedTotal[year] { return projected }
        guard total[year] != nil else { return nil }
        return isHistory(year) ? .history : .explicit
    }

    /// Where a sector's figure of a year comes from; `nil` for a year without a figure.
    public func origin(in year: Int, sector: String) -> ReferenceOrigin? {
        if let projected = projectedSectors[sector]?[year] { return projected }
        guard bySector[sector]?[year] != nil else { return nil }
        return isHistory(year) ? .history : .explicit
    }

    /// Whether a year is history: up to ``lastHistoricalYear``; without it, no year can be told from projection
    /// and every given figure counts as history.
    public func isHistory(_ year: Int) -> Bool {
        lastHistoricalYear.map { year <= $0 } ?? true
    }
}

/// How a budget carries its reference pathway past the last history year: one method for every series, and
/// another for any sector that needs one.
public struct ReferenceProjection: Sendable, Equatable {
    /// The method for the total and every sector not named in ``bySector``.
    public var method: ProjectionMethod
    /// Methods for single sectors, by sector id.
    public var bySector: [String: ProjectionMethod]

    /// Creates a projection rule.
    public init(method: ProjectionMethod, bySector: [String: ProjectionMethod] = [:]) {
        self.method = method
        self.bySector = bySector
    }

    /// The method for a sector.
    public func method(forSector sector: String) -> ProjectionMethod {
        bySector[sector] ?? method
    }
}

/// A method of projecting emissions past the last history year.
public enum ProjectionMethod: Sendable, Equatable, Hashable {
    /// The last history figure, every year.
    case hold
    /// The straight line fitted by least squares through the most recent `years` history figures (years without a
    /// figure are skipped, never filled). Where the line falls below zero the projection is 0: emissions do not
    /// go negative by extrapolation.
    case linearTrend(years: Int)
    /// The last history figure changed by a constant percentage a year: -2 for 2 % less each year.
    case percentChange(perYear: Double)

    /// The method's name in files and machine-readable output.
    public var name: String {
        switch self {
        case .hold: "hold"
        case .linearTrend: "linearTrend"
        case .percentChange: "percentChange"
        }
    }
}

/// Where a reference figure comes from.
public enum ReferenceOrigin: Sendable, Equatable, Hashable {
    /// An inventory figure (utslippsregnskap): a year up to the last history year.
    case history
    /// A projection given in the reference file for its year (it overrides any projection rule).
    case explicit
    /// Computed by a projection method from the history up to `from`, the last year with a figure.
    case projected(ProjectionMethod, from: Int)
    /// The sum of sectors projected by different methods.
    case sumOfSectors

    /// The origin's name in machine-readable output: "history", "explicit", "hold", "linearTrend",
    /// "percentChange" or "sumOfSectors".
    public var name: String {
        switch self {
        case .history: "history"
        case .explicit: "explicit"
        case .projected(let method, _): method.name
        case .sumOfSectors: "sumOfSectors"
        }
    }
}
