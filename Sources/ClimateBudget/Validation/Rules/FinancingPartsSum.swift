/// The sub-lines of a pot add up to the pot in every year (Tabell 7-6: "Finansiering klimainvesteringer", 45 MNOK a
/// year, split into Enøk-tiltak, el-bil lading, grunnvarme and what remains to be shared out).
public enum FinancingPartsSum: ValidationRule {
    public static let id = "financing-parts-sum"
    public static let title = "Sub-lines add up to their pot"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Underpostene summerer ikke til potten", "nn": "Underpostane summerer ikkje til potten",
        "en": "Sub-lines do not add up to their pot",
    ]
    public static let summary =
        "In Data/financing.json the parts of a pot must add up to the pot's amount in every year of the period."
    public static let checksMeasures = false
    public static let severity = Severity.error
    /// The pot and its parts are compared over the period.
    public static let needs: Set<BudgetPart> = [.settings, .financing]
    public static let examples = RuleExamples(
        breaking: RuleExample("A pot of 10 MNOK in 2023 is split into 5 and 4 MNOK") { budget in
            ExampleBudget.addFinancing(&budget)
            budget.financing.lines[1].parts[0].amounts[2023] = MNOK(5)
        },
        passing: RuleExample("A pot of 10 MNOK in 2023 is split into 6 and 4 MNOK") { budget in
            ExampleBudget.addFinancing(&budget)
        })

    public static func check(_ budget: Budget) -> [Finding] {
        var findings: [Finding] = []
        for pot in budget.financing.lines where !pot.parts.isEmpty {
            for year in budget.settings.period.years {
                let parts = pot.parts.map { $0.amount(year) }.sum()
                guard parts != pot.amount(year) else { continue }
                findings.append(
                    finding(
                        file: budget.files.financing, about: [.printedFigures],
                        details: .financingLine(name: pot.name, year: year, serviceArea: nil, measure: nil),
                        "\(pot.place).amounts.\(year): the pot \"\(pot.name)\" has \(pot.amount(year)) MNOK in \(year), but its parts add up to \(parts) MNOK (\(pot.parts.map { $0.amount(year).description }.joined(separator: " + "))); correct the pot or a part in \(budget.files.financing)"
                    ))
            }
        }
        return findings
    }
}
