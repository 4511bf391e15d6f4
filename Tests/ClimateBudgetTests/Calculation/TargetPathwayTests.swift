import Testing

@testable import ClimateBudget

@Suite("Target pathway")
struct TargetPathwayTests {
    let milestones = [
        Milestone(year: 2030, percentChange: -80, goal: "5"), Milestone(year: 2023, percentChange: -30, goal: "2a"),
    ]

    /// The target of one year in a scope without rules: the behaviour of every budget before rules existed.
    func target(in year: Int, caps: YearlySeries, baseEmissions: Double?) -> TargetValue? {
        let scope = TargetPathway.Scope(
            caps: caps, milestones: milestones, baseEmissions: baseEmissions, period: Period(start: 2022, end: 2025))
        return TargetPathway.targets(in: scope, years: [year])[year]
    }

    @Test("An explicit cap wins over the milestones")
    func explicitWins() {
        let value = target(in: 2023, caps: [2023: 367143], baseEmissions: 524491)
        #expect(value == TargetValue(value: 367143, source: .explicit))
    }

    @Test("In a milestone's year the target is the milestone's level")
    func milestoneYear() throws {
        let value = try #require(
            target(in: 2023, caps: [:], baseEmissions: 1000))
        #expect(abs(value.value - 700) < 1e-9)
        #expect(value.source == .milestone(milestones[1]))
    }

    @Test("Between milestones the target lies on a straight line")
    func interpolated() throws {
        // 2023: 700, 2030: 200; 2026 is 3/7 of the way.
        let value = try #require(
            target(in: 2026, caps: [:], baseEmissions: 1000))
        #expect(abs(value.value - (700 - 500.0 * 3 / 7)) < 1e-9)
        #expect(
            value.source
                == .path(from: .milestone(milestones[1], tonnes: 700), to: milestones[0], shape: .line, rule: nil))
    }

    @Test("Outside the milestones there is no target")
    func outside() {
        #expect(target(in: 2022, caps: [:], baseEmissions: 1000) == nil)
        #expect(target(in: 2031, caps: [:], baseEmissions: 1000) == nil)
        #expect(target(in: 2026, caps: [:], baseEmissions: nil) == nil)
    }
}

@Suite("Emission budget table")
struct EmissionBudgetTableTests {
    @Test("Measure pathway, gap and changes from small figures")
    func smallTable() throws {
        let table = EmissionBudgetTable.compute(for: ExampleBudget.budget)
        #expect(table.rows.map(\.year) == [2009, 2022, 2023])
        let row = try #require(table.row(2023))
        #expect(row.effect == 60)
        #expect(row.measurePathway == 820)
        #expect(row.gap == 120)
        #expect(row.measurePathwayChange == -18)
        #expect(row.targetChange == -30)
    }

    @Test("A negative gap means the measures beat the target")
    func negativeGap() {
        var budget = ExampleBudget.budget
        budget.targets.caps[2022] = 900
        #expect(EmissionBudgetTable.compute(for: budget).row(2022)?.gap == -50)
    }

    @Test("Only quantified measures count towards the effect")
    func onlyQuantified() {
        var budget = ExampleBudget.budget
        budget.measures[1].effect = [2022: 1000]
        #expect(EmissionBudgetTable.compute(for: budget).row(2022)?.effect == 50)
    }

    @Test("A cumulative figure is absent when a year lacks it, rather than a partial sum")
    func partialCumulative() {
        var budget = ExampleBudget.budget
        budget.targets.caps[2022] = nil
        let table = EmissionBudgetTable.compute(for: budget)
        #expect(table.cumulative.gap == nil)
        #expect(table.cumulative.effect == 110)
    }

    @Test("Sector tables where sector figures exist")
    func bySector() throws {
        var budget = ExampleBudget.budget
        budget.reference = ReferencePathway(bySector: ["veitrafikk": [2009: 1000, 2022: 900, 2023: 880]])
        budget.targets = Targets(capsBySector: ["veitrafikk": [2022: 750, 2023: 700]])
        let tables = EmissionBudgetTable.computeBySector(for: budget)
        #expect(tables.map(\.sector.id) == ["veitrafikk"])
        #expect(tables.first?.table.row(2023)?.gap == 120)
    }

    @Test(
        "Whole percent rounds half away from zero",
        arguments: [
            (424456.0, -19), (430613, -18), (387285, -26), (367143, -30), (524491, 0),
        ])
    func percent(value: Double, expected: Int) {
        #expect(PercentChange.whole(value, base: 524491) == expected)
    }

    @Test("Half a percent rounds away from zero")
    func halfPercent() {
        #expect(PercentChange.whole(995, base: 1000) == -1)
        #expect(PercentChange.whole(1005, base: 1000) == 1)
        #expect(PercentChange.whole(5, base: 0) == nil)
    }

    @Test("A change no whole number holds is nil, not a crash")
    func hugeChange() {
        // A rule of 99 % a year compounded from 2023 to 2200 from 1 000 t: 1 000 × 1.99^177 ≈ 7.9e55 t, a change
        // of about 7.9e54 % against 1 000 t, far beyond any whole number; an infinite figure has no change either.
        #expect(PercentChange.whole(1000 * power(1.99, 177), base: 1000) == nil)
        #expect(PercentChange.whole(.infinity, base: 1000) == nil)
        // 1 000 × (1 + 10^12) against 1 000 t is a change of 10^14 %, still a whole number.
        #expect(PercentChange.whole(1000 * (1 + 1e12), base: 1000) == 100_000_000_000_000)
    }
}
