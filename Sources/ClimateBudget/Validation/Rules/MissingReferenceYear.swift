/// The reference pathway has a figure for the base year and for every period year: without them
/// there is no measure pathway, no percentage and no gap.
public enum MissingReferenceYear: ValidationRule {
    public static let id = "missing-reference-year"
    public static let title = "The reference pathway covers the base year and the period"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Referansebanen mangler år", "nn": "Referansebanen manglar år", "en": "The reference pathway lacks years",
    ]
    public static let summary =
        "The reference pathway needs total emissions for the base year and for every year of the period."
    public static let checksMeasures = false
    public static let severity = Severity.error
    /// Without the reference file every year would look missing.
    public static let needs: Set<BudgetPart> = [.settings, .reference]
    public static let examples = RuleExamples(
        breaking: RuleExample("The reference pathway has no figure for 2023") { budget in
            budget.reference.total[2023] = nil
        },
        passing: RuleExample("The reference pathway has figures for 2009, 2022 and 2023") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        let needed = [budget.settings.baseYear] + budget.settings.period.years
        let missing = needed.filter { budget.referencePathway.total[$0] == nil }
        guard !missing.isEmpty else { return [] }
        return [
            finding(
                file: budget.files.reference, about: [.referenceTotal], in: Set(missing), details: .years(missing),
                message(missing: missing, projectionNeeds: projectionNeeds(budget, missing: missing)))
        ]
    }

    /// What the budget's projection rule needs to reach years it left without a figure, for this rule's message
    /// and `roll`'s: "the "projection" in Data/budget.json needs inventory figures up to 2019 to project from
    /// ...". `nil` without a projection rule, or when every year missing is history (which it never fills).
    package static func projectionNeeds(_ budget: Budget, missing: [Int]) -> String? {
        let pathway = budget.referencePathway
        guard pathway.projection != nil, let last = pathway.lastHistoricalYear, missing.contains(where: { $0 > last })
        else { return nil }
        return
            "the \"projection\" in \(budget.files.settings) needs inventory figures up to \(last) to project from: one, or two for a linear trend, in every sector column"
    }
}

// MARK: - Messages

extension MissingReferenceYear {
    static func message(missing: [Int], projectionNeeds: String? = nil) -> String {
        let years = missing.map(String.init).joined(separator: ", ")
        guard let projectionNeeds else {
            return "the reference pathway has no emissions for \(years); add a row for each of these years"
        }
        return
            "the reference pathway has no emissions for \(years), and \(projectionNeeds); add them, or a row for each of these years"
    }
}
