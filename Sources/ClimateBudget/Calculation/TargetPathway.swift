/// The target pathway (målbane): the yearly emission cap, explicit where given, else derived from milestones and
/// the budget's target rules, for the total and per sector.
public enum TargetPathway {
    /// What one target pathway is drawn from: the total's figures, or one sector's.
    public struct Scope: Sendable, Equatable {
        /// Explicit caps in tonnes.
        public var caps: YearlySeries
        /// Explicit caps as a change against the base year in percent.
        public var percentCaps: YearlySeries
        /// The milestones, in any order.
        public var milestones: [Milestone]
        /// The rules; empty for a straight line between milestones.
        public var rules: [TargetRule]
        /// The base year's reference emissions, which milestones and percent caps are measured against.
        public var baseEmissions: Double?
        /// The last inventory year and its emissions, where the reference pathway has one.
        public var inventory: (year: Int, tonnes: Double)?
        /// The budget period: a path from the inventory leads to the first milestone inside or after it.
        public var period: Period

        /// Creates a scope.
        public init(
            caps: YearlySeries = [:], percentCaps: YearlySeries = [:], milestones: [Milestone] = [],
            rules: [TargetRule] = [], baseEmissions: Double?, inventory: (year: Int, tonnes: Double)? = nil,
            period: Period
        ) {
            self.caps = caps
            self.percentCaps = percentCaps
            self.milestones = milestones
            self.rules = rules
            self.baseEmissions = baseEmissions
            self.inventory = inventory
            self.period = period
        }

        public static func == (lhs: Scope, rhs: Scope) -> Bool {
            lhs.caps == rhs.caps && lhs.percentCaps == rhs.percentCaps && lhs.milestones == rhs.milestones
                && lhs.rules == rhs.rules && lhs.baseEmissions == rhs.baseEmissions
                && lhs.inventory?.year == rhs.inventory?.year && lhs.inventory?.tonnes == rhs.inventory?.tonnes
                && lhs.period == rhs.period
        }

        /// The milestone of a year, the last one listed where a year has several.
        func milestone(in year: Int) -> Milestone? {
            milestones.last { $0.year == year }
        }

        /// A milestone and the level it allows, when the base year's emissions are known.
        func point(_ milestone: Milestone) -> PathPoint? {
            baseEmissions.map { .milestone(milestone, tonnes: milestone.cap(baseEmissions: $0)) }
        }
    }

    /// A stretch of years a rule claims, with the point it starts from and how it goes on.
    public struct Claim: Sendable, Equatable {
        /// How the claim goes on from its start.
        public enum Step: Sendable, Equatable {
            /// To a milestone by a line or a constant rate.
            case path(to: Milestone, tonnes: Double, shape: PathShape)
            /// A constant yearly change in percent.
            case yearlyChange(percentPerYear: Double)
        }

        /// The rule that makes the claim.
        public var rule: TargetRule
        /// The point the claim starts from.
        public var from: PathPoint
        /// How it goes on.
        public var step: Step
        /// The years claimed: after the start, up to the year before the milestone or through the rule's last year.
        public var years: [Int]

        /// A year's level on a path from a point to an end: a straight line, or a constant rate
        /// (v0 × (v1/v0)^((y − y0)/(y1 − y0))).
        static func value(in year: Int, from: PathPoint, to end: (year: Int, tonnes: Double), shape: PathShape)
            -> Double
        {
            let fraction = Double(year - from.year) / Double(end.year - from.year)
            switch shape {
            case .line: return from.tonnes + (end.tonnes - from.tonnes) * fraction
            case .constantRate: return from.tonnes * power(end.tonnes / from.tonnes, fraction)
            }
        }

        /// The target the claim gives in a year.
        public func target(in year: Int) -> TargetValue {
            let elapsed = Double(year - from.year)
            switch step {
            case .path(let milestone, let end, let shape):
                return TargetValue(
                    value: Self.value(in: year, from: from, to: (milestone.year, end), shape: shape),
                    source: .path(from: from, to: milestone, shape: shape, rule: rule.place))
            case .yearlyChange(let percent):
                return TargetValue(
                    value: from.tonnes * power(1 + percent / 100, elapsed),
                    source: .yearlyChange(from: from, percentPerYear: percent, rule: rule.place))
            }
        }
    }

    /// Why a rule cannot be drawn, in words that say what to change.
    public struct RuleProblem: Sendable, Equatable {
        /// The rule.
        public var rule: TargetRule
        /// What is wrong and what to do.
        public var reason: String
    }

    /// The claims of a scope's rules, and the rules that cannot be drawn.
    public static func claims(_ scope: Scope) -> (claims: [Claim], problems: [RuleProblem]) {
        var claims: [Claim] = []
        var problems: [RuleProblem] = []
        let sorted = scope.milestones.sorted { $0.year < $1.year }
        for rule in scope.rules {
            let start: PathPoint
            switch (rule.from, rule.level) {
            case (.year(let year), let level?):
                start = .level(year: year, tonnes: level)
            case (.inventory, let level):
                guard let inventory = scope.inventory else {
                    problems.append(
                        RuleProblem(
                            rule: rule,
                            reason:
                                "there is no inventory to start from: set lastHistoricalYear in the settings and give the reference a figure for it"
                        ))
                    continue
                }
                start =
                    level.map { .level(year: inventory.year, tonnes: $0) }
                    ?? .inventory(year: inventory.year, tonnes: inventory.tonnes)
            case (.year(let year), nil):
                guard let milestone = scope.milestone(in: year) else {
                    problems.append(
                        RuleProblem(
                            rule: rule,
                            reason:
                                "there is no milestone in \(year) to start from; add one, or give the rule the level it starts at (\"level\": tonnes)"
                        ))
                    continue
                }
                guard let point = scope.point(milestone) else { continue }
                start = point
            }
            switch rule.kind {
            case .yearlyChange(let percent, let through):
                guard through > start.year else {
                    problems.append(
                        RuleProblem(rule: rule, reason: "it ends in \(through), not after its start in \(start.year)"))
                    continue
                }
                claims.append(
                    Claim(
                        rule: rule, from: start, step: .yearlyChange(percentPerYear: percent),
                        years: Array((start.year + 1)...through)))
            case .path(let end, let shape):
                var ends: [Milestone]
                switch end {
                case .milestone(let year):
                    guard let milestone = scope.milestone(in: year), year > start.year else {
                        problems.append(
                            RuleProblem(
                                rule: rule,
                                reason: year > start.year
                                    ? "there is no milestone in \(year) to lead to; add one, or name a year that has one"
                                    : "it leads to \(year), which is not after its start in \(start.year)"))
                        continue
                    }
                    ends = [milestone]
                case .milestones:
                    // From the inventory the first milestone is the first inside or after the period; the ones
                    // between are past goals.
                    let first = rule.from == .inventory ? max(scope.period.start, start.year + 1) : start.year + 1
                    ends = sorted.filter { $0.year >= first }
                    // One milestone a year: the last listed wins, as `milestone(in:)` takes it.
                    ends = ends.filter { milestone in scope.milestone(in: milestone.year) == milestone }
                    guard !ends.isEmpty else {
                        problems.append(
                            RuleProblem(
                                rule: rule,
                                reason:
                                    "there is no milestone in or after \(first) to lead to; add one to the milestones"))
                        continue
                    }
                }
                var from = start
                for milestone in ends {
                    guard let point = scope.point(milestone) else { break }
                    if shape == .constantRate && (from.tonnes <= 0 || point.tonnes <= 0) {
                        problems.append(
                            RuleProblem(
                                rule: rule,
                                reason:
                                    "a constant rate cannot start or end at 0 tonnes (\(from.year) to \(milestone.year)); use \"shape\": \"line\""
                            ))
                        break
                    }
                    let years = from.year + 1 < milestone.year ? Array((from.year + 1)..<milestone.year) : []
                    claims.append(
                        Claim(
                            rule: rule, from: from, step: .path(to: milestone, tonnes: point.tonnes, shape: shape),
                            years: years))
                    from = point
                }
            }
        }
        return (claims, problems)
    }

    /// The target of a year in a scope: an explicit cap (in tonnes, then in percent), else the milestone of that
    /// year, else the first claim of a rule on it; without rules, a straight line between the milestones before
    /// and after it. `nil` where nothing gives one.
    public static func target(in year: Int, scope: Scope, claims: [Claim]) -> TargetValue? {
        if let cap = scope.caps[year] { return TargetValue(value: cap, source: .explicit) }
        guard let baseEmissions = scope.baseEmissions else { return nil }
        if let percent = scope.percentCaps[year] {
            return TargetValue(value: baseEmissions * (1 + percent / 100), source: .explicitPercent(percent))
        }
        if let exact = scope.milestone(in: year) {
            return TargetValue(value: exact.cap(baseEmissions: baseEmissions), source: .milestone(exact))
        }
        if !scope.rules.isEmpty {
            return claims.first { $0.years.contains(year) }?.target(in: year)
        }
        let sorted = scope.milestones.sorted { $0.year < $1.year }
        guard let before = sorted.last(where: { $0.year < year }), let after = sorted.first(where: { $0.year > year }),
            let start = scope.point(before)
        else { return nil }
        return TargetValue(
            value: Claim.value(
                in: year, from: start, to: (after.year, after.cap(baseEmissions: baseEmissions)), shape: .line),
            source: .path(from: start, to: after, shape: .line, rule: nil))
    }

    /// The targets of a scope for each of the given years; years without a target are absent.
    public static func targets(in scope: Scope, years: [Int]) -> [Int: TargetValue] {
        let claims = claims(scope).claims
        var result: [Int: TargetValue] = [:]
        for year in years {
            result[year] = target(in: year, scope: scope, claims: claims)
        }
        return result
    }

    /// The milestones before the period that a scope's rules do not draw through (past goals, such as Trondheim's
    /// −10 % in 2020 when the rule starts at the 2019 inventory): reports show them, but no target comes from them.
    /// Empty without rules, where the line runs through every milestone.
    public static func pastGoals(_ scope: Scope) -> [Milestone] {
        guard !scope.rules.isEmpty else { return [] }
        var used: Set<Int> = []
        for claim in claims(scope).claims {
            if case .milestone(let milestone, _) = claim.from { used.insert(milestone.year) }
            if case .path(let milestone, _, _) = claim.step { used.insert(milestone.year) }
        }
        return scope.milestones.filter { $0.year < scope.period.start && !used.contains($0.year) }
            .sorted { $0.year < $1.year }
    }

    /// The scope of a budget's total.
    public static func scope(of budget: Budget) -> Scope {
        let reference = budget.referencePathway
        return Scope(
            caps: budget.targets.caps, percentCaps: budget.targets.percentCaps,
            milestones: budget.targets.milestones, rules: budget.targets.rules,
            baseEmissions: reference.total[budget.settings.baseYear],
            inventory: inventory(reference.total, lastHistoricalYear: inventoryYear(of: budget)),
            period: budget.settings.period)
    }

    /// The scope of one sector: its caps, its own milestones and rules, measured against its own base-year
    /// emissions.
    public static func scope(of budget: Budget, sector: String) -> Scope {
        let reference = budget.referencePathway
        let series = reference.bySector[sector] ?? [:]
        let targets = budget.targets.sectors[sector] ?? SectorTargets()
        return Scope(
            caps: budget.targets.capsBySector[sector] ?? [:], milestones: targets.milestones, rules: targets.rules,
            baseEmissions: series[budget.settings.baseYear],
            inventory: inventory(series, lastHistoricalYear: inventoryYear(of: budget)),
            period: budget.settings.period)
    }

    /// The last history year a rule from the inventory may start from: `lastHistoricalYear`, but no later than
    /// the year before the period. Inventory figures that arrive for period years (``ActualEmissions``) follow
    /// the budget up; the targets stay drawn from the inventory the budget was made on.
    public static func inventoryYear(of budget: Budget) -> Int? {
        budget.reference.lastHistoricalYear.map { min($0, budget.settings.period.start - 1) }
    }

    /// The last history year with a figure, and the figure.
    static func inventory(_ series: YearlySeries, lastHistoricalYear: Int?) -> (year: Int, tonnes: Double)? {
        guard let lastHistoricalYear,
            let year = series.keys.filter({ $0 <= lastHistoricalYear }).max(), let tonnes = series[year]
        else { return nil }
        return (year, tonnes)
    }

    /// The targets of a sector for each of the given years; years without a target are absent.
    public static func sectorTargets(for budget: Budget, sector: String, years: [Int]) -> [Int: TargetValue] {
        targets(in: scope(of: budget, sector: sector), years: years)
    }

    /// The targets of a budget's total for each of the given years; years without a target are absent.
    ///
    /// An explicit total cap wins, in tonnes or in percent; else, where the budget sets targets on sectors and
    /// every sector has one in the year, the total is the sum of the sectors' targets in whole tonnes (so the
    /// sector tables add up to the total as printed); else the total's own milestones and rules give it.
    public static func targets(for budget: Budget, years: [Int]) -> [Int: TargetValue] {
        var result = targets(in: scope(of: budget), years: years)
        guard budget.targets.hasSectorTargets else { return result }
        let sectors = sectorsSummed(in: budget)
        let bySector = sectors.map { sectorTargets(for: budget, sector: $0, years: years) }
        for year in years where budget.targets.caps[year] == nil && budget.targets.percentCaps[year] == nil {
            let values = bySector.compactMap { $0[year]?.value }
            guard !sectors.isEmpty, values.count == sectors.count else { continue }
            result[year] = TargetValue(
                value: values.reduce(0) { $0 + Tonnes.whole($1) }, source: .sumOfSectors)
        }
        return result
    }

    /// The sectors whose targets make up the total: the reference pathway's sectors, or, without sector
    /// figures there, the sectors the targets name.
    public static func sectorsSummed(in budget: Budget) -> [String] {
        let reference = budget.reference.bySector.keys.sorted()
        return reference.isEmpty ? budget.targets.targetSectors : reference
    }
}
