/// An overlap is between two quantified measures of the budget: one with a measure that does not exist, that has
/// no effect (it is not quantified), or with the measure itself counts nothing and is almost certainly a slip.
public enum OverlapUnknownMeasure: ValidationRule {
    public static let id = "overlap-unknown-measure"
    public static let title = "Overlaps are between two quantified measures"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Overlapp med et ukjent eller ikke kvantifisert tiltak",
        "nn": "Overlapp med eit ukjent eller ikkje kvantifisert tiltak",
        "en": "An overlap with an unknown or unquantified measure",
    ]
    public static let summary =
        "An entry of \"overlaps\" names another measure of the budget, by its id, and both measures are quantified: only their effects can overlap."
    public static let severity = Severity.error
    /// Each measure is checked on its own; an overlap with a measure whose file did not load is reported as one
    /// with no measure that loads, which it is (the load problem says why).
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 overlaps measure 2, which is not quantified, by 25 %") { budget in
            budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .share(25))]
        },
        passing: RuleExample("Measure 1 declares no overlap with measure 2") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        // Without a declared overlap there is nothing to check, and no index of the measures to build.
        guard MeasureOverlaps.declared(among: budget.measures) else { return [] }
        var byID: [Int: Measure] = [:]
        for measure in budget.measures where byID[measure.id] == nil { byID[measure.id] = measure }
        var findings: [Finding] = []
        for measure in budget.measures where !measure.overlaps.isEmpty {
            guard measure.kind == .quantified else {
                findings.append(
                    finding(
                        measure: measure.id, file: measure.file, about: [.overlaps], message(declaring: measure.kind)))
                continue
            }
            for (index, overlap) in measure.overlaps.enumerated() {
                let place = "overlaps[\(index)]"
                let message: String
                if overlap.measure == measure.id {
                    message = Self.message(itself: place)
                } else if let other = byID[overlap.measure] {
                    guard other.kind != .quantified else { continue }
                    message = Self.message(place: place, other: other)
                } else {
                    message = Self.message(place: place, unknown: overlap.measure, folder: budget.files.measures)
                }
                findings.append(finding(measure: measure.id, file: measure.file, about: [.overlaps], message))
            }
        }
        return findings
    }
}

// MARK: - Messages

extension OverlapUnknownMeasure {
    static func message(declaring kind: MeasureKind) -> String {
        "the measure declares overlaps but is of kind \"\(kind.rawValue)\", which has no effect to overlap; remove \"overlaps\" or set \"kind\" to \"quantified\""
    }

    static func message(itself place: String) -> String {
        "\(place) names this measure itself; an overlap is between two measures: name the other one or remove the entry"
    }

    static func message(place: String, other: Measure) -> String {
        "\(place) names measure \(other.id), which is of kind \"\(other.kind.rawValue)\" and has no effect to overlap; remove the entry, or make measure \(other.id) quantified in \(other.file)"
    }

    static func message(place: String, unknown id: Int, folder: String) -> String {
        "\(place) names measure \(id), but no measure in \(folder)/ that loads has that id; name the other measure by the id in its file, or remove the entry"
    }
}
