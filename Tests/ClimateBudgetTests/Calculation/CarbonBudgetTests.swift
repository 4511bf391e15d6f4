import Testing

@testable import ClimateBudget

/// The carbon budget (the cumulative view) with figures computed by hand (issue 12).
@Suite("The carbon budget")
struct CarbonBudgetTests {
    /// The example budget (period 2022-2023; caps 750 and 700; base 1 000 t in 2009, milestone -30 % in 2023) with
    /// a carbon budget 2022-2025, a milestone of -50 % in 2025 and actual emissions for 2022 and 2023.
    static var budget: Budget {
        var budget = ExampleBudget.budget
        budget.targets.carbonBudget = CarbonBudgetSpan(from: 2022, to: 2025)
        budget.targets.milestones.append(Milestone(year: 2025, percentChange: -50))
        budget.actuals = Actuals(total: [2022: 800, 2023: 760])
        return budget
    }

    @Test("The carbon budget, used, under or over so far, left, the run-out year and the catch-up rate")
    func exampleBudget() throws {
        let carbon = try #require(CarbonBudget.compute(for: Self.budget))
        // Targets: 2022 750 and 2023 700 (caps); 2024 600 (on the line from the 2023 milestone, 700, to the 2025
        // milestone, 1 000 × 0.5 = 500); 2025 500. Carbon budget: 750 + 700 + 600 + 500 = 2 550.
        #expect(carbon.years == [2022, 2023, 2024, 2025])
        #expect(carbon.targets == [2022: 750, 2023: 700, 2024: 600, 2025: 500])
        #expect(carbon.missingYears == [])
        #expect(carbon.budget == 2550)
        // Used: 800 + 760 = 1 560, against 750 + 700 = 1 450 allowed for those years: over by 110.
        #expect(carbon.actualYears == [2022, 2023])
        #expect(carbon.used == 1560)
        #expect(carbon.allowedSoFar == 1450)
        #expect(carbon.balance == 110)
        // Left: 2 550 − 1 560 = 990.
        #expect(carbon.left == 990)
        #expect(carbon.lastActual == CarbonBudget.Level(year: 2023, tonnes: 760))
        // At 760 a year: cumulative 800, 1 560, 2 320, then 3 080 in 2025, over 2 550.
        #expect(carbon.runOut == .year(2025))
        // Catch-up over 2024-2025: 760x + 760x² = 990 with x = 1 − r, so x = (−1 + √(1 + 4 × 990/760)) / 2
        // = 0.746 046 379…, r = 25.395 362 %. The target pathway: 700 in 2023 to 500 in 2025, geometric over two
        // years: 1 − √(500/700) = 15.484 575 %.
        let catchUp = try #require(carbon.catchUp)
        #expect(catchUp.years == [2024, 2025])
        guard case .cut(let percent) = catchUp.need else {
            Issue.record("expected a cut, got \(catchUp.need)")
            return
        }
        #expect(abs(percent - 25.395362086824047) < 1e-9)
        #expect(catchUp.pathwayFrom == 700)
        #expect(catchUp.pathwayTo == 500)
        #expect(abs(try #require(catchUp.pathwayCut) - 15.484574527148343) < 1e-9)
    }

    @Test("Without a carbonBudget there is no carbon budget")
    func notAsked() {
        var budget = Self.budget
        budget.targets.carbonBudget = nil
        #expect(CarbonBudget.compute(for: budget) == nil)
    }

    @Test("Without actual emissions: the budget and what is left, no run-out year, no catch-up")
    func withoutActuals() throws {
        var budget = Self.budget
        budget.actuals = Actuals()
        let carbon = try #require(CarbonBudget.compute(for: budget))
        #expect(carbon.budget == 2550)
        #expect(carbon.used == 0)
        #expect(carbon.left == 2550)
        #expect(carbon.lastActual == nil)
        #expect(carbon.runOut == nil)
        #expect(carbon.catchUp == nil)
    }

    @Test("An actual figure before the span: nothing is used, and the whole span catches up from its level")
    func actualBeforeSpan() throws {
        var budget = Self.budget
        budget.actuals = Actuals(total: [2021: 900])
        let carbon = try #require(CarbonBudget.compute(for: budget))
        #expect(carbon.used == 0)
        #expect(carbon.actualYears == [])
        #expect(carbon.lastActual == CarbonBudget.Level(year: 2021, tonnes: 900))
        // At 900 a year: 900, 1 800, 2 700 in 2024, over 2 550.
        #expect(carbon.runOut == .year(2024))
        let catchUp = try #require(carbon.catchUp)
        #expect(catchUp.years == [2022, 2023, 2024, 2025])
        // 2021 has no target (no cap, and no milestone before it), so the target pathway gives no rate beside it.
        #expect(catchUp.pathwayFrom == nil)
        #expect(catchUp.pathwayCut == nil)
    }

    @Test("The inventory typed into the reference for a period year counts as its actual, as in the table")
    func inventoryInTheReference() throws {
        // 2022's inventory, 800, in Data/reference.csv with lastHistoricalYear 2022; Data/actuals.csv has 2023's
        // 760 only. Used: 800 + 760 = 1 560, as in the example budget; left 2 550 − 1 560 = 990.
        var budget = Self.budget
        budget.reference.total[2022] = 800
        budget.reference.lastHistoricalYear = 2022
        budget.actuals = Actuals(total: [2023: 760])
        let carbon = try #require(CarbonBudget.compute(for: budget))
        #expect(carbon.actualYears == [2022, 2023])
        #expect(carbon.used == 1560)
        #expect(carbon.left == 990)
        #expect(carbon.runOut == .year(2025))
    }

    @Test("A span year without a target: no carbon budget, and the years named")
    func missingTargets() throws {
        var budget = Self.budget
        budget.targets.milestones.removeLast()
        let carbon = try #require(CarbonBudget.compute(for: budget))
        #expect(carbon.missingYears == [2024, 2025])
        #expect(carbon.budget == nil)
        #expect(carbon.left == nil)
        #expect(carbon.runOut == nil)
        #expect(carbon.catchUp == nil)
        // What the actual emissions used is still known.
        #expect(carbon.used == 1560 && carbon.balance == 110)
    }

    @Test("Targets and actual figures enter in whole tonnes, halves away from zero")
    func wholeTonnes() {
        let carbon = CarbonBudget.compute(
            from: 2022, to: 2023, targets: [2022: 100.5, 2023: 99.4], actuals: [2022: 50.5])
        // 101 + 99 = 200; used 51; left 149.
        #expect(carbon.budget == 200)
        #expect(carbon.used == 51)
        #expect(carbon.left == 149)
    }

    @Test("The run-out year: in the span, already past, or not within the span with what is left")
    func runOut() {
        let last = CarbonBudget.Level(year: 2023, tonnes: 100)
        let years = [2022, 2023, 2024, 2025]
        // Cumulative 200, 300, 400 (not over 400), 500: runs out in 2025.
        #expect(
            CarbonBudget.runOut(budget: 400, years: years, actuals: [2022: 200, 2023: 100], last: last) == .year(2025))
        // Cumulative 300 after 2022 exceeds 250: the actual emissions used it up in 2022.
        #expect(
            CarbonBudget.runOut(budget: 250, years: years, actuals: [2022: 300, 2023: 100], last: last) == .year(2022))
        // Cumulative 500 at the end of 2025, within 520: 20 left.
        #expect(
            CarbonBudget.runOut(budget: 520, years: years, actuals: [2022: 200, 2023: 100], last: last)
                == .notWithinSpan(leftAtEnd: 20))
        // A span year before the last actual one without a figure counts nothing: 100 (2023), 200, 300.
        #expect(
            CarbonBudget.runOut(budget: 300, years: years, actuals: [2023: 100], last: last)
                == .notWithinSpan(leftAtEnd: 0))
    }

    @Test("The catch-up rate by bisection: the golden ratio for two years")
    func catchUpRate() {
        // 100x + 100x² = 100, x = 1 − r: x = (√5 − 1)/2, r = (3 − √5)/2 = 38.196 601 125 %.
        guard case .cut(let percent) = CarbonBudget.catchUpNeed(level: 100, after: 1...2, left: 100) else {
            Issue.record("expected a cut")
            return
        }
        #expect(abs(percent - 38.19660112501051) < 1e-9)
        // One year: 100x = 40, r = 60 %.
        guard case .cut(let one) = CarbonBudget.catchUpNeed(level: 100, after: 1...1, left: 40) else {
            Issue.record("expected a cut")
            return
        }
        #expect(abs(one - 60) < 1e-9)
        // Two years at 100 use 200, within 250: no cut needed.
        #expect(CarbonBudget.catchUpNeed(level: 100, after: 1...2, left: 250) == .noCutNeeded(usedAtLevel: 200))
        #expect(CarbonBudget.catchUpNeed(level: 100, after: 1...2, left: 200) == .noCutNeeded(usedAtLevel: 200))
        // Nothing left, or overspent: no cut keeps within it.
        #expect(CarbonBudget.catchUpNeed(level: 100, after: 1...2, left: 0) == .usedUp)
        #expect(CarbonBudget.catchUpNeed(level: 100, after: 1...2, left: -5) == .usedUp)
        // At a level of 0 t, nothing left is still enough: staying there uses 0 of the 0 t (a carbon budget of 0 t
        // met exactly); overspent, it is used up all the same.
        #expect(CarbonBudget.catchUpNeed(level: 0, after: 1...2, left: 0) == .noCutNeeded(usedAtLevel: 0))
        #expect(CarbonBudget.catchUpNeed(level: 0, after: 1...2, left: -5) == .usedUp)
    }

    @Test("The cut the target pathway implies: geometric between two levels")
    func yearlyCut() throws {
        // 1 − √(80/110) = 14.719 713 %.
        #expect(abs(try #require(CarbonBudget.yearlyCut(from: 110, to: 80, years: 2)) - 14.719713457755823) < 1e-9)
        // 1 000 to 125 in 3 years: (1/8)^(1/3) = 0.5, a cut of 50 %.
        #expect(abs(try #require(CarbonBudget.yearlyCut(from: 1000, to: 125, years: 3)) - 50) < 1e-9)
        #expect(CarbonBudget.yearlyCut(from: 100, to: 0, years: 2) == 100)
        #expect(CarbonBudget.yearlyCut(from: 0, to: 10, years: 2) == nil)
    }
}

/// Pathways derived from a carbon budget, each method with figures computed by hand (issue 12).
@Suite("Pathways from a carbon budget")
struct CarbonBudgetPathwayTests {
    func pathway(_ tonnes: Double, _ method: CarbonBudgetMethod, start: Double = 100, targetYear: Int = 2025)
        -> CarbonBudgetPathway
    {
        CarbonBudgetPathway.compute(
            rule: CarbonBudgetPathwayRule(tonnes: tonnes, from: 2022, method: method, place: "carbonBudgetPathways[0]"),
            start: (2021, start), startSource: .actual, targetYear: targetYear)
    }

    func levels(_ pathway: CarbonBudgetPathway, through year: Int) -> [Double] {
        (2022...year).map { Tonnes.whole(pathway.level(in: $0) ?? -1) }
    }

    @Test("A line whose sum is a whole number of half-years of the start level ends exactly at zero")
    func lineExact() {
        // Start 100 in 2022, budget 300: B − E = 200, m = ⌈2 × 200 / 100⌉ = 4 years above zero after 2022,
        // d = 2(4 × 100 − 200) / (4 × 5) = 20: 100, 80, 60, 40, 20, then 0 in 2027; 100 + 80 + 60 + 40 + 20 = 300.
        let line = pathway(300, .line, targetYear: 2027)
        #expect(line.slope == 20)
        #expect(levels(line, through: 2028) == [100, 80, 60, 40, 20, 0, 0])
        #expect(line.zeroYear == 2027)
        #expect(line.levelInTargetYear == 0)
        #expect(line.sumToTargetYear == 300)
    }

    @Test("A line between whole years: the slope that makes the levels, cut off at zero, add up to the budget")
    func lineBetweenYears() {
        // Start 100, budget 330: B − E = 230, m = ⌈4.6⌉ = 5, d = 2(5 × 100 − 230) / (5 × 6) = 18:
        // 100, 82, 64, 46, 28, 10, then −8, cut off to 0 in 2028; the sum is 330.
        let line = pathway(330, .line)
        #expect(line.slope == 18)
        #expect(levels(line, through: 2028) == [100, 82, 64, 46, 28, 10, 0])
        #expect(line.zeroYear == 2028)
        // In the target year 2025 it allows 46; from 2022 to 2025 it emits 100 + 82 + 64 + 46 = 292.
        #expect(line.levelInTargetYear == 46)
        #expect(line.sumToTargetYear == 292)
        #expect(line.withinBudget == nil)
    }

    @Test("A line with a budget of one year at the start level is at zero the year after")
    func lineOneYear() {
        let line = pathway(100, .line)
        #expect(line.slope == 100)
        #expect(line.zeroYear == 2023)
        #expect(levels(line, through: 2023) == [100, 0])
    }

    @Test("A line from a few tonnes with a budget near a trillion is drawn, not an arithmetic overflow")
    func lineHugeBudget() {
        // Start 12, budget 999 999 999 999: m = ⌈2 × 999 999 999 987 / 12⌉ = ⌈166 666 666 664.5⌉ = 166 666 666 665
        // years above zero, so m(m + 1) ≈ 2.8 × 10²² is past the largest Int; the pathway reaches zero in
        // 2022 + m + 1 = 166 666 668 688, and d = 2(12m − 999 999 999 987) / (m(m + 1)) ≈ 7.2 × 10⁻¹¹ t a year,
        // so each year to 2025 is still 12 t in whole tonnes: 4 × 12 = 48.
        let line = pathway(999_999_999_999, .line, start: 12)
        #expect(line.problem == nil)
        #expect(line.zeroYear == 166_666_668_688)
        #expect(levels(line, through: 2025) == [12, 12, 12, 12])
        #expect(line.sumToTargetYear == 48)
        #expect(abs((line.slope ?? 0) - 1_999_999_999_986 / (166_666_666_665.0 * 166_666_666_666.0)) < 1e-20)
    }

    @Test("A line or an exponential decline needs at least one year at the start level")
    func budgetBelowStart() {
        #expect(pathway(99, .line).problem == .budgetBelowStart)
        #expect(pathway(99, .exponential).problem == .budgetBelowStart)
        #expect(pathway(99, .line).levelInTargetYear == nil)
        // A rate takes any budget: it only shows whether it stays within it.
        #expect(pathway(99, .rate(percentPerYear: -10)).problem == nil)
    }

    @Test("An exponential decline: q = 1 − E/B, so its endless sum is the budget")
    func exponential() throws {
        // Start 100, budget 400: q = 1 − 100/400 = 0.75, a cut of 25 % a year: 100, 75, 56.25, 42.1875;
        // 100 / (1 − 0.75) = 400. In 2025 it allows 42; from 2022 to 2025 it emits 100 + 75 + 56 + 42 = 273.
        let exponential = pathway(400, .exponential)
        #expect(exponential.share == 0.75)
        #expect(exponential.yearlyCut == 25)
        #expect(levels(exponential, through: 2025) == [100, 75, 56, 42])
        #expect(exponential.levelInTargetYear == 42)
        #expect(exponential.sumToTargetYear == 273)
        #expect(exponential.zeroYear == nil)
        // The endless sum: 100 × (1 + 0.75 + 0.75² + ...) = 400; after 200 years what is left is below a gram.
        let sum = (2022...2222).reduce(0.0) { $0 + (exponential.level(in: $1) ?? 0) }
        #expect(abs(sum - 400) < 1e-6)
    }

    @Test("A constant rate: its sum to the target year, within or over the budget")
    func rate() {
        // Start 100 at −10 % a year: 100, 90, 81, 72.9; to 2024: 100 + 90 + 81 = 271.
        let within = pathway(300, .rate(percentPerYear: -10), targetYear: 2024)
        #expect(levels(within, through: 2025) == [100, 90, 81, 73])
        #expect(within.levelInTargetYear == 81)
        #expect(within.sumToTargetYear == 271)
        #expect(within.withinBudget == true)
        #expect(within.yearlyCut == 10)
        #expect(within.zeroYear == nil)
        let over = pathway(250, .rate(percentPerYear: -10), targetYear: 2024)
        #expect(over.withinBudget == false)
    }

    @Test("The start level: the actual figure of the year before, else the last inventory; without either, none")
    func startLevel() throws {
        var budget = ExampleBudget.budget
        budget.targets.carbonBudgetPathways = [
            CarbonBudgetPathwayRule(tonnes: 5000, from: 2022, method: .line, place: "carbonBudgetPathways[0]"),
            CarbonBudgetPathwayRule(tonnes: 5000, from: 2023, method: .line, place: "carbonBudgetPathways[1]"),
        ]
        budget.actuals = Actuals(total: [2021: 950.4])
        let pathways = CarbonBudgetPathway.compute(for: budget)
        // From 2022: the 2021 actual figure, in whole tonnes. From 2023: no 2022 actual, so the 2009 inventory.
        #expect(pathways.map(\.startYear) == [2021, 2009])
        #expect(pathways.map(\.start) == [950, 1000])
        #expect(pathways.map(\.startSource) == [.actual, .inventory])
        // Without a carbonBudget, the target year is the period's end, 2023, whose target is the 700 cap; the
        // council's targets from 2022 to 2023 sum to 750 + 700 = 1 450.
        #expect(pathways.map(\.targetYear) == [2023, 2023])
        #expect(pathways.map(\.councilTarget) == [700, 700])
        #expect(pathways.map(\.councilSum) == [1450, 700])

        // With the 2022 inventory in the reference (lastHistoricalYear 2022, inside the period), a pathway from
        // 2022 still starts at the last inventory before 2022, 2009's 1 000; one from 2023 at 2022's 800.
        budget.actuals = Actuals()
        budget.reference.total[2022] = 800
        budget.reference.lastHistoricalYear = 2022
        let inventory = CarbonBudgetPathway.compute(for: budget)
        #expect(inventory.map(\.startYear) == [2009, 2022])
        #expect(inventory.map(\.start) == [1000, 800])
        #expect(inventory.map(\.startSource) == [.inventory, .inventory])

        budget.reference.lastHistoricalYear = nil
        let none = try #require(CarbonBudgetPathway.compute(for: budget).first)
        #expect(none.problem == .noStartLevel)
        #expect(none.start == nil)
        #expect(none.levelInTargetYear == nil)
    }
}
