import Testing

@testable import ClimateBudget

/// Actual emissions against the target and the measure pathway (issue 12, "Actual emissions against the budget").
@Suite("Actual emissions against the budget")
struct ActualEmissionsTests {
    /// The example budget (reference 2009: 1 000, 2022: 900, 2023: 880; effects 50 and 60, so the measure pathway is
    /// 850 and 820; caps 750 and 700) with a 2025 milestone of −40 % and actual emissions for 2022-2024.
    static var budget: Budget {
        var budget = ExampleBudget.budget
        budget.targets.milestones.append(Milestone(year: 2025, percentChange: -40, goal: "2a"))
        budget.actuals = Actuals(total: [2022: 760.4, 2023: 690.5, 2024: 640])
        return budget
    }

    @Test("Actual against the target and the measure pathway, in whole tonnes, inside and after the period")
    func comparisons() throws {
        let table = EmissionBudgetTable.compute(for: Self.budget)
        #expect(table.rows.map(\.year) == [2009, 2022, 2023, 2024])
        #expect(table.showsActuals)

        // 2022: the actual enters in whole tonnes, 760.4 → 760. 760 − 750 = 10 over the limit, 10 / 750 = 1.33 %
        // → 1 %; 760 − 850 = −90: 90 t below the measure pathway.
        let y2022 = try #require(table.row(2022))
        #expect(y2022.actual == 760 && y2022.actualSource == .actuals)
        #expect(y2022.actualAgainstTarget == 10)
        #expect(y2022.actualAgainstTargetPercent == 1)
        #expect(y2022.actualAgainstMeasurePathway == -90)

        // 2023: 690.5 → 691 (halves away from zero). 691 − 700 = −9 under the limit, −9 / 700 = −1.29 % → −1 %;
        // 691 − 820 = −129.
        let y2023 = try #require(table.row(2023))
        #expect(y2023.actual == 691)
        #expect(y2023.actualAgainstTarget == -9)
        #expect(y2023.actualAgainstTargetPercent == -1)
        #expect(y2023.actualAgainstMeasurePathway == -129)

        // 2024, after the period: no cap, the target on the line from the 2023 milestone (1 000 × 0.7 = 700) to the
        // 2025 milestone (1 000 × 0.6 = 600) is 650. 640 − 650 = −10, −10 / 650 = −1.54 % → −2 %. No measure is
        // budgeted after the period, so there is no measure pathway to compare with.
        let y2024 = try #require(table.row(2024))
        #expect(!y2024.isPeriodYear)
        #expect(y2024.reference == nil && y2024.target?.value == 650)
        #expect(y2024.actual == 640)
        #expect(y2024.actualAgainstTarget == -10)
        #expect(y2024.actualAgainstTargetPercent == -2)
        #expect(y2024.actualAgainstMeasurePathway == nil)

        // The actual emissions change no figure of Tabell 7-1, and the period sums are the period's.
        let without = EmissionBudgetTable.compute(for: ExampleBudget.budget)
        #expect(table.cumulative == without.cumulative)
        #expect(!without.showsActuals)
    }

    @Test("A year with actual emissions is shown: inside, after and before the period (after roll)")
    func shownYears() {
        var budget = Self.budget
        #expect(ShownYears(for: budget).table == [2009, 2022, 2023, 2024])
        budget.settings.period = Period(start: 2023, end: 2024)
        // 2022 is now before the period; its actual keeps it in the table.
        #expect(ShownYears(for: budget).table == [2009, 2022, 2023, 2024])
        budget.actuals = Actuals(total: [2008: 1010])
        // A year before the base year is not shown (validation reports it).
        #expect(ShownYears(for: budget).table == [2009, 2022, 2023, 2024])
        #expect(ShownYears(for: ExampleBudget.budget).table == [2009, 2022, 2023])
    }

    @Test("A period year up to lastHistoricalYear: the reference's inventory counts as the actual when actuals lack it")
    func inventoryInThePeriod() throws {
        var budget = ExampleBudget.budget
        budget.reference.lastHistoricalYear = 2022
        budget.reference.total[2022] = 905
        let actual = ActualEmissions(for: budget)
        #expect(actual.total == [2022: 905])
        #expect(actual.source(in: 2022) == .reference && actual.source(in: 2023) == nil)
        let row = try #require(EmissionBudgetTable.compute(for: budget).row(2022))
        // 905 − 750 = 155 over the limit (20.67 % → 21 %). The measure pathway is now 905 − 50 = 855, computed from
        // the inventory itself, so it is not compared with it.
        #expect(row.actual == 905 && row.actualSource == .reference)
        #expect(row.actualAgainstTarget == 155 && row.actualAgainstTargetPercent == 21)
        #expect(row.measurePathway == 855 && row.actualAgainstMeasurePathway == nil)

        // A figure in Data/actuals.csv wins, and is compared with the measure pathway: 890 − 855 = 35.
        budget.actuals = Actuals(total: [2022: 890])
        let recorded = try #require(EmissionBudgetTable.compute(for: budget).row(2022))
        #expect(recorded.actualSource == .actuals && recorded.actualAgainstMeasurePathway == 35)
    }

    @Test("With the inventory inside the period, a rule from the inventory still starts before the period")
    func rulesStartBeforeThePeriod() throws {
        var budget = ExampleBudget.budget
        budget.reference = ReferencePathway(
            total: [2009: 1000, 2019: 950, 2022: 905, 2023: 880], lastHistoricalYear: 2022)
        budget.targets.caps = [:]
        budget.targets.rules = [TargetRule(from: .inventory, .path(to: .milestones, shape: .line), place: "rules[0]")]
        // The rule starts from the last inventory before the period, 2019 (950), not from 2022: the line to the
        // 2023 milestone (1 000 × 0.7 = 700) gives 2022 950 − 250 × 3/4 = 762.5 → 763 in whole tonnes.
        #expect(TargetPathway.inventoryYear(of: budget) == 2021)
        let row = try #require(EmissionBudgetTable.compute(for: budget).row(2022))
        #expect(row.target?.value == 763)
        // 905 − 763 = 142 over the limit, 142 / 763 = 18.61 % → 19 %.
        #expect(row.actual == 905 && row.actualAgainstTarget == 142 && row.actualAgainstTargetPercent == 19)
    }

    @Test("Sector actuals: summed into the total where no total is given, and in the sector tables")
    func sectors() throws {
        var budget = ExampleBudget.budget
        budget.reference = ReferencePathway(
            bySector: ["veitrafikk": [2009: 1000, 2022: 900, 2023: 880]], lastHistoricalYear: 2009)
        budget.actuals = Actuals(bySector: ["veitrafikk": [2022: 800]])
        #expect(budget.actuals.total == [2022: 800])
        let sector = try #require(EmissionBudgetTable.computeBySector(for: budget).first)
        // The sector has no targets of its own; 800 − 850 = −50 against its measure pathway.
        let row = try #require(sector.table.row(2022))
        #expect(row.actual == 800 && row.actualAgainstTarget == nil && row.actualAgainstMeasurePathway == -50)
    }

    @Test("An error in the actuals withholds the actual emissions and nothing else")
    func withholding() throws {
        let budget = Self.budget
        let wrong2023 = Finding(
            severity: .error, rule: "unknown-sector", file: "Data/actuals.csv", message: "", inputs: [.actuals],
            years: [2023])
        let byYear = Withholding(budget: budget, findings: [wrong2023])
        #expect(byYear.figures == [.actual])
        #expect(byYear.years == [.actual: [2023]])
        let table = EmissionBudgetTable.compute(for: budget, withholding: byYear)
        #expect(table.row(2022)?.actual == 760 && table.row(2023)?.actual == nil)
        #expect(table.row(2023)?.actualAgainstTarget == nil && table.row(2023)?.target?.value == 700)

        var whole = wrong2023
        whole.years = nil
        let all = Withholding(budget: budget, findings: [whole])
        #expect(all.withholdsWholly(.actual) && all.figures == [.actual])
        let withheld = EmissionBudgetTable.compute(for: budget, withholding: all)
        #expect(withheld.rows.allSatisfy { $0.actual == nil } && withheld.showsActuals)

        // A reference error reaches only the actuals taken from the reference's inventory.
        var inventory = ExampleBudget.budget
        inventory.reference.lastHistoricalYear = 2022
        inventory.actuals = Actuals(total: [2023: 700])
        let reference = Finding(
            severity: .error, rule: "missing-reference-year", file: "Data/reference.csv", message: "",
            inputs: [.referenceTotal], years: [2022])
        #expect(Withholding(budget: inventory, findings: [reference]).years[.actual] == [2022])
        #expect(Withholding(budget: Self.budget, findings: [reference]).withholds(.actual) == false)
    }
}
