import Testing

@testable import ClimateBudget

/// The validation of target rules and sector targets (issue 11): overlapping or undrawable rules, years no rule
/// reaches, the sign of sector milestones and percent caps, sector targets for unknown sectors, and sector
/// targets that do not add up to the total. The example budget: base year 2009 with 1 000 tonnes, period
/// 2022-2023, the -30 % milestone of 2023 (700 tonnes), caps 750 and 700.
@Suite("Validation of target rules and sector targets")
struct TargetRuleValidationTests {
    func descriptions(_ rule: any ValidationRule.Type, _ budget: Budget) -> [String] {
        rule.check(budget).map(\.description)
    }

    /// Two sectors that add up to the example's total: 600 + 400 = 1 000 in 2009, 540 + 360 = 900 in 2022,
    /// 530 + 350 = 880 in 2023.
    static var twoSectors: Budget {
        var budget = ExampleBudget.budget
        budget.sectors.append(Sector(id: "industri", name: "Industri"))
        budget.reference.bySector = [
            "veitrafikk": [2009: 600, 2022: 540, 2023: 530], "industri": [2009: 400, 2022: 360, 2023: 350],
        ]
        return budget
    }

    @Test("Two rules that claim the same year: one finding naming the year and both rules")
    func overlap() {
        // rules[0] runs from the 2009 inventory to the 2023 milestone: it claims 2010-2022. rules[1] runs from
        // 2021 by -5 % a year through 2025: it claims 2022-2025. Both claim 2022.
        #expect(
            descriptions(TargetRuleConflict.self, TargetRuleConflict.examples.breaking.budget) == [
                "Data/targets.json: error: rules[0] and rules[1] both claim 2022; a year takes its target from one rule: end one before the other starts, or remove one [target-rule-conflict]"
            ])
    }

    @Test("One finding per run of years both rules claim, outside the period too")
    func overlapRuns() {
        // With a -80 % milestone in 2030, rules[0] claims 2010-2022 (to 2023) and 2024-2029 (on to 2030);
        // rules[1], from 2021 by -5 % a year through 2025, claims 2022-2025. Both claim 2022 and 2024-2025.
        var budget = TargetRuleConflict.examples.breaking.budget
        budget.targets.milestones.append(Milestone(year: 2030, percentChange: -80))
        #expect(
            TargetRuleConflict.check(budget).map(\.message) == [
                "rules[0] and rules[1] both claim 2022; a year takes its target from one rule: end one before the other starts, or remove one",
                "rules[0] and rules[1] both claim 2024-2025; a year takes its target from one rule: end one before the other starts, or remove one",
            ])
    }

    @Test("A sector's rules are checked on their own, and are named by their place")
    func sectorOverlap() {
        // veitrafikk's 2009 inventory is 1 000 tonnes and its -30 % milestone of 2023 allows 700: rules[0]
        // claims 2010-2022, rules[1] (from 800 tonnes in 2020, -5 % a year through 2023) claims 2021-2023.
        var budget = ExampleBudget.budget
        budget.reference.bySector = ["veitrafikk": [2009: 1000, 2022: 900, 2023: 880]]
        budget.targets.sectors = [
            "veitrafikk": SectorTargets(
                milestones: [Milestone(year: 2023, percentChange: -30)],
                rules: [
                    TargetRule(
                        from: .inventory, .path(to: .milestones, shape: .line), place: "sectors.veitrafikk.rules[0]"),
                    TargetRule(
                        from: .year(2020), level: 800, .yearlyChange(percentPerYear: -5, through: 2023),
                        place: "sectors.veitrafikk.rules[1]"),
                ])
        ]
        #expect(
            TargetRuleConflict.check(budget).map(\.message) == [
                "sectors.veitrafikk.rules[0] and sectors.veitrafikk.rules[1] both claim 2021-2022; a year takes its target from one rule: end one before the other starts, or remove one"
            ])
    }

    @Test("A rule that cannot be drawn is reported with its reason")
    func undrawable() {
        var budget = ExampleBudget.budget
        budget.targets.rules = [
            TargetRule(from: .year(2023), .path(to: .milestone(2030), shape: .line), place: "rules[0]"),
            TargetRule(from: .year(2025), .yearlyChange(percentPerYear: -5, through: 2030), place: "rules[1]"),
        ]
        #expect(
            descriptions(TargetRuleConflict.self, budget) == [
                "Data/targets.json: error: rules[0] cannot be drawn: there is no milestone in 2030 to lead to; add one, or name a year that has one [target-rule-conflict]",
                "Data/targets.json: error: rules[1] cannot be drawn: there is no milestone in 2025 to start from; add one, or give the rule the level it starts at (\"level\": tonnes) [target-rule-conflict]",
            ])
    }

    @Test("A period year no rule reaches is an error, and missing-target stays quiet about it")
    func unreached() {
        let budget = TargetRuleUnreached.examples.breaking.budget
        #expect(
            descriptions(TargetRuleUnreached.self, budget) == [
                "Data/targets.json: error: no cap, milestone or rule gives the total a target for 2022 (rules stated: rules[0]); add a rule that reaches it (such as {\"from\": \"inventory\", \"to\": \"milestones\"}), a milestone, or a cap in Data/target-caps.csv [target-rule-unreached]"
            ])
        #expect(MissingTarget.check(budget) == [])
        var withoutRules = budget
        withoutRules.targets.rules = []
        #expect(MissingTarget.check(withoutRules).count == 1)
    }

    @Test("A sector's rules that reach no period year; the sector-sum rule leaves those years to this one")
    func sectorUnreached() {
        // veitrafikk's only rule runs on from its 2023 milestone (420 tonnes), so 2022 has no target; industri
        // has a cap of 330 in 2022 and 2023. The total (capped) is not affected; the missing sector target is
        // reported once, here.
        var budget = Self.twoSectors
        budget.targets.capsBySector = ["industri": [2022: 330, 2023: 330]]
        budget.targets.sectors = [
            "veitrafikk": SectorTargets(
                milestones: [Milestone(year: 2023, percentChange: -30)],
                rules: [
                    TargetRule(
                        from: .year(2023), .yearlyChange(percentPerYear: -5, through: 2030),
                        place: "sectors.veitrafikk.rules[0]")
                ])
        ]
        #expect(
            TargetRuleUnreached.check(budget).map(\.message) == [
                "no cap, milestone or rule gives the sector veitrafikk a target for 2022 (rules stated: sectors.veitrafikk.rules[0]); add a rule that reaches it (such as {\"from\": \"inventory\", \"to\": \"milestones\"}), a milestone, or a cap in the veitrafikk column of Data/target-caps.csv"
            ])
        #expect(SectorTargetsSum.missing(in: budget).isEmpty)
    }

    @Test("A sector without a base-year figure: its milestones cannot be measured, and the message says so")
    func sectorWithoutBaseYear() {
        var budget = ExampleBudget.budget
        budget.reference.bySector = ["veitrafikk": [2022: 900, 2023: 880]]
        budget.targets.sectors = [
            "veitrafikk": SectorTargets(
                milestones: [Milestone(year: 2023, percentChange: -30)],
                rules: [
                    TargetRule(
                        from: .year(2021), level: 800, .path(to: .milestone(2023), shape: .line),
                        place: "sectors.veitrafikk.rules[0]")
                ])
        ]
        #expect(
            TargetRuleUnreached.check(budget).map(\.message) == [
                "the sector veitrafikk has no target for 2022-2023 (rules stated: sectors.veitrafikk.rules[0]): its milestones are measured against its emissions in 2009, and Data/reference.csv gives veitrafikk none; add veitrafikk's figure for 2009"
            ])
    }

    @Test("A projection with too little history to reach the period says what it needs")
    func projectionWithoutHistory() {
        // The only inventory figure up to 2019 is 2009's: a linear trend needs two, so 2022 and 2023 stay empty.
        var budget = ExampleBudget.budget
        budget.reference = ReferencePathway(
            total: [2009: 1000], lastHistoricalYear: 2019,
            projection: ReferenceProjection(method: .linearTrend(years: 3)))
        #expect(
            descriptions(MissingReferenceYear.self, budget) == [
                "Data/reference.csv: error: the reference pathway has no emissions for 2022, 2023, and the \"projection\" in Data/budget.json needs inventory figures up to 2019 to project from: one, or two for a linear trend, in every sector column; add them, or a row for each of these years [missing-reference-year]"
            ])
    }

    @Test("The sign check covers sector milestones and percent caps")
    func signOfSectorMilestonesAndPercentCaps() {
        // veitrafikk emits 600 in 2009: +30 % allows 780. The total's +34 % cap for 2024 allows 1 340.
        var budget = Self.twoSectors
        budget.targets.sectors = [
            "veitrafikk": SectorTargets(milestones: [Milestone(year: 2023, percentChange: 30, goal: "2a")])
        ]
        budget.targets.percentCaps = [2024: 34, 2025: -38]
        #expect(
            descriptions(MilestoneIncrease.self, budget) == [
                "Data/targets.json: warning: the milestone (goal 2a) for 2023 in sectors.veitrafikk.milestones has percentChange 30: an increase of 30 % against 2009, "
                    + "which allows 780 tonnes, more than the 600 of 2009; a cut is written negative: write -30 for a 30 % cut. "
                    + "Keep it only if the council really allows emissions to grow [milestone-increase]",
                "Data/target-caps.csv: warning: the cap for 2024 has percentChange 34: an increase of 34 % against 2009, "
                    + "which allows 1 340 tonnes, more than the 1 000 of 2009; a cut is written negative: write -34 for a 34 % cut. "
                    + "Keep it only if the council really allows emissions to grow [milestone-increase]",
            ])
    }

    @Test("A sector target for a sector Data/sectors.json does not list: one finding, which says to rename it")
    func unknownTargetSector() {
        var budget = ExampleBudget.budget
        budget.targets.sectors = [
            "veitrafik": SectorTargets(
                milestones: [Milestone(year: 2023, percentChange: -30)],
                rules: [
                    TargetRule(
                        from: .inventory, .path(to: .milestones, shape: .line), place: "sectors.veitrafik.rules[0]")
                ])
        ]
        #expect(
            descriptions(UnknownSector.self, budget) == [
                "Data/targets.json: error: sectors.veitrafik sets targets for \"veitrafik\", which is not a known sector. Did you mean \"veitrafikk\"? Rename the key to one of: veitrafikk, or add it to Data/sectors.json [unknown-sector]"
            ])
        // The misspelt sector has no reference figures; the rules about drawing and reaching years do not say
        // so again, with advice (set lastHistoricalYear, add a 2009 figure) that would not help.
        #expect(TargetRuleConflict.check(budget).isEmpty)
        #expect(TargetRuleUnreached.check(budget).isEmpty)
    }

    @Test("A total that disagrees with its sectors: the year, both figures and what to change")
    func sumDisagrees() {
        // The total's cap for 2023 is 700; veitrafikk's -50 % of 1 000 allows 500, the only sector.
        #expect(
            descriptions(SectorTargetsSum.self, SectorTargetsSum.examples.breaking.budget) == [
                "Data/target-caps.csv: error: in 2023 the total's target is 700 tonnes (its cap in Data/target-caps.csv), but the sectors' targets add up to 500 (veitrafikk 500); correct the total's target or the sectors' so that they agree [sector-targets-sum]"
            ])
    }

    @Test("Sectors agree with the total's milestone within a tonne of rounding per sector")
    func sumWithinRounding() {
        // No total caps: the total's own 2023 target is its milestone, 700. veitrafikk -30.1 % of 600 = 419.4,
        // whole 419; industri -29.9 % of 400 = 280.4, whole 280: 699, one tonne off with two sectors, agrees.
        var budget = Self.twoSectors
        budget.targets.caps = [:]
        budget.targets.sectors = [
            "veitrafikk": SectorTargets(milestones: [Milestone(year: 2023, percentChange: -30.1)]),
            "industri": SectorTargets(milestones: [Milestone(year: 2023, percentChange: -29.9)]),
        ]
        #expect(SectorTargetsSum.check(budget) == [])
        // -40 % of 600 = 360: 360 + 280 = 640, 60 off the total's milestone of 700.
        budget.targets.sectors["veitrafikk"]?.milestones[0].percentChange = -40
        #expect(
            descriptions(SectorTargetsSum.self, budget) == [
                "Data/targets.json: error: in 2023 the total's target is 700 tonnes (its milestone of -30 %), but the sectors' targets add up to 640 (industri 280, veitrafikk 360); correct the total's target or the sectors' so that they agree [sector-targets-sum]"
            ])
    }

    @Test("A sector with reference emissions but no target where the others have one")
    func sectorWithoutTarget() {
        // veitrafikk has a target in 2023 only (its milestone, 420); industri has none at all.
        var budget = Self.twoSectors
        budget.targets.sectors = ["veitrafikk": SectorTargets(milestones: [Milestone(year: 2023, percentChange: -30)])]
        #expect(
            descriptions(SectorTargetsSum.self, budget) == [
                "Data/targets.json: error: the sector industri has reference emissions but no target for 2023, while veitrafikk has one, so the total's target cannot be the sum of the sectors'; give industri milestones or rules under sectors.industri, or a column in Data/target-caps.csv [sector-targets-sum]"
            ])
        #expect(Validator.validate(budget).map(\.rule) == ["sector-targets-sum"])
    }
}
