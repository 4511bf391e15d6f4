/// Where the budget sets targets on sectors, the total's target is their sum: a target the total has of its
/// own in the same year must agree with that sum within rounding, and every sector with reference emissions
/// needs a target wherever the others have one.
///
/// One severity for both: an error. A total that disagrees with its sectors leaves the council two targets for
/// one year; a sector without a target where the others have one makes the total fall back on its own target
/// (or have none), so the sector tables no longer add up to it. Either way the target shown is in doubt.
public enum SectorTargetsSum: ValidationRule {
    public static let id = "sector-targets-sum"
    public static let title = "Sector targets add up to the total"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Sektormålene summerer ikke til det samlede målet", "nn": "Sektormåla summerer ikkje til det samla målet",
        "en": "The sector targets do not add up to the total",
    ]
    public static let summary =
        "Where every sector has a target in a period year and the total has one of its own (a cap or a milestone), the two agree within one tonne of rounding per sector; and a sector with reference emissions needs a target in every period year where other sectors have one, or the total cannot be their sum (an error, since the target shown is then in doubt)."
    public static let checksMeasures = false
    public static let severity = Severity.error
    /// The caps (total and per sector), the milestones and rules, and the reference they are measured against.
    public static let needs: Set<BudgetPart> = [.settings, .reference, .milestones, .targetCaps]
    public static let examples = RuleExamples(
        breaking: RuleExample(
            "Road traffic, the only sector, emits 1 000 tonnes in 2009 and has its own milestone of -50 % in 2023 (500 tonnes), while the total's cap is 700"
        ) { budget in
            budget.reference.bySector = ["veitrafikk": [2009: 1000, 2022: 900, 2023: 880]]
            budget.targets.sectors = [
                "veitrafikk": SectorTargets(milestones: [Milestone(year: 2023, percentChange: -50)])
            ]
        },
        passing: RuleExample(
            "Road traffic, the only sector, has its own milestone of -30 % in 2023 (700 tonnes), as the total's cap"
        ) { budget in
            budget.reference.bySector = ["veitrafikk": [2009: 1000, 2022: 900, 2023: 880]]
            budget.targets.sectors = [
                "veitrafikk": SectorTargets(milestones: [Milestone(year: 2023, percentChange: -30)])
            ]
        })

    public static func check(_ budget: Budget) -> [Finding] {
        guard budget.targets.hasSectorTargets else { return [] }
        let years = budget.settings.period.years
        let summed = TargetPathway.sectorsSummed(in: budget)
        let bySector = Dictionary(
            uniqueKeysWithValues: summed.map {
                ($0, TargetPathway.sectorTargets(for: budget, sector: $0, years: years))
            })
        let own = TargetPathway.targets(in: TargetPathway.scope(of: budget), years: years)
        var findings: [Finding] = []
        for year in years {
            let values = summed.compactMap { sector in bySector[sector]?[year].map { (sector, Tonnes.whole($0.value)) }
            }
            guard !summed.isEmpty, values.count == summed.count, let total = own[year] else { continue }
            let sum = values.reduce(0) { $0 + $1.1 }
            guard abs(Tonnes.whole(total.value) - sum) > Double(summed.count) else { continue }
            findings.append(
                finding(
                    file: total.source.isExplicit ? budget.files.targetCaps : budget.files.targets,
                    about: [.caps, .sectorCaps, .milestones], in: [year],
                    message(year: year, total: total, sectors: values, files: budget.files)))
        }
        for (sector, missing, others) in missing(in: budget) {
            findings.append(
                finding(
                    file: budget.files.targets, about: [.sectorCaps, .milestones], in: Set(missing),
                    details: .years(missing),
                    message(sector: sector, missing: missing, others: others, files: budget.files)))
        }
        return findings
    }

    /// The sectors with reference figures that have no target in years where other sectors have one, each
    /// with those years; the years a sector's own rules leave without a target are `target-rule-unreached`'s.
    static func missing(in budget: Budget) -> [(sector: String, years: [Int], others: [String])] {
        guard budget.targets.hasSectorTargets else { return [] }
        let years = budget.settings.period.years
        let sectors = budget.referencePathway.bySector.keys.sorted()
        let targets = sectors.map { TargetPathway.sectorTargets(for: budget, sector: $0, years: years) }
        let unreached = TargetRuleUnreached.unreachedBySector(in: budget)
        var result: [(sector: String, years: [Int], others: Set<String>)] = []
        for (index, sector) in sectors.enumerated() {
            var missing: [Int] = []
            var others: Set<String> = []
            for year in years where targets[index][year] == nil && unreached[sector]?.contains(year) != true {
                let having = sectors.indices.filter { targets[$0][year] != nil }.map { sectors[$0] }
                guard !having.isEmpty else { continue }
                missing.append(year)
                others.formUnion(having)
            }
            if !missing.isEmpty { result.append((sector, missing, others)) }
        }
        return result.map { ($0.sector, $0.years, $0.others.sorted()) }
    }
}

// MARK: - Messages

extension SectorTargetsSum {
    static func message(year: Int, total: TargetValue, sectors: [(String, Double)], files: BudgetFiles) -> String {
        let sum = sectors.reduce(0) { $0 + $1.1 }
        let parts = sectors.map { "\($0.0) \(Tonnes.text($0.1))" }.joined(separator: ", ")
        return
            "in \(year) the total's target is \(Tonnes.text(Tonnes.whole(total.value))) tonnes (\(origin(of: total.source, files: files))), but the sectors' targets add up to \(Tonnes.text(sum)) (\(parts)); correct the total's target or the sectors' so that they agree"
    }

    /// Where the total's own target of a year comes from, in a few words.
    static func origin(of source: TargetSource, files: BudgetFiles) -> String {
        switch source {
        case .explicit: "its cap in \(files.targetCaps)"
        case .explicitPercent(let percent): "its cap of \(plainNumber(percent)) % in \(files.targetCaps)"
        case .milestone(let milestone): "its milestone of \(plainNumber(milestone.percentChange)) %"
        case .path(_, let milestone, _, let rule?):
            "by \(rule), towards the \(milestone.year) milestone"
        case .path(_, let milestone, _, nil): "on the line to the \(milestone.year) milestone"
        case .yearlyChange(_, _, let rule): "by \(rule)"
        case .sumOfSectors: "the sum of the sectors"
        }
    }

    static func message(sector: String, missing: [Int], others: [String], files: BudgetFiles) -> String {
        "the sector \(sector) has reference emissions but no target for \(yearRuns(missing)), while \(others.joined(separator: ", ")) \(others.count == 1 ? "has" : "have") one, so the total's target cannot be the sum of the sectors'; give \(sector) milestones or rules under sectors.\(sector), or a column in \(files.targetCaps)"
    }
}
