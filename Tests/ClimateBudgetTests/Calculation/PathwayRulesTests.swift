import Testing

@testable import ClimateBudget

/// Each projection method of the reference pathway, with figures computed by hand.
@Suite("Reference projection")
struct ReferenceProjectionTests {
    /// History 2015-2019 without 2018 (the national statistics skip years too); the period is 2022-2025.
    let history: YearlySeries = [2015: 100, 2016: 90, 2017: 85, 2019: 70]
    let years = [2022, 2023, 2024, 2025]

    func projected(_ method: ProjectionMethod, extra: YearlySeries = [:]) -> ReferencePathway {
        ReferencePathway(
            total: history.merging(extra) { $1 }, lastHistoricalYear: 2019,
            projection: ReferenceProjection(method: method)
        ).projected(years: years)
    }

    @Test("Hold: the last inventory figure every year")
    func hold() {
        let pathway = projected(.hold)
        #expect(years.map { pathway.total[$0] } == [70, 70, 70, 70])
        #expect(pathway.origin(in: 2022) == .projected(.hold, from: 2019))
        #expect(pathway.origin(in: 2019) == .history)
    }

    @Test("A constant yearly change compounds from the last inventory")
    func percentChange() throws {
        let pathway = projected(.percentChange(perYear: -10))
        // 2022: 70 × 0.9³ = 51.03; 2025: 70 × 0.9⁶ = 37.200 87.
        #expect(abs(try #require(pathway.total[2022]) - 51.03) < 1e-9)
        #expect(abs(try #require(pathway.total[2025]) - 37.20087) < 1e-9)
        #expect(pathway.origin(in: 2025) == .projected(.percentChange(perYear: -10), from: 2019))
    }

    @Test("A linear trend by least squares over the last N inventory figures, skipping missing years")
    func linearTrend() throws {
        let pathway = projected(.linearTrend(years: 3))
        // The last three figures: (2016, 90), (2017, 85), (2019, 70); 2018 is missing and not filled.
        // Mean year 6052/3 = 2017.333…, mean value 245/3 = 81.666…
        // Σ dx·dy = (−4/3)(25/3) + (−1/3)(10/3) + (5/3)(−35/3) = (−100 − 10 − 175)/9 = −285/9
        // Σ dx²  = (16 + 1 + 25)/9 = 42/9, so the slope is −285/42 = −95/14 t a year.
        // 2022: 245/3 − 95/14 × (2022 − 6052/3) = 245/3 − 95/14 × 14/3 = 150/3 = 50.
        // 2025: 50 − 3 × 95/14 = 50 − 20.357 142 857… = 29.642 857…
        #expect(abs(try #require(pathway.total[2022]) - 50) < 1e-9)
        #expect(abs(try #require(pathway.total[2025]) - (50 - 3 * 95.0 / 14)) < 1e-9)
        #expect(pathway.total[2018] == nil)
        #expect(pathway.total[2020] == nil && pathway.total[2021] == nil)
    }

    @Test("A linear trend that would go below zero is projected as 0")
    func trendBelowZero() {
        let pathway = ReferencePathway(
            total: history, lastHistoricalYear: 2019, projection: ReferenceProjection(method: .linearTrend(years: 3))
        ).projected(years: [2030])
        // 2030: 50 − 8 × 95/14 = 50 − 54.29 = −4.29 → 0.
        #expect(pathway.total[2030] == 0)
    }

    @Test("A trend needs two inventory figures; with one the year stays without a figure")
    func trendTooShort() {
        let pathway = ReferencePathway(
            total: [2019: 70], lastHistoricalYear: 2019, projection: ReferenceProjection(method: .linearTrend(years: 5))
        ).projected(years: [2022])
        #expect(pathway.total[2022] == nil)
        #expect(pathway.origin(in: 2022) == nil)
    }

    @Test("A trend asked for more figures than the inventory has runs through those there are, and says how many")
    func trendOverFewerFigures() {
        let pathway = ReferencePathway(
            total: [2009: 524491, 2019: 424456], lastHistoricalYear: 2019,
            projection: ReferenceProjection(method: .linearTrend(years: 5))
        ).projected(years: [2026])
        // Only two figures: the line through them falls (524 491 − 424 456) / 10 = 10 003.5 t a year;
        // 2026: 424 456 − 7 × 10 003.5 = 354 431.5. Its origin is a trend through 2 figures, not 5.
        #expect(pathway.total[2026] == 354431.5)
        #expect(pathway.origin(in: 2026) == .projected(.linearTrend(years: 2), from: 2019))
    }

    @Test("A figure given for a projection year overrides the method in that year only")
    func explicitOverrides() {
        let pathway = projected(.hold, extra: [2023: 60])
        #expect(years.map { pathway.total[$0] } == [70, 60, 70, 70])
        #expect(pathway.origin(in: 2023) == .explicit)
        #expect(pathway.origin(in: 2024) == .projected(.hold, from: 2019))
    }

    @Test("Each sector by its own method; the total is their sum")
    func sectors() throws {
        let pathway = ReferencePathway(
            bySector: ["a": [2019: 60], "b": [2018: 50, 2019: 40]], lastHistoricalYear: 2019,
            projection: ReferenceProjection(method: .hold, bySector: ["b": .percentChange(perYear: -50)])
        ).projected(years: [2021])
        // a: 60 held; b: 40 × 0.5² = 10; total 70.
        #expect(pathway.bySector["a"]?[2021] == 60)
        #expect(pathway.bySector["b"]?[2021] == 10)
        #expect(pathway.total[2021] == 70)
        #expect(pathway.origin(in: 2021) == .sumOfSectors)
        #expect(pathway.origin(in: 2021, sector: "b") == .projected(.percentChange(perYear: -50), from: 2019))
    }

    @Test("A total given without its sectors is kept, and its sectors are not projected in that year")
    func totalGivenWithoutSectors() {
        let pathway = ReferencePathway(
            total: [2019: 100, 2021: 90], bySector: ["a": [2019: 60], "b": [2019: 40]], lastHistoricalYear: 2019,
            projection: ReferenceProjection(method: .hold)
        ).projected(years: [2021, 2022])
        // 2021: the consultant's total of 90 stands; holding a (60) and b (40) would add up to 100, not 90, so
        // the sectors stay without a figure. 2022: both held, 60 + 40 = 100.
        #expect(pathway.total[2021] == 90)
        #expect(pathway.origin(in: 2021) == .explicit)
        #expect(pathway.bySector["a"]?[2021] == nil && pathway.bySector["b"]?[2021] == nil)
        #expect(pathway.total[2022] == 100)
        #expect(pathway.origin(in: 2022) == .projected(.hold, from: 2019))
    }

    @Test("Without a projection rule the pathway is as given")
    func noRule() {
        let pathway = ReferencePathway(total: history, lastHistoricalYear: 2019)
        #expect(pathway.projected(years: years) == pathway)
    }
}

/// Each target rule, on a base of 1 000 t in 2009, a 2019 inventory of 800 t and milestones of −10 % in 2020
/// (900 t, a past goal), −30 % in 2023 (700 t) and −80 % in 2030 (200 t); the period is 2022-2025.
@Suite("Target rules")
struct TargetRuleTests {
    let milestones = [
        Milestone(year: 2020, percentChange: -10, goal: "2"), Milestone(year: 2023, percentChange: -30, goal: "2a"),
        Milestone(year: 2030, percentChange: -80, goal: "5"),
    ]

    func scope(_ rules: [TargetRule], caps: YearlySeries = [:], percentCaps: YearlySeries = [:])
        -> TargetPathway.Scope
    {
        TargetPathway.Scope(
            caps: caps, percentCaps: percentCaps, milestones: milestones, rules: rules, baseEmissions: 1000,
            inventory: (2019, 800), period: Period(start: 2022, end: 2025))
    }

    func values(_ scope: TargetPathway.Scope, _ years: [Int]) -> [Double?] {
        let targets = TargetPathway.targets(in: scope, years: years)
        return years.map { targets[$0]?.value }
    }

    @Test("From the inventory to the milestones by a straight line: the 2020 milestone is a past goal")
    func lineFromInventory() throws {
        let rule = TargetRule(from: .inventory, .path(to: .milestones, shape: .line), place: "rules[0]")
        let targets = TargetPathway.targets(in: scope([rule]), years: [2022, 2023, 2024, 2026])
        // 2022: 800 + (700 − 800) × 3/4 = 725; 2023: the milestone, 700;
        // 2024: 700 + (200 − 700) × 1/7 = 628.571…; 2026: 700 − 500 × 3/7 = 485.714…
        #expect(abs(try #require(targets[2022]?.value) - 725) < 1e-9)
        #expect(targets[2023] == TargetValue(value: 700, source: .milestone(milestones[1])))
        #expect(abs(try #require(targets[2024]?.value) - (700 - 500.0 / 7)) < 1e-9)
        #expect(abs(try #require(targets[2026]?.value) - (700 - 1500.0 / 7)) < 1e-9)
        #expect(
            targets[2022]?.source
                == .path(
                    from: .inventory(year: 2019, tonnes: 800), to: milestones[1], shape: .line, rule: "rules[0]"))
        #expect(
            targets[2024]?.source
                == .path(
                    from: .milestone(milestones[1], tonnes: 700), to: milestones[2], shape: .line, rule: "rules[0]"))
    }

    @Test("Without rules the line runs through every milestone, the past goal too")
    func withoutRules() throws {
        // 2022 lies between 2020 (900) and 2023 (700): 900 − 200 × 2/3 = 766.666…
        let value = try #require(values(scope([]), [2022])[0])
        #expect(abs(value - (900 - 400.0 / 3)) < 1e-9)
    }

    @Test("By a constant rate: value(y) = v0 × (v1/v0)^((y − y0)/(y1 − y0))")
    func constantRate() throws {
        let rule = TargetRule(from: .inventory, .path(to: .milestones, shape: .constantRate), place: "rules[0]")
        let found = values(scope([rule]), [2022, 2024, 2025])
        // 2022: 800 × (700/800)^(3/4) = 800 × 0.875^0.75 = 723.762 415 5…
        // 2024: 700 × (200/700)^(1/7) = 585.293 948 3…; 2025: 700 × (200/700)^(2/7) = 489.384 294 1…
        #expect(abs(try #require(found[0]) - 723.7624155) < 1e-6)
        #expect(abs(try #require(found[1]) - 585.2939483) < 1e-6)
        #expect(abs(try #require(found[2]) - 489.3842941) < 1e-6)
    }

    @Test("Between two named milestones, and from the inventory to a named milestone")
    func namedEnds() throws {
        let rules = [
            TargetRule(from: .inventory, .path(to: .milestone(2023), shape: .line), place: "rules[0]"),
            TargetRule(from: .year(2023), .path(to: .milestone(2030), shape: .constantRate), place: "rules[1]"),
        ]
        let found = values(scope(rules), [2022, 2023, 2024])
        #expect(found[0] == 725)
        #expect(found[1] == 700)
        #expect(abs(try #require(found[2]) - 585.2939483) < 1e-6)
    }

    @Test("A constant yearly change from a milestone, and from a level the rule gives")
    func yearlyChange() throws {
        let fromMilestone = TargetRule(
            from: .year(2023), .yearlyChange(percentPerYear: -5, through: 2026), place: "rules[0]")
        let found = values(scope([fromMilestone]), [2024, 2025, 2026, 2027])
        // 700 × 0.95 = 665; × 0.95 = 631.75; × 0.95 = 600.1625; 2027 is after the rule: no target.
        #expect(abs(try #require(found[0]) - 665) < 1e-9)
        #expect(abs(try #require(found[1]) - 631.75) < 1e-9)
        #expect(abs(try #require(found[2]) - 600.1625) < 1e-9)
        #expect(found[3] == nil)
        let fromLevel = TargetRule(
            from: .year(2021), level: 750, .yearlyChange(percentPerYear: -10, through: 2025), place: "rules[0]")
        let targets = TargetPathway.targets(in: scope([fromLevel]), years: [2022, 2023, 2024])
        // 2022: 750 × 0.9 = 675; 2023 is the milestone's own year (700); 2024: 750 × 0.9³ = 546.75.
        #expect(abs(try #require(targets[2022]?.value) - 675) < 1e-9)
        #expect(targets[2023]?.source == .milestone(milestones[1]))
        #expect(abs(try #require(targets[2024]?.value) - 546.75) < 1e-9)
        #expect(
            targets[2022]?.source
                == .yearlyChange(from: .level(year: 2021, tonnes: 750), percentPerYear: -10, rule: "rules[0]"))
    }

    @Test("Explicit caps win, in tonnes or as a percentage against the base year")
    func explicitCaps() {
        let rule = TargetRule(from: .inventory, .path(to: .milestones, shape: .line), place: "rules[0]")
        let targets = TargetPathway.targets(
            in: scope([rule], caps: [2022: 760], percentCaps: [2024: -35]), years: [2022, 2024])
        // 2024: 1 000 × (1 − 0.35) = 650.
        #expect(targets[2022] == TargetValue(value: 760, source: .explicit))
        #expect(targets[2024] == TargetValue(value: 650, source: .explicitPercent(-35)))
    }

    @Test("A rule that cannot be drawn says why; it claims no year")
    func problems() {
        let rules = [
            TargetRule(from: .inventory, .path(to: .milestone(2024), shape: .line), place: "rules[0]"),
            TargetRule(from: .year(2022), .yearlyChange(percentPerYear: -5, through: 2025), place: "rules[1]"),
        ]
        let (claims, problems) = TargetPathway.claims(scope(rules))
        #expect(claims.isEmpty)
        #expect(
            problems.map(\.reason) == [
                "there is no milestone in 2024 to lead to; add one, or name a year that has one",
                "there is no milestone in 2022 to start from; add one, or give the rule the level it starts at (\"level\": tonnes)",
            ])
    }

    @Test("Sector targets: each sector from its own milestones and rules, the total their sum in whole tonnes")
    func sectorTargets() throws {
        var budget = ExampleBudget.budget
        budget.settings.period = Period(start: 2022, end: 2023)
        budget.reference = ReferencePathway(
            bySector: ["veitrafikk": [2009: 600, 2019: 500], "jordbruk": [2009: 400, 2019: 300]],
            lastHistoricalYear: 2019)
        budget.targets = Targets(
            milestones: [Milestone(year: 2023, percentChange: -40)],
            sectors: [
                "veitrafikk": SectorTargets(
                    milestones: [Milestone(year: 2023, percentChange: -50)],
                    rules: [TargetRule(from: .inventory, .path(to: .milestones, shape: .line), place: "r")]),
                "jordbruk": SectorTargets(
                    milestones: [Milestone(year: 2023, percentChange: -25)],
                    rules: [TargetRule(from: .inventory, .path(to: .milestones, shape: .line), place: "r")]),
            ])
        // veitrafikk: 2023 = 600 × 0.5 = 300, 2022 = 500 + (300 − 500) × 3/4 = 350;
        // jordbruk: 2023 = 400 × 0.75 = 300, 2022 = 300 + 0 × 3/4 = 300. Total: 650 and 600.
        let targets = TargetPathway.targets(for: budget, years: [2022, 2023])
        #expect(targets[2022] == TargetValue(value: 650, source: .sumOfSectors))
        #expect(targets[2023] == TargetValue(value: 600, source: .sumOfSectors))
        let veitrafikk = TargetPathway.sectorTargets(for: budget, sector: "veitrafikk", years: [2022])
        #expect(veitrafikk[2022]?.value == 350)
        // An explicit cap on the total wins over the sum, in percent as in tonnes: 2022's -34.9 % of the 1 000 t
        // base is 651 t (one tonne from the sectors' 650, within rounding for two sectors), and 2023's cap 601 t.
        budget.targets.percentCaps = [2022: -34.9]
        budget.targets.caps = [2023: 601]
        let capped = TargetPathway.targets(for: budget, years: [2022, 2023])
        #expect(capped[2022] == TargetValue(value: 651, source: .explicitPercent(-34.9)))
        #expect(capped[2023] == TargetValue(value: 601, source: .explicit))
    }
}
