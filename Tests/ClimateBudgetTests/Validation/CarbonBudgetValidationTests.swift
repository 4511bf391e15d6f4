import Testing

@testable import ClimateBudget

/// The carbon budget's span needs a target every year (issue 12). The example budget: base year 2009 with 1 000
/// tonnes, period 2022-2023, the -30 % milestone of 2023 (700 tonnes), caps 750 and 700.
@Suite("Validation of the carbon budget")
struct CarbonBudgetValidationTests {
    @Test("Span years without a target: one warning naming them, with the years as details")
    func missingYears() throws {
        let findings = CarbonBudgetTargets.check(CarbonBudgetTargets.examples.breaking.budget)
        #expect(
            findings.map(\.description) == [
                "Data/targets.json: warning: the carbon budget (carbonBudget) sums the targets from 2022 to 2025, but there is no target for 2024 and 2025, so it cannot be summed; add caps for those years to Data/target-caps.csv, milestones in Data/targets.json on both sides of them, or a span (carbonBudget.from, carbonBudget.to) that leaves them out [carbon-budget-targets]"
            ])
        let finding = try #require(findings.first)
        #expect(finding.details == .years([2024, 2025]))
        #expect(finding.years == [2024, 2025])
        #expect(finding.inputs == [.caps, .milestones])
    }

    @Test("One year without a target is named alone")
    func oneYear() {
        var budget = ExampleBudget.budget
        budget.targets.carbonBudget = CarbonBudgetSpan(to: 2024)
        #expect(
            CarbonBudgetTargets.check(budget).map(\.message) == [
                "the carbon budget (carbonBudget) sums the targets from 2022 to 2024, but there is no target for 2024, so it cannot be summed; add caps for that year to Data/target-caps.csv, milestones in Data/targets.json on both sides of them, or a span (carbonBudget.from, carbonBudget.to) that leaves them out"
            ])
    }

    @Test("A span that starts after the period it ends with")
    func backwards() {
        var budget = ExampleBudget.budget
        budget.targets.carbonBudget = CarbonBudgetSpan(from: 2027)
        #expect(
            CarbonBudgetTargets.check(budget).map(\.message) == [
                "the carbon budget (carbonBudget) runs from 2027 to 2023, the period's end: it ends before it starts; set carbonBudget.to to 2027 or later"
            ])
    }

    @Test("Without a carbonBudget, or with a target every year of the span, nothing is reported")
    func quiet() {
        #expect(CarbonBudgetTargets.check(ExampleBudget.budget).isEmpty)
        var budget = ExampleBudget.budget
        budget.targets.carbonBudget = CarbonBudgetSpan()
        #expect(CarbonBudgetTargets.check(budget).isEmpty)
        #expect(CarbonBudgetTargets.check(CarbonBudgetTargets.examples.passing.budget).isEmpty)
    }

    @Test("An error on the actual emissions withholds them, and the carbon budget only in a budget that shows one")
    func withholding() {
        let finding = Finding(
            severity: .error, rule: "invalid-cell", measure: nil, file: "Data/actuals.csv", message: "...",
            inputs: [.actuals])
        #expect(Withholding(budget: ExampleBudget.budget, findings: [finding]).figures == [.actual])
        #expect(
            Withholding(budget: CarbonBudgetTargets.examples.breaking.budget, findings: [finding]).figures == [
                .actual, .carbonBudget,
            ])
        // A missing reference figure for 2030 is outside every year the carbon budget reads (2009, 2022-2025).
        let late = Finding(
            severity: .error, rule: "missing-reference-year", measure: nil, file: "Data/reference.csv",
            message: "...", inputs: [.referenceTotal], years: [2030])
        #expect(
            !Withholding(budget: CarbonBudgetTargets.examples.breaking.budget, findings: [late]).withholds(
                .carbonBudget))
        // One for the base year, which the milestones are measured against, withholds it.
        let base = Finding(
            severity: .error, rule: "missing-reference-year", measure: nil, file: "Data/reference.csv",
            message: "...", inputs: [.referenceTotal], years: [2009])
        #expect(
            Withholding(budget: CarbonBudgetTargets.examples.breaking.budget, findings: [base]).withholds(.carbonBudget)
        )
    }
}
