/// Every measure has its own id: two files with the same id would count one measure's effect twice
/// and make "measure 7" ambiguous in reports.
public enum DuplicateMeasureID: ValidationRule {
    public static let id = "duplicate-measure-id"
    public static let title = "Measure ids are unique"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Samme tiltaksnummer er brukt to ganger", "nn": "Same tiltaksnummer er brukt to gonger",
        "en": "The same measure number is used twice",
    ]
    public static let summary = "Two measure files must not use the same id: the measure would be counted twice."
    public static let severity = Severity.error
    /// A measure file that did not load can only hide a duplicate, never make one.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("A copy of measure 1 is saved as Measures/01-fossilfri-buss-kopi.json") { budget in
            var copy = budget.measures[0]
            copy.file = "Measures/01-fossilfri-buss-kopi.json"
            budget.measures.append(copy)
        },
        passing: RuleExample("Measures 1 and 2 each have their own file and id") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        // Files are named by their measure's number, so the ids nearly always rise from file to file: then no id
        // is used twice, which one pass tells without a dictionary of every measure.
        if isRising(budget.measures.lazy.map(\.id)) { return [] }
        var first: [Int: Measure] = [:]
        var findings: [Finding] = []
        // The first id nobody uses, whichever of the two files the user decides to renumber.
        let nextFree = (budget.measures.map(\.id).max() ?? 0) + 1
        for measure in budget.measures {
            if let other = first[measure.id] {
                // A quantified measure kept twice (a copied file) counts its effect twice.
                let counted = measure.kind == .quantified || other.kind == .quantified
                findings.append(
                    finding(
                        measure: measure.id, file: measure.file, about: counted ? [.effects] : [.measureDetails],
                        message(id: measure.id, first: other.file, second: measure.file, nextFree: nextFree)))
            } else {
                first[measure.id] = measure
            }
        }
        return findings
    }

    /// Whether every id is larger than the one before it.
    static func isRising(_ ids: some Sequence<Int>) -> Bool {
        var previous: Int?
        for id in ids {
            if let previous, id <= previous { return false }
            previous = id
        }
        return true
    }
}

// MARK: - Messages

extension DuplicateMeasureID {
    /// Which of the two files is the original cannot be known (the one that sorts first may be the copy),
    /// so the message names both and leaves the choice to the user.
    static func message(id: Int, first: String, second: String, nextFree: Int) -> String {
        "the id \(id) is used by both \(first) and \(second), so the measure would be counted twice; "
            + "if one file is a copy of the other, delete the copy; "
            + "otherwise give one of them the next free id, \(nextFree), and rename its file to match"
    }
}
