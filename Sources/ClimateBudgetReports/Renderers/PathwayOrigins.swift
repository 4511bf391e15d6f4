import ClimateBudget

/// Where each reference and target figure comes from, in the words of `gap`'s notes (in the language `gap` writes),
/// `roll` and the JSON output (in English), written in one place so that they all say it the same way.
package enum PathwayOrigins {
    /// A milestone as the environment unit finds it in the targets file: "the 2023 milestone (-30 %, goal 2a)";
    /// in Norwegian "målet for 2023 (-30 %, mål 2a)".
    package static func milestone(_ milestone: Milestone, language: Language = .en) -> String {
        GapText.milestone.format(
            language,
            [
                "year": String(milestone.year), "percent": GapText.decimal(milestone.percentChange, language),
                "goal": milestone.goal.map { GapText.milestoneGoal.format(language, ["goal": $0]) } ?? "",
            ])
    }

    /// A point a target path starts from: "the 2019 inventory (424 456 t)".
    package static func point(_ point: PathPoint, language: Language = .en) -> String {
        switch point {
        case .inventory(let year, let tonnes):
            GapText.pointInventory.format(language, ["year": String(year), "tonnes": NumberFormat.tonnes(tonnes)])
        case .milestone(let milestone, _): Self.milestone(milestone, language: language)
        case .level(let year, let tonnes):
            GapText.pointLevel.format(language, ["year": String(year), "tonnes": NumberFormat.tonnes(tonnes)])
        }
    }

    /// Where a target comes from, as a phrase after the year: "on the straight line from the 2019 inventory
    /// (424 456 t) to the 2023 milestone (-30 %, goal 2a), by rules[0] in Data/targets.json".
    package static func target(_ source: TargetSource, files: BudgetFiles, language: Language = .en) -> String {
        func text(_ key: GapText, _ values: [String: String]) -> String { key.format(language, values) }
        switch source {
        case .explicit:
            return text(.targetExplicit, ["file": files.targetCaps])
        case .explicitPercent(let percent):
            return text(
                .targetExplicitPercent, ["percent": GapText.decimal(percent, language), "file": files.targetCaps])
        case .milestone(let milestone):
            return text(
                .targetMilestone, ["milestone": Self.milestone(milestone, language: language), "file": files.targets])
        case .path(let from, let to, let shape, let rule):
            let by =
                rule.map { text(.targetByRule, ["rule": $0, "file": files.targets]) }
                ?? text(.targetInFile, ["file": files.targets])
            return text(
                shape == .line ? .targetLine : .targetConstantRate,
                [
                    "from": point(from, language: language), "to": milestone(to, language: language), "by": by,
                ])
        case .yearlyChange(let from, let percent, let rule):
            return text(
                .targetYearlyChange,
                [
                    "percent": GapText.decimal(percent, language), "from": point(from, language: language),
                    "rule": rule, "file": files.targets,
                ])
        case .sumOfSectors:
            return text(.targetSumOfSectors, [:])
        }
    }

    /// Where a reference figure comes from, as a phrase: "a linear trend through the last 5 inventory figures up
    /// to 2019".
    package static func reference(_ origin: ReferenceOrigin, files: BudgetFiles, language: Language = .en) -> String {
        switch origin {
        case .history: GapText.referenceHistory.format(language)
        case .explicit: GapText.referenceExplicit.format(language, ["file": files.reference])
        case .projected(.hold, let from): GapText.referenceHold.format(language, ["from": String(from)])
        case .projected(.linearTrend(let years), let from):
            GapText.referenceLinearTrend.format(language, ["count": String(years), "from": String(from)])
        case .projected(.percentChange(let percent), let from):
            GapText.referencePercentChange.format(
                language, ["percent": GapText.decimal(percent, language), "from": String(from)])
        case .sumOfSectors: GapText.referenceSumOfSectors.format(language)
        }
    }

    /// One sentence naming the origin of each shown reference year, years of one origin together: "Reference:
    /// the inventory for 2009 and 2019; given in Data/reference.csv for 2022, 2023, 2024 and 2025."
    package static func referenceSentence(
        _ pathway: ReferencePathway, years: [Int], files: BudgetFiles, language: Language = .en
    ) -> String? {
        let parts = referenceParts(pathway, years: years, files: files, language: language)
        return parts.isEmpty ? nil : GapText.referenceNote.format(language, ["parts": parts.joined(separator: "; ")])
    }

    /// The origins of the years that have a reference figure, years of one origin together, in the order each
    /// origin first appears: ["the inventory for 2009 and 2019", "given in Data/reference.csv for 2022"].
    package static func referenceParts(
        _ pathway: ReferencePathway, years: [Int], files: BudgetFiles, language: Language = .en
    ) -> [String] {
        referenceGroups(pathway, years: years).map { origin, years in
            GapText.referenceYears.format(
                language,
                [
                    "origin": reference(origin, files: files, language: language),
                    "years": GapText.list(years.map(String.init), language),
                ])
        }
    }

    /// The years that have a reference figure grouped by origin, in the order each origin first appears.
    package static func referenceGroups(_ pathway: ReferencePathway, years: [Int]) -> [(
        origin: ReferenceOrigin, years: [Int]
    )] {
        var order: [ReferenceOrigin] = []
        var byOrigin: [ReferenceOrigin: [Int]] = [:]
        for year in years {
            guard let origin = pathway.origin(in: year) else { continue }
            if byOrigin[origin] == nil { order.append(origin) }
            byOrigin[origin, default: []].append(year)
        }
        return order.map { ($0, byOrigin[$0] ?? []) }
    }
}
