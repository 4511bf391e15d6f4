import ClimateBudget
import ClimateBudgetReports
import Testing

/// The summary's findings on the financing name the line, the year, the service area or the measure, as the other
/// findings name what is open (a new user's trial, issue 16).
@Suite("The council summary names what a financing finding is about")
struct FinancingFindingLinesTests {
    func line(_ findings: [Finding], _ language: Language) throws -> String {
        let finding = try #require(findings.first)
        return CouncilSummary.line(
            title: RuleTitles.title(finding.rule, language), details: finding.details, language: language)
    }

    @Test("A pot that does not add up names the pot and the year")
    func partsSum() throws {
        var budget = ExampleBudget.budget
        ExampleBudget.addFinancing(&budget)
        budget.financing.lines[1].parts[0].amounts[2023] = MNOK(5)
        let findings = FinancingPartsSum.check(budget)
        #expect(try line(findings, .nb) == "Underpostene summerer ikke til potten: «Klimainvesteringer», 2023")
        #expect(try line(findings, .en) == "Sub-lines do not add up to their pot: “Klimainvesteringer”, 2023")
    }

    @Test("An unknown service area names the line and the area; an unknown measure names the line and the measure")
    func serviceAreaAndMeasure() throws {
        var budget = ExampleBudget.budget
        ExampleBudget.addFinancing(&budget)
        budget.financing.lines[0].carrier = .serviceArea("Samferdsel")
        budget.financing.lines[0].measures[0].measure = 99
        #expect(
            try line(FinancingUnknownServiceArea.check(budget), .nn)
                == "Ei finansieringslinje har ukjent tenesteområde: «Drift av fossilfrie busser», «Samferdsel»")
        #expect(
            try line(FinancingUnknownMeasure.check(budget), .nb)
                == "Et finansiert tiltak finnes ikke: «Drift av fossilfrie busser», Tiltak 99")
    }
}
