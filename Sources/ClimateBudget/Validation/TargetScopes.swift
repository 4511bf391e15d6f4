/// A target pathway the validation rules check on its own: the total's, or one sector's, with where its
/// milestones and rules are stated in `Data/targets.json`.
struct TargetScope {
    /// The sector id; `nil` for the total.
    var sector: String?
    /// What the pathway is drawn from.
    var scope: TargetPathway.Scope

    /// The total and every sector with milestones or rules in `Data/targets.json`, in id order; a sector
    /// `Data/sectors.json` does not list is left to `unknown-sector`, whose message says to rename it, rather than
    /// reported again for lacking the figures a misspelt id cannot have.
    static func all(in budget: Budget) -> [TargetScope] {
        let known = Set(budget.sectors.map(\.id))
        return [TargetScope(sector: nil, scope: TargetPathway.scope(of: budget))]
            + budget.targets.sectors.keys.sorted().filter { known.isEmpty || known.contains($0) }.map { sector in
                TargetScope(sector: sector, scope: TargetPathway.scope(of: budget, sector: sector))
            }
    }

    /// Where the scope's targets are stated: "sectors.veitrafikk", or `nil` for the total (the file's top level).
    var place: String? { sector.map { "sectors.\($0)" } }

    /// The period years the scope's rules leave without a target: no cap, milestone or rule claim gives one
    /// (for the total, nor the sum of the sectors). Empty for a scope that states no rules, and for the total
    /// without base-year emissions, which `missing-reference-year` reports.
    func unreached(in budget: Budget) -> [Int] {
        guard !scope.rules.isEmpty else { return [] }
        let years = budget.settings.period.years
        guard let sector else {
            guard scope.baseEmissions != nil else { return [] }
            let targets = TargetPathway.targets(for: budget, years: years)
            return years.filter { targets[$0] == nil }
        }
        let targets = TargetPathway.sectorTargets(for: budget, sector: sector, years: years)
        return years.filter { targets[$0] == nil }
    }
}
