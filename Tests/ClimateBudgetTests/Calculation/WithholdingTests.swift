import Testing

@testable import ClimateBudget

/// Which figures an error withholds follows from what each figure reads (issue 9, item 2).
@Suite("Withheld figures follow from what each figure reads")
struct WithholdingTests {
    /// What each rule's breaking example withholds. The example budget has explicit caps for both period years,
    /// so its target reads the caps only, not the milestones or the reference.
    static let expected: [String: [Figure]] = [
        "duplicate-measure-id": [.effect, .measurePathway, .gap, .sectorBreakdown],
        "measure-file-name": [],
        "missing-implementer": [],
        "unknown-actor": [],
        "missing-reporter": [],
        "reporter-not-service-area": [],
        // The totals do not read a measure's sector; the breakdown shows it as its own "unknown sector" row.
        "missing-sector": [],
        "unknown-sector": [],
        "missing-effect-year": [.effect, .measurePathway, .gap, .sectorBreakdown],
        "negative-effect": [.effect, .measurePathway, .gap, .sectorBreakdown],
        // The parts and the whole disagree: the effect of that year, and all it makes, is in doubt.
        "effect-split": [.effect, .measurePathway, .gap, .sectorBreakdown],
        "effect-on-unquantified-measure": [],
        "effect-after-period": [],
        "effect-exceeds-sector-reference": [.effect, .measurePathway, .gap, .sectorBreakdown],
        // A low effect above the expected one in 2022: the band of 2022, nothing else.
        "effect-range": [.measurePathwayRange, .gapRange],
        // The overlap's errors withhold what subtracts it; the effect of the measures does not read it.
        "overlap-unknown-measure": [.overlap, .measurePathway, .gap, .sectorBreakdown],
        "overlap-amount": [.overlap, .measurePathway, .gap, .sectorBreakdown],
        "overlap-exceeds-effect": [.overlap, .measurePathway, .gap, .sectorBreakdown],
        "overlap-declared-twice": [.overlap, .measurePathway, .gap, .sectorBreakdown],
        "unknown-goal": [],
        "goal-evidence-unlisted": [],
        "missing-reference-year": [.reference, .measurePathway, .gap],
        // A warning: an actual before the base year is shown nowhere.
        "actual-before-base-year": [],
        "missing-target": [],
        "cap-breaks-milestone": [.target, .gap],
        "milestone-increase": [],
        // The example leaves 2022 without a cap, so its target is drawn by the overlapping rules.
        "target-rule-conflict": [.target, .gap],
        // 2022 has no target: the target and the gap are withheld there, where they are missing anyway.
        "target-rule-unreached": [.target, .gap],
        // The capped total disagrees with its sector in 2023; the sector tables show the sector's own target.
        "sector-targets-sum": [.target, .gap, .sectorBreakdown],
        // A printed figure is checked against the table, never shown as ours: a slip withholds nothing.
        "printed-figure-differs": [],
        // A warning: the carbon budget says it cannot be summed, and the rest is shown.
        "carbon-budget-targets": [],
        // The money is no input of an emission figure: a financing finding withholds none.
        "financing-printed-differs": [],
        "financing-parts-sum": [],
        "financing-unknown-service-area": [],
        "financing-unknown-measure": [],
    ]

    @Test(
        "Every rule's breaking example withholds exactly the figures computed from what it is about",
        arguments: Validator.rules.map { $0.id })
    func breakingExample(id: String) throws {
        let rule = try #require(Validator.rule(id: id))
        let expected = try #require(Self.expected[id], "add the rule \(id) to the table above")
        #expect(Validator.figuresWithheld(byExampleOf: rule) == expected)
    }

    /// The property behind the table: a figure that the broken data changes is withheld, or is simply absent.
    /// A figure shown is either withheld or the same as in the passing example, the budget with the data put
    /// right (for most rules the example budget itself; for the overlap rules it has a second quantified measure).
    @Test("A figure the broken data changes is never shown", arguments: Validator.rules.map { $0.id })
    func changedFiguresAreWithheld(id: String) throws {
        let rule = try #require(Validator.rule(id: id))
        let broken = rule.examples.breaking.budget
        let withholding = Withholding(validating: broken)
        let before = EmissionBudgetTable.compute(for: rule.examples.passing.budget)
        let after = EmissionBudgetTable.compute(for: broken)
        for figure in Figure.tableAndActuals {
            let shown = Self.series(after, figure)
            let original = Self.series(before, figure)
            for (year, value) in shown where !withholding.withholds(figure, in: year) {
                #expect(
                    original[year] == value,
                    "\(id): \(figure) \(year) is shown as \(value), was \(original[year] ?? [])")
            }
        }
    }

    @Test("Warnings never withhold")
    func warningsNeverWithhold() {
        var budget = ExampleBudget.budget
        budget.measures[0].effect[2023] = -5
        let findings = Validator.validate(budget).map { finding in
            var warning = finding
            warning.severity = .warning
            return warning
        }
        #expect(!findings.isEmpty)
        #expect(Withholding(budget: budget, findings: findings).figures == [])
    }

    @Test("A target from milestones reads the milestones and the base year's reference; an explicit cap does not")
    func targetInputs() {
        var budget = ExampleBudget.budget
        #expect(Figure.target.inputs(in: budget) == [.caps])
        budget.targets.caps[2023] = nil
        #expect(Figure.target.inputs(in: budget) == [.caps, .milestones, .referenceTotal])
    }

    @Test("An error about some years withholds those years; one in the base year reaches a target from milestones")
    func yearsReached() {
        var budget = ExampleBudget.budget
        budget.targets.caps[2023] = nil  // 2023's target now comes from the milestone, measured against 2009
        let missing2023 = Finding(
            severity: .error, rule: "missing-reference-year", file: "Data/reference.csv", message: "",
            inputs: [.referenceTotal], years: [2023])
        let byYear = Withholding(budget: budget, findings: [missing2023])
        // The target reads the reference of 2009 only, so a missing 2023 does not reach it.
        #expect(byYear.figures == [.reference, .measurePathway, .gap])
        #expect(byYear.years == [.reference: [2023], .measurePathway: [2023], .gap: [2023]])
        #expect(
            !byYear.withholds(.target, in: 2023) && byYear.withholds(.gap, in: 2023)
                && !byYear.withholds(.gap, in: 2022))
        var missing2009 = missing2023
        missing2009.years = [2009]
        let base = Withholding(budget: budget, findings: [missing2009])
        // Every milestone target is measured against 2009: the target and the gap are withheld in every year.
        #expect(base.withholdsWholly(.target) && base.withholdsWholly(.gap))
        #expect(base.years[.reference] == [2009])
    }

    /// A finding about the reference in some years, for the reach tests below.
    static func referenceError(in years: Set<Int>) -> Finding {
        Finding(
            severity: .error, rule: "missing-reference-year", file: "Data/reference.csv", message: "",
            inputs: [.referenceTotal], years: years)
    }

    @Test("An error on a history year reaches the reference years projected from it, and only those")
    func projectionReadsHistory() {
        // History 2009 and 2019; the period 2022-2023 is projected. Holding the last figure reads 2019 only;
        // a linear trend over the last two figures reads 2009 to 2019.
        var budget = ExampleBudget.budget
        budget.reference = ReferencePathway(
            total: [2009: 1000, 2019: 950], lastHistoricalYear: 2019, projection: ReferenceProjection(method: .hold))
        let last = Withholding(budget: budget, findings: [Self.referenceError(in: [2019])])
        #expect(last.years[.reference] == [2019, 2022, 2023])
        #expect(last.years[.gap] == [2019, 2022, 2023])
        #expect(!last.withholds(.target))  // the caps do not read the reference
        let base = Withholding(budget: budget, findings: [Self.referenceError(in: [2009])])
        #expect(base.years[.reference] == [2009])
        budget.reference.projection = ReferenceProjection(method: .linearTrend(years: 2))
        let trend = Withholding(budget: budget, findings: [Self.referenceError(in: [2009])])
        #expect(trend.years[.reference] == [2009, 2022, 2023])
        // Without a projection rule a given figure reads no other year.
        budget.reference = ReferencePathway(
            total: [2009: 1000, 2019: 950, 2022: 900, 2023: 880], lastHistoricalYear: 2019)
        #expect(
            Withholding(budget: budget, findings: [Self.referenceError(in: [2019])]).years[.reference] == [2019])
    }

    @Test("An error on the inventory reaches every target drawn from it; without a rule from it, none")
    func rulesFromTheInventory() {
        // 2022 has no cap. Without rules it has no target either (one milestone only), and the 2023 milestone
        // reads 2009 alone; the rule from the 2019 inventory to the 2023 milestone reads 2019 too.
        var budget = ExampleBudget.budget
        budget.reference = ReferencePathway(
            total: [2009: 1000, 2019: 950, 2022: 900, 2023: 880], lastHistoricalYear: 2019)
        budget.targets.caps[2022] = nil
        #expect(!Withholding(budget: budget, findings: [Self.referenceError(in: [2019])]).withholds(.target))
        budget.targets.rules = [
            TargetRule(from: .inventory, .path(to: .milestones, shape: .line), place: "rules[0]")
        ]
        let withheld = Withholding(budget: budget, findings: [Self.referenceError(in: [2019])])
        #expect(withheld.withholdsWholly(.target) && withheld.withholdsWholly(.gap))
        #expect(Figure.target.inputs(in: budget) == [.caps, .milestones, .referenceTotal])
    }

    @Test("Targets on sectors read the sectors' caps and reference; the sector tables read their milestones")
    func sectorTargetInputs() {
        var budget = ExampleBudget.budget
        budget.targets.caps[2023] = nil
        budget.targets.sectors = ["veitrafikk": SectorTargets(milestones: [Milestone(year: 2023, percentChange: -30)])]
        #expect(
            Figure.target.inputs(in: budget) == [.caps, .sectorCaps, .milestones, .referenceTotal, .sectorReference])
        #expect(Figure.sectorBreakdown.inputs(in: budget) == [.effects, .sectorReference, .sectorCaps, .milestones])
    }

    @Test("The table leaves withheld figures out, and every figure computed from them")
    func tableLeavesWithheldOut() throws {
        let table = EmissionBudgetTable.compute(for: ExampleBudget.budget, withheld: [.target, .gap])
        let row = try #require(table.row(2022))
        // 900 - 50 = 850; the target (750) and the gap (100) are left out.
        #expect(row.reference == 900 && row.effect == 50 && row.measurePathway == 850)
        #expect(row.target == nil && row.gap == nil && row.targetChange == nil)
        #expect(table.cumulative.target == nil && table.cumulative.gap == nil)
        #expect(table.cumulative.measurePathway == 1670)  // 850 + (880 - 60)
        #expect(table.withheld == [.target, .gap])
    }

    /// The figures a table shows of one figure, by year: one value, or the two ends of a range.
    static func series(_ table: EmissionBudgetTable, _ figure: Figure) -> [Int: [Double]] {
        var result: [Int: [Double]] = [:]
        for row in table.rows {
            let values: [Double?] =
                switch figure {
                case .reference: [row.reference]
                case .effect: [row.effect]
                case .overlap: [row.overlap]
                case .measurePathway: [row.measurePathway]
                case .measurePathwayRange: [row.measurePathwayLow, row.measurePathwayHigh]
                case .target: [row.target?.value]
                case .gap: [row.gap]
                case .gapRange: [row.gapLow, row.gapHigh]
                case .actual: [row.actual]
                case .sectorBreakdown, .carbonBudget: [nil]
                }
            let shown = values.compactMap { $0 }
            if !shown.isEmpty { result[row.year] = shown }
        }
        return result
    }
}

/// One representation of tonnes and one rounding rule (issue 9, item 3).
@Suite("Tonnes: whole tonnes in tables that add up as printed")
struct TonnesTests {
    @Test("Halves round away from zero, after binary noise is removed")
    func whole() {
        #expect(Tonnes.whole(400.5) == 401)
        #expect(Tonnes.whole(-0.5) == -1)
        #expect(Tonnes.whole(400.49) == 400)
        // 0.1 + 0.2 + 400.2 is 400.50000000000006 in binary; as a decimal it is 400.5, and rounds to 401.
        #expect(Tonnes.whole(0.1 + 0.2 + 400.2) == 401)
        #expect(Tonnes.whole(0.1 + 0.2 + 400.1) == 400)
    }

    @Test("Decimals to the kilogram, without binary noise")
    func decimal() {
        #expect(Tonnes.decimal(952299.4800000001) == 952299.48)
        #expect(Tonnes.decimal(254752.77142857137) == 254752.771)
    }

    @Test("A measure effect of 400.5 t: the table adds up as printed")
    func tableAddsUp() throws {
        var budget = ExampleBudget.budget
        budget.measures[0].effect[2022] = 50.5
        budget.measures.append(
            Measure(
                id: 3, title: "Halv", kind: .quantified, sector: "veitrafikk",
                responsibility: Responsibility(printed: "ST", implementers: ["ST"], reporter: "ST"),
                effect: [2022: 0.5, 2023: 0.4]))
        let table = EmissionBudgetTable.compute(for: budget)
        let row = try #require(table.row(2022))
        // Each measure in whole tonnes, then summed: 51 + 1 = 52 (not 51, the rounded sum of 50.5 + 0.5).
        #expect(row.effect == 52)
        // 900 - 52 = 848; 848 - 750 = 98.
        #expect(row.measurePathway == 848)
        #expect(row.gap == 98)
        // 2023: 60 + 0 = 60; 880 - 60 = 820; 820 - 700 = 120. Sums: 52 + 60 = 112, 848 + 820 = 1668, 98 + 120 = 218.
        #expect(table.cumulative.effect == 112)
        #expect(table.cumulative.measurePathway == 1668)
        #expect(table.cumulative.gap == 218)
        #expect(MeasureEffects.breakdown(of: budget).map(\.effect) == [[2022: 52, 2023: 60]])
    }

    @Test("The reference and the target enter the table in whole tonnes")
    func inputsRounded() throws {
        var budget = ExampleBudget.budget
        budget.reference.total[2022] = 900.5
        budget.targets.caps[2022] = 749.5
        let row = try #require(EmissionBudgetTable.compute(for: budget).row(2022))
        // 901 - 50 = 851; 851 - 750 = 101.
        #expect(row.reference == 901 && row.measurePathway == 851 && row.target?.value == 750 && row.gap == 101)
    }
}
