import ClimateBudget

/// Everything that differs between two budget folders, by content, and the yearly figures where both
/// budgets can support them: what `diff` reports.
///
/// The files are compared whether or not the budgets load, so a broken budget never hides a change; the
/// figures need two budgets that load without errors that would make them wrong, and say so when withheld.
public struct BudgetComparison: Sendable, Equatable {
    /// Differences in the data files, and in measure files that do not read as measures, in file order.
    public package(set) var files: [FileDifference]
    /// Measures whose file is only in the new budget, by id.
    public package(set) var added: [Measure]
    /// Measures whose file is only in the old budget, by id.
    public package(set) var removed: [Measure]
    /// Measures in both budgets (the same file, or a renamed file with the same id) whose fields differ, by id.
    public package(set) var changed: [MeasureChange]
    /// The change in the yearly figures, when both budgets can support them.
    public package(set) var figures: BudgetDiff?
    /// The financing lines that differ, line by line, when both budgets load and their financing differs.
    public package(set) var financing: FinancingDiff?
    /// Why the figures are withheld, one entry per budget that cannot support them; empty when they are shown.
    public package(set) var withheld: [WithheldFigures]

    /// Creates a comparison.
    public init(
        files: [FileDifference], added: [Measure], removed: [Measure], changed: [MeasureChange],
        figures: BudgetDiff? = nil, withheld: [WithheldFigures] = []
    ) {
        self.files = files
        self.added = added
        self.removed = removed
        self.changed = changed
        self.figures = figures
        self.withheld = withheld
    }

    /// Whether the two budgets hold the same data. Different figures need different data, so the files and
    /// measures decide.
    public var isEmpty: Bool {
        files.isEmpty && added.isEmpty && removed.isEmpty && changed.isEmpty
    }

    /// Compares the files of two budgets: data files field by field and row by row, measures field by field.
    public static func compare(_ old: BudgetContents, _ new: BudgetContents) -> BudgetComparison {
        var files: [FileDifference] = []
        for (path, _) in BudgetContents.dataFiles {
            files += differences(old.data[path], new.data[path], file: path)
        }
        var comparison = BudgetComparison(files: files, added: [], removed: [], changed: [])
        comparison.compareMeasures(old.measures, new.measures)
        return comparison
    }

    /// Pairs measure files by name, then renamed files by the id they read as, and compares each pair.
    private mutating func compareMeasures(
        _ old: [String: BudgetContents.MeasureEntry], _ new: [String: BudgetContents.MeasureEntry]
    ) {
        var pairs = Set(old.keys).intersection(new.keys).sorted().map { (old: $0, new: $0) }
        var onlyOld = Set(old.keys).subtracting(new.keys)
        var onlyNew = Set(new.keys).subtracting(old.keys)
        let oldIDs = Self.uniqueIDs(onlyOld, old)
        let newIDs = Self.uniqueIDs(onlyNew, new)
        for (id, before) in oldIDs.sorted(by: { $0.key < $1.key }) {
            guard let after = newIDs[id] else { continue }
            pairs.append((before, after))
            onlyOld.remove(before)
            onlyNew.remove(after)
        }
        var fileChanges: [FileDifference] = []
        for pair in pairs {
            guard let before = old[pair.old], let after = new[pair.new] else { continue }
            if let a = before.measure, let b = after.measure {
                var fields = MeasureChange.fields(a, b)
                if pair.old != pair.new { fields.insert(.file(old: pair.old, new: pair.new), at: 0) }
                if !fields.isEmpty {
                    changed.append(MeasureChange(id: b.id, title: b.title, file: pair.new, fields: fields))
                }
            } else {
                fileChanges += Self.differences(before.content, after.content, file: pair.new)
            }
        }
        for path in onlyOld.sorted() {
            if let measure = old[path]?.measure {
                removed.append(measure)
            } else {
                fileChanges.append(FileDifference(file: path, change: .removed))
            }
        }
        for path in onlyNew.sorted() {
            if let measure = new[path]?.measure {
                added.append(measure)
            } else {
                fileChanges.append(FileDifference(file: path, change: .added))
            }
        }
        files += fileChanges.sorted { $0.file < $1.file }
        added.sort { $0.id < $1.id }
        removed.sort { $0.id < $1.id }
        changed.sort { $0.id < $1.id }
    }

    /// The files among `paths` that read as a measure whose id no other of them has, by id.
    private static func uniqueIDs(_ paths: Set<String>, _ entries: [String: BudgetContents.MeasureEntry]) -> [Int:
        String]
    {
        var byID: [Int: [String]] = [:]
        for path in paths {
            if let id = entries[path]?.measure?.id { byID[id, default: []].append(path) }
        }
        return byID.compactMapValues { $0.count == 1 ? $0[0] : nil }
    }

    /// The differences of one file between two budgets.
    static func differences(_ old: BudgetContents.Content?, _ new: BudgetContents.Content?, file: String)
        -> [FileDifference]
    {
        let changes: [FileChange]
        switch (old, new) {
        case (nil, nil): changes = []
        case (nil, .some): changes = [.added]
        case (.some, nil): changes = [.removed]
        case (.json(let a)?, .json(let b)?): changes = JSONComparison.compare(a, b)
        case (.csv(let a)?, .csv(let b)?): changes = CSVComparison.compare(a, b)
        case (.other(let a)?, .other(let b)?): changes = a == b ? [] : [.notComparable(old: nil, new: nil)]
        case (let a?, let b?):
            if a == b {
                changes = []
            } else {
                changes = [.notComparable(old: a.unreadableReason, new: b.unreadableReason)]
            }
        }
        return changes.map { FileDifference(file: file, change: $0) }
    }
}

extension BudgetContents.Content {
    /// Why the file cannot be read, or nil when it can.
    var unreadableReason: String? {
        if case .unreadable(let reason) = self { reason } else { nil }
    }
}

/// Why a budget cannot support the yearly figures: it does not load, or it has errors that would make them
/// wrong. `diff` shows this in place of the figures and exits 1.
public struct WithheldFigures: Sendable, Equatable {
    /// Which of the two budgets.
    public enum Side: String, Sendable, Equatable {
        /// The earlier budget, OLD.
        case old = "OLD"
        /// The later budget, NEW.
        case new = "NEW"
    }

    /// Which budget.
    public package(set) var side: Side
    /// The budget's folder as the user typed it.
    public package(set) var folder: String
    /// Whether the budget loads: false when its files have problems, true when validation finds errors.
    public package(set) var loads: Bool
    /// The problems or findings, one line each, naming the file and what to do.
    public package(set) var errors: [String]

    /// Creates the reason.
    public init(side: Side, folder: String, loads: Bool, errors: [String]) {
        self.side = side
        self.folder = folder
        self.loads = loads
        self.errors = errors
    }
}
