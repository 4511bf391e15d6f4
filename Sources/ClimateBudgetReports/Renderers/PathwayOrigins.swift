import ClimateBudget

/// Where each reference and target figure comes from, in the English words of `gap`'s notes, `roll` and the
/// JSON output, written in one place so that they all say it the same way.
package enum PathwayOrigins {
    /// A milestone as the environment unit finds it in the targets file: "the 2023 milestone (-30 %, goal 2a)".
    package static func milestone(_ milestone: Milestone) -> String {
        let goal = milestone.goal.map { ", goal \($0)" } ?? ""
        return "the \(milestone.year) milestone (\(plainNumber(milestone.percentChange)) %\(goal))"
    }

    /// A point a target path starts from: "the 2019 inventory (424 456 t)".
    package static func point(_ point: PathPoint) -> String {
        switch point {
        case .inventory(let year, let tonnes): "the \(year) inventory (\(NumberFormat.tonnes(tonnes)) t)"
        case .milestone(let milestone, _): Self.milestone(milestone)
        case .level(let year, let tonnes): "the level the rule gives for \(year) (\(NumberFormat.tonnes(tonnes)) t)"
        }
    }

    /// Where a target comes from, as a phrase after the year: "on the line from the 2019 inventory (424 456 t) to
    /// the 2023 milestone (-30 %, goal 2a), by rules[0] in Data/targets.json".
    package static func target(_ source: TargetSource, files: BudgetFiles) -> String {
        switch source {
        case .explicit:
            return "explicit cap in \(files.targetCaps)"
        case .explicitPercent(let percent):
            return "explicit cap of \(plainNumber(percent)) % against the base year in \(files.targetCaps)"
        case .milestone(let milestone):
            return "from " + Self.milestone(milestone) + " in \(files.targets)"
        case .path(let from, let to, let shape, let rule):
            let how = shape == .line ? "on the straight line" : "at a constant yearly rate"
            let by = rule.map { ", by \($0) in \(files.targets)" } ?? " in \(files.targets)"
            return "\(how) from \(point(from)) to \(milestone(to))\(by)"
        case .yearlyChange(let from, let percent, let rule):
            return "\(plainNumber(percent)) % a year from \(point(from)), by \(rule) in \(files.targets)"
        case .sumOfSectors:
            return "from the sum of the sectors' targets"
        }
    }

    /// Where a reference figure comes from, as a phrase: "a linear trend through the last 5 inventory figures up
    /// to 2019".
    package static func reference(_ origin: ReferenceOrigin, files: BudgetFiles) -> String {
        switch origin {
        case .history: "the inventory"
        case .explicit: "given in \(files.reference)"
        case .projected(.hold, let from): "the \(from) inventory held"
        case .projected(.linearTrend(let years), let from):
            "a linear trend through the last \(years) inventory figures up to \(from)"
        case .projected(.percentChange(let percent), let from):
            "the \(from) inventory changed by \(plainNumber(percent)) % a year"
        case .sumOfSectors: "the sum of the sectors' projections"
        }
    }

    /// One sentence naming the origin of each shown reference year, years of one origin together: "Reference:
    /// the inventory for 2009 and 2019; given in Data/reference.csv for 2022, 2023, 2024 and 2025."
    package static func referenceSentence(_ pathway: ReferencePathway, years: [Int], files: BudgetFiles) -> String? {
        let parts = referenceParts(pathway, years: years, files: files)
        return parts.isEmpty ? nil : "Reference: " + parts.joined(separator: "; ") + "."
    }

    /// The origins of the years that have a reference figure, years of one origin together, in the order each
    /// origin first appears: ["the inventory for 2009 and 2019", "given in Data/reference.csv for 2022"].
    package static func referenceParts(_ pathway: ReferencePathway, years: [Int], files: BudgetFiles) -> [String] {
        referenceGroups(pathway, years: years).map { origin, years in
            reference(origin, files: files) + " for " + GapReport.list(years.map(String.init))
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
