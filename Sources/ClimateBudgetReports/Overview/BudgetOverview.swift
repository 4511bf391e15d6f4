import ClimateBudget
import ClimateBudgetFiles

/// One budget of an overview (`climate-budget overview`), reduced to the few figures the overview shows, so that a
/// run over hundreds of budgets keeps one small row per budget and no budget in memory.
///
/// Every figure follows the rule of ``Tonnes`` and comes from the budget's own emission budget table (the one
/// `gap` prints), so a row shows exactly what `gap` shows for the same years; a figure that `gap` withholds is
/// `nil` here too.
public struct OverviewRow: Sendable, Equatable {
    /// The budget folder as the user named it (or as found inside a folder the user named), such as "budgets/trondheim".
    public var folder: String
    /// The municipality (Data/budget.json); `nil` when the budget does not load.
    public var municipality: String?
    /// The base year; `nil` when the budget does not load.
    public var baseYear: Int?
    /// The reference emissions in the base year, whole tonnes.
    public var baseEmissions: Double?
    /// The budget period.
    public var period: Period?
    /// The summed effect of the quantified measures in the period's last year, whole tonnes.
    public var effect: Double?
    /// The gap in the period's first year, whole tonnes.
    public var gapFirst: Double?
    /// The gap in the period's first year, in percentage points of the base year's emissions (``EmissionBudgetRow/gapPoints``).
    public var gapPointsFirst: Int?
    /// The gap in the period's last year, whole tonnes.
    public var gapLast: Double?
    /// The gap in the period's last year, in percentage points.
    public var gapPointsLast: Int?
    /// The change against the base year the measure pathway reaches in the period's last year, a whole percent.
    public var measurePathwayChange: Int?
    /// The change against the base year the target requires in the period's last year, a whole percent.
    public var targetChange: Int?
    /// The measures without a reporting service area: those the rules `missing-reporter` and
    /// `reporter-not-service-area` find (the reporter is missing, or an outside actor or a group).
    public var measuresWithoutReporter: Int?
    /// The validation findings of severity error.
    public var errors: Int?
    /// The validation findings of severity warning.
    public var warnings: Int?
    /// Why the budget does not load; `nil` when it loads.
    public var loadError: OverviewLoadError?

    /// Creates a row from its figures.
    public init(
        folder: String, municipality: String? = nil, baseYear: Int? = nil, baseEmissions: Double? = nil,
        period: Period? = nil, effect: Double? = nil, gapFirst: Double? = nil, gapPointsFirst: Int? = nil,
        gapLast: Double? = nil, gapPointsLast: Int? = nil, measurePathwayChange: Int? = nil, targetChange: Int? = nil,
        measuresWithoutReporter: Int? = nil, errors: Int? = nil, warnings: Int? = nil,
        loadError: OverviewLoadError? = nil
    ) {
        self.folder = folder
        self.municipality = municipality
        self.baseYear = baseYear
        self.baseEmissions = baseEmissions
        self.period = period
        self.effect = effect
        self.gapFirst = gapFirst
        self.gapPointsFirst = gapPointsFirst
        self.gapLast = gapLast
        self.gapPointsLast = gapPointsLast
        self.measurePathwayChange = measurePathwayChange
        self.targetChange = targetChange
        self.measuresWithoutReporter = measuresWithoutReporter
        self.errors = errors
        self.warnings = warnings
        self.loadError = loadError
    }

    /// The row of a budget that loaded: validated with every rule, its table computed leaving out what the
    /// findings withhold, as `gap` does.
    public init(folder: String, budget: Budget) {
        let findings = Validator.validate(budget)
        let withholding = Withholding(budget: budget, findings: findings)
        let table = EmissionBudgetTable.compute(for: budget, withholding: withholding)
        let period = budget.settings.period
        let first = table.row(period.start)
        let last = table.row(period.end)
        let reporterRules: Set<String> = [MissingReporter.id, ReporterNotServiceArea.id]
        let withoutReporter = Set(findings.filter { reporterRules.contains($0.rule) }.compactMap(\.measure))
        self.init(
            folder: folder, municipality: budget.settings.municipality, baseYear: table.baseYear,
            baseEmissions: table.baseEmissions, period: period, effect: last?.effect, gapFirst: first?.gap,
            gapPointsFirst: first?.gapPoints, gapLast: last?.gap, gapPointsLast: last?.gapPoints,
            measurePathwayChange: last?.measurePathwayChange, targetChange: last?.targetChange,
            measuresWithoutReporter: withoutReporter.count,
            errors: findings.filter { $0.severity == .error }.count + budget.financing.problems.count,
            warnings: findings.filter { $0.severity == .warning }.count)
    }

    /// The row of a budget that does not load: its first problem, and how many more there are.
    public init(folder: String, problems: [LoadError]) {
        let first = problems.first
        self.init(
            folder: folder,
            loadError: OverviewLoadError(
                code: first?.code ?? "", file: first?.file ?? folder, message: first?.placeAndMessage ?? "",
                more: max(0, problems.count - 1)))
    }

    /// Whether the budget loaded.
    public var loaded: Bool { loadError == nil }
}

/// Why a budget of an overview does not load: its first problem, as `validate` would name it.
public struct OverviewLoadError: Sendable, Equatable {
    /// The problem's stable code, such as "malformed-json" (see `climate-budget rules`).
    public var code: String
    /// The file the problem is in, as shown, such as "budgets/bergen/Data/budget.json".
    public var file: String
    /// The place in the file and what is wrong and what to do, such as "line 3, column 5: the JSON is malformed ...".
    public var message: String
    /// How many more problems the budget has; `validate --budget FOLDER` shows them all.
    public var more: Int

    /// Creates a load error.
    public init(code: String, file: String, message: String, more: Int) {
        self.code = code
        self.file = file
        self.message = message
        self.more = more
    }
}

/// A column the overview can be sorted by (`overview --sort COLUMN`).
public enum OverviewColumn: String, CaseIterable, Sendable {
    case municipality, folder
    case baseYear = "base-year"
    case baseEmissions = "base-emissions"
    case period, effect
    case gapFirst = "gap-first"
    case gapLast = "gap-last"
    case gapPointsFirst = "gap-points-first"
    case gapPointsLast = "gap-points-last"
    case measurePathwayChange = "pathway-change"
    case targetChange = "target-change"
    case withoutReporter = "without-reporter"
    case errors, warnings
}

/// The rows of an overview, sorted, and their totals.
public struct BudgetOverview: Sendable, Equatable {
    /// One row per budget, in the chosen order.
    public var rows: [OverviewRow]
    /// The sums over the rows.
    public var totals: OverviewTotals

    /// Sorts the rows by `column`, ascending unless `descending`. Rows without the figure (a budget that does not
    /// load, a withheld figure) come last either way; rows that tie are ordered by municipality, then folder.
    /// Names compare in Norwegian alphabetical order, letter case aside: a to z, then æ, ø, å.
    public init(rows: [OverviewRow], sortedBy column: OverviewColumn = .municipality, descending: Bool = false) {
        let keyed = rows.map { (row: $0, key: Self.key($0, column), name: Self.nameKey($0)) }
        let sorted = keyed.sorted { lhs, rhs in
            switch (lhs.key, rhs.key) {
            case (nil, nil): break
            case (nil, _): return false
            case (_, nil): return true
            case (let left?, let right?):
                if left != right { return descending ? right < left : left < right }
            }
            if lhs.name != rhs.name { return lhs.name < rhs.name }
            return lhs.row.folder < rhs.row.folder
        }
        self.rows = sorted.map(\.row)
        totals = OverviewTotals(rows: rows)
    }

    /// A value to sort by: a name, or a number.
    enum SortKey: Comparable {
        case number(Double)
        case text(String)
    }

    static func key(_ row: OverviewRow, _ column: OverviewColumn) -> SortKey? {
        func number(_ value: Double?) -> SortKey? { value.map { .number($0) } }
        func number(_ value: Int?) -> SortKey? { value.map { .number(Double($0)) } }
        switch column {
        case .municipality: return row.municipality.map { .text(collationKey($0)) }
        case .folder: return .text(collationKey(row.folder))
        case .baseYear: return number(row.baseYear)
        case .baseEmissions: return number(row.baseEmissions)
        case .period: return row.period.map { .number(Double($0.start) * 10_000 + Double($0.end)) }
        case .effect: return number(row.effect)
        case .gapFirst: return number(row.gapFirst)
        case .gapLast: return number(row.gapLast)
        case .gapPointsFirst: return number(row.gapPointsFirst)
        case .gapPointsLast: return number(row.gapPointsLast)
        case .measurePathwayChange: return number(row.measurePathwayChange)
        case .targetChange: return number(row.targetChange)
        case .withoutReporter: return number(row.measuresWithoutReporter)
        case .errors: return number(row.errors)
        case .warnings: return number(row.warnings)
        }
    }

    /// The tie-breaker: the municipality, or the folder of a budget that does not load.
    static func nameKey(_ row: OverviewRow) -> String {
        collationKey(row.municipality ?? row.folder)
    }

    /// A name as it sorts in Norwegian: lower case, with æ, ø and å after z.
    static func collationKey(_ name: String) -> String {
        String(
            name.lowercased().unicodeScalars.map { scalar -> Character in
                switch scalar {
                case "æ": "\u{10FFF0}"
                case "ø": "\u{10FFF1}"
                case "å": "\u{10FFF2}"
                default: Character(scalar)
                }
            })
    }
}

/// The sums of an overview: every figure in tonnes and every count, summed over the rows that show it, so the
/// totals add up as printed (a budget that does not load, or a withheld figure, adds nothing). Base years, periods
/// and percentages are not summed.
public struct OverviewTotals: Sendable, Equatable {
    /// The budgets in the overview.
    public var budgets: Int
    /// The budgets that load.
    public var loaded: Int
    /// The sum of the base-year emissions.
    public var baseEmissions: Double
    /// The sum of the effects in each budget's last period year.
    public var effect: Double
    /// The sum of the gaps in each budget's first period year.
    public var gapFirst: Double
    /// The sum of the gaps in each budget's last period year.
    public var gapLast: Double
    /// The measures without a reporting service area, in all budgets.
    public var measuresWithoutReporter: Int
    /// The validation errors, in all budgets.
    public var errors: Int
    /// The validation warnings, in all budgets.
    public var warnings: Int

    /// The sums over `rows`.
    public init(rows: [OverviewRow]) {
        budgets = rows.count
        loaded = rows.filter(\.loaded).count
        baseEmissions = rows.reduce(0) { $0 + ($1.baseEmissions ?? 0) }
        effect = rows.reduce(0) { $0 + ($1.effect ?? 0) }
        gapFirst = rows.reduce(0) { $0 + ($1.gapFirst ?? 0) }
        gapLast = rows.reduce(0) { $0 + ($1.gapLast ?? 0) }
        measuresWithoutReporter = rows.reduce(0) { $0 + ($1.measuresWithoutReporter ?? 0) }
        errors = rows.reduce(0) { $0 + ($1.errors ?? 0) }
        warnings = rows.reduce(0) { $0 + ($1.warnings ?? 0) }
    }

    /// The budgets that do not load.
    public var failed: Int { budgets - loaded }
}
