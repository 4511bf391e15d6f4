/// Actual emissions follow the budget up from its base year on: a figure for an earlier year is compared with
/// nothing and shown nowhere, which usually means a year was mistyped (2002 for 2022).
public enum ActualBeforeBaseYear: ValidationRule {
    public static let id = "actual-before-base-year"
    public static let title = "Actual emissions are for the base year or later"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Faktiske utslipp for år før referanseåret", "nn": "Faktiske utslepp for år før referanseåret",
        "en": "Actual emissions for years before the base year",
    ]
    public static let summary =
        "An actual emission figure in Data/actuals.csv for a year before the base year is compared with nothing and shown nowhere; correct the year, or remove the row."
    public static let checksMeasures = false
    public static let severity = Severity.warning
    /// The base year is in the settings; the figures in the actuals file.
    public static let needs: Set<BudgetPart> = [.settings, .actuals]
    public static let examples = RuleExamples(
        breaking: RuleExample("Data/actuals.csv has a figure for 2008, before the base year 2009") { budget in
            budget.actuals = Actuals(total: [2008: 1010])
        },
        passing: RuleExample("Data/actuals.csv has a figure for 2022") { budget in
            budget.actuals = Actuals(total: [2022: 890])
        })

    public static func check(_ budget: Budget) -> [Finding] {
        let baseYear = budget.settings.baseYear
        let early = budget.actuals.years.filter { $0 < baseYear }
        guard !early.isEmpty else { return [] }
        return [
            finding(
                file: budget.files.actuals, about: [.actuals], in: Set(early), details: .years(early),
                message(years: early, baseYear: baseYear))
        ]
    }
}

// MARK: - Messages

extension ActualBeforeBaseYear {
    static func message(years: [Int], baseYear: Int) -> String {
        let list = years.map(String.init).joined(separator: ", ")
        return
            "year \(list): actual emissions before the base year \(baseYear) are compared with nothing and shown nowhere; correct the year or remove the row"
    }
}
