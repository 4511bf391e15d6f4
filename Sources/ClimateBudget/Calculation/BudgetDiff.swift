/// What changed between two rounds of a budget: measures added, removed and changed, and per year the
/// change in reference, target, measure pathway and gap.
public struct BudgetDiff: Sendable, Equatable {
    /// The old and the new period, when the period moved.
    public private(set) var period: (old: Period, new: Period)?
    /// Measures only in the new budget.
    public private(set) var added: [Measure]
    /// Measures only in the old budget.
    public private(set) var removed: [Measure]
    /// Measures in both whose fields differ, by id.
    public private(set) var changed: [MeasureChange]
    /// Every year of either table where a figure differs, in order (a withheld figure counts as none).
    public private(set) var years: [YearChange]
    /// The gap summed over each budget's own period: the carbon-budget view before and after.
    public private(set) var cumulativeGap: FigureChange
    /// The years where both budgets have a gap, over which ``totalGapChange`` is summed.
    public private(set) var yearsCompared: [Int]

    /// Whether the two budgets are the same in everything the diff compares.
    public var isEmpty: Bool {
        period == nil && added.isEmpty && removed.isEmpty && changed.isEmpty && years.isEmpty
    }

    /// The change in the gap summed over the years where both budgets have one.
    public var totalGapChange: Double {
        years.reduce(0) { $0 + ($1.gap.delta ?? 0) }
    }

    /// Compares two budgets. With `withholding`, each budget's figures leave out what its errors withhold, in
    /// the years they withhold it, and the rest is compared. (Whether figures are withheld, and why, is said by
    /// the caller: see `BudgetComparison.withheld`.)
    public static func compare(
        _ old: Budget, _ new: Budget, withholding: (old: Withholding, new: Withholding)? = nil
    ) -> BudgetDiff {
        let oldIDs = Set(old.measures.map(\.id))
        let newIDs = Set(new.measures.map(\.id))
        let added = new.measures.filter { !oldIDs.contains($0.id) }.sorted { $0.id < $1.id }
        let removed = old.measures.filter { !newIDs.contains($0.id) }.sorted { $0.id < $1.id }
        // The old measures by id, looked up once each (the first of a duplicate id, as everywhere).
        var oldByID: [Int: Measure] = [:]
        for measure in old.measures where oldByID[measure.id] == nil { oldByID[measure.id] = measure }
        let changed = new.measures.sorted { $0.id < $1.id }.compactMap { measure -> MeasureChange? in
            guard let before = oldByID[measure.id] else { return nil }
            let fields = MeasureChange.fields(before, measure)
            return fields.isEmpty
                ? nil : MeasureChange(id: measure.id, title: measure.title, file: measure.file, fields: fields)
        }
        let oldTable =
            withholding.map { EmissionBudgetTable.compute(for: old, withholding: $0.old) }
            ?? EmissionBudgetTable.compute(for: old)
        let newTable =
            withholding.map { EmissionBudgetTable.compute(for: new, withholding: $0.new) }
            ?? EmissionBudgetTable.compute(for: new)
        let allYears = Set(oldTable.rows.map(\.year) + newTable.rows.map(\.year)).sorted()
        let years = allYears.compactMap { year -> YearChange? in
            let a = oldTable.row(year)
            let b = newTable.row(year)
            let change = YearChange(
                year: year,
                reference: FigureChange(old: a?.reference, new: b?.reference),
                target: FigureChange(old: a?.target?.value, new: b?.target?.value),
                measurePathway: FigureChange(old: a?.measurePathway, new: b?.measurePathway),
                gap: FigureChange(old: a?.gap, new: b?.gap))
            return change.isUnchanged ? nil : change
        }
        let periods = old.settings.period == new.settings.period ? nil : (old.settings.period, new.settings.period)
        let compared = allYears.filter { oldTable.row($0)?.gap != nil && newTable.row($0)?.gap != nil }
        return BudgetDiff(
            period: periods, added: added, removed: removed, changed: changed,
            years: years, cumulativeGap: FigureChange(old: oldTable.cumulative.gap, new: newTable.cumulative.gap),
            yearsCompared: compared)
    }

    /// Diffs compare by content.
    public static func == (lhs: BudgetDiff, rhs: BudgetDiff) -> Bool {
        lhs.period?.old == rhs.period?.old && lhs.period?.new == rhs.period?.new && lhs.added == rhs.added
            && lhs.removed == rhs.removed && lhs.changed == rhs.changed && lhs.years == rhs.years
            && lhs.cumulativeGap == rhs.cumulativeGap && lhs.yearsCompared == rhs.yearsCompared
            && lhs.yearsCompared == rhs.yearsCompared
    }
}

/// How one measure changed.
public struct MeasureChange: Sendable, Equatable {
    /// The measure's id.
    public private(set) var id: Int
    /// The measure's title in the new budget.
    public private(set) var title: String
    /// The measure's file in the new budget.
    public private(set) var file: String
    /// The fields that differ.
    public private(set) var fields: [FieldChange]

    /// Creates the change of one measure.
    public init(id: Int, title: String, file: String, fields: [FieldChange]) {
        self.id = id
        self.title = title
        self.file = file
        self.fields = fields
    }

    /// The differences between two versions of a measure, in the order a reader checks them.
    ///
    /// The id is compared too, as two versions of the same file may give the measure a new number; the file
    /// is not, as two budget folders show their files under different paths (see ``FieldChange/file(old:new:)``).
    public static func fields(_ old: Measure, _ new: Measure) -> [FieldChange] {
        var changes: [FieldChange] = []
        if old.id != new.id { changes.append(.id(old: old.id, new: new.id)) }
        if old.title != new.title { changes.append(.title(old: old.title, new: new.title)) }
        if old.kind != new.kind { changes.append(.kind(old: old.kind, new: new.kind)) }
        if old.sector != new.sector { changes.append(.sector(old: old.sector, new: new.sector)) }
        if old.responsibility.implementers != new.responsibility.implementers {
            changes.append(.implementers(old: old.responsibility.implementers, new: new.responsibility.implementers))
        }
        if old.responsibility.reporter != new.responsibility.reporter {
            changes.append(.reporter(old: old.responsibility.reporter, new: new.responsibility.reporter))
        }
        if old.responsibility.reporterLost != new.responsibility.reporterLost {
            changes.append(.reporterLost(old: old.responsibility.reporterLost, new: new.responsibility.reporterLost))
        }
        if old.responsibility.printed != new.responsibility.printed {
            changes.append(.printedResponsibility(old: old.responsibility.printed, new: new.responsibility.printed))
        }
        for (old, new, change) in [
            (old.effect, new.effect, FieldChange.effect), (old.effectLow, new.effectLow, FieldChange.effectLow),
            (old.effectHigh, new.effectHigh, FieldChange.effectHigh),
        ] {
            for year in Set(old.keys).union(new.keys).sorted() where old[year] != new[year] {
                changes.append(change(year, old[year], new[year]))
            }
        }
        if old.overlaps != new.overlaps { changes.append(.overlaps(old: old.overlaps, new: new.overlaps)) }
        if old.goals != new.goals { changes.append(.goals(old: old.goals, new: new.goals)) }
        let evidence = Set(old.goalEvidence.keys).union(new.goalEvidence.keys).filter {
            old.goalEvidence[$0] != new.goalEvidence[$0]
        }
        if !evidence.isEmpty { changes.append(.goalEvidence(goals: evidence.sorted())) }
        if old.description != new.description { changes.append(.description) }
        if old.statusReports != new.statusReports {
            changes.append(
                .status(
                    old: old.latestStatus.map { "\($0.period) \($0.status.rawValue)" },
                    new: new.latestStatus.map { "\($0.period) \($0.status.rawValue)" }))
        }
        return changes
    }
}

/// One field of a measure that changed, with its old and new value.
public enum FieldChange: Sendable, Equatable {
    /// The measure's number, where the same file gives it another one.
    case id(old: Int, new: Int)
    /// The measure's file, where it was renamed (found by comparing the budget folders' files).
    case file(old: String, new: String)
    /// The title.
    case title(old: String, new: String)
    /// The kind (which table the measure is in).
    case kind(old: MeasureKind, new: MeasureKind)
    /// The emission sector.
    case sector(old: String?, new: String?)
    /// Who carries the measure out.
    case implementers(old: [String], new: [String])
    /// Who reports on it.
    case reporter(old: String?, new: String?)
    /// The "Ansvar" text as printed.
    case printedResponsibility(old: String, new: String)
    /// The effect in one year.
    case effect(year: Int, old: Double?, new: Double?)
    /// The low effect in one year.
    case effectLow(year: Int, old: Double?, new: Double?)
    /// The high effect in one year.
    case effectHigh(year: Int, old: Double?, new: Double?)
    /// The overlaps declared with other measures, before and after.
    case overlaps(old: [MeasureOverlap], new: [MeasureOverlap])
    /// The goals served.
    case goals(old: [String], new: [String])
    /// The source's sentence for these goals was added, changed or removed (long texts, so only the goals are shown).
    case goalEvidence(goals: [String])
    /// The note that the printed budget's reporter was lost in our text was set or cleared.
    case reporterLost(old: Bool, new: Bool)
    /// The description changed (its text is long, so only the fact is shown).
    case description
    /// The status reports changed: the latest report before and after, such as "2022-T1 on-track".
    case status(old: String?, new: String?)
}

/// One year's figures in the old and the new budget.
public struct YearChange: Sendable, Equatable {
    /// The year.
    public private(set) var year: Int
    /// Reference emissions.
    public private(set) var reference: FigureChange
    /// The target (cap).
    public private(set) var target: FigureChange
    /// The measure pathway.
    public private(set) var measurePathway: FigureChange
    /// The gap.
    public private(set) var gap: FigureChange

    /// Whether every figure is the same.
    var isUnchanged: Bool {
        [reference, target, measurePathway, gap].allSatisfy { $0.old == $0.new }
    }
}

/// A figure before and after; either may be absent.
public struct FigureChange: Sendable, Equatable {
    /// The old figure.
    public private(set) var old: Double?
    /// The new figure.
    public private(set) var new: Double?

    /// Creates a change.
    public init(old: Double?, new: Double?) {
        self.old = old
        self.new = new
    }

    /// New minus old, where both exist.
    public var delta: Double? {
        guard let old, let new else { return nil }
        return new - old
    }
}
