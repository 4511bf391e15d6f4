/// A measure a financing line pays for exists: a tie to a measure the budget does not have would count its money
/// nowhere, and its cost per tonne could not be computed.
public enum FinancingUnknownMeasure: ValidationRule {
    public static let id = "financing-unknown-measure"
    public static let title = "Financed measures exist"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Et finansiert tiltak finnes ikke", "nn": "Eit finansiert tiltak finst ikkje",
        "en": "A financed measure does not exist",
    ]
    public static let summary =
        "Every measure a line of Data/financing.json names under measures must be a measure in Measures/."
    public static let checksMeasures = false
    public static let severity = Severity.error
    /// Without the measures every tie would look broken.
    public static let needs: Set<BudgetPart> = [.measures, .financing]
    public static let examples = RuleExamples(
        breaking: RuleExample("A line pays for measure 3, which the budget does not have") { budget in
            ExampleBudget.addFinancing(&budget)
            budget.financing.lines[0].measures[0].measure = 3
        },
        passing: RuleExample("A line pays for measure 2") { budget in
            ExampleBudget.addFinancing(&budget)
            budget.financing.lines[0].measures[0].measure = 2
        })

    public static func check(_ budget: Budget) -> [Finding] {
        let ids = budget.measures.map(\.id)
        return budget.financing.allLines.flatMap { line in
            line.measures.enumerated().compactMap { index, tie -> Finding? in
                guard !ids.contains(tie.measure) else { return nil }
                return finding(
                    file: budget.files.financing, about: [.measureDetails],
                    details: .financingLine(name: line.name, year: nil, serviceArea: nil, measure: tie.measure),
                    "\(line.place).measures[\(index)].id: \"\(line.name)\" pays for measure \(tie.measure), which is not in \(budget.files.measures)/. Correct the id, or remove the tie"
                )
            }
        }
    }
}
