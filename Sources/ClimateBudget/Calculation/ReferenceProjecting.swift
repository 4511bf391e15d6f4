extension ReferencePathway {
    /// The pathway with every year of `years` after the history that has no figure filled by the projection
    /// rule; unchanged without a rule.
    ///
    /// Each sector is projected by its own method from its own history, and a projected year's total is the sum
    /// of its sectors; without sector figures the total is projected. A figure given in the file for a later
    /// year is kept (it overrides the rule), and history years without a figure stay without one: a missing
    /// inventory year is never invented. Nor is the split of a total given without its sectors: the sectors
    /// are not projected in that year, since their projections would not add up to the total given.
    public func projected(years: [Int]) -> ReferencePathway {
        guard let projection else { return self }
        var result = self
        let future = years.filter { !isHistory($0) }
        for (sector, series) in bySector {
            let method = projection.method(forSector: sector)
            let past = history(series)
            for year in future where series[year] == nil && total[year] == nil {
                guard let (value, from) = method.value(in: year, history: past) else { continue }
                result.bySector[sector, default: [:]][year] = value
                result.projectedSectors[sector, default: [:]][year] = .projected(method.applied(to: past), from: from)
            }
        }
        for year in future where total[year] == nil {
            if bySector.isEmpty {
                let past = history(total)
                guard let (value, from) = projection.method.value(in: year, history: past) else { continue }
                result.total[year] = value
                result.projectedTotal[year] = .projected(projection.method.applied(to: past), from: from)
            } else {
                let sectors = bySector.keys
                let values = sectors.compactMap { result.bySector[$0]?[year] }
                guard values.count == sectors.count else { continue }
                result.total[year] = values.reduce(0, +)
                let origins = Set(sectors.compactMap { result.origin(in: year, sector: $0) })
                result.projectedTotal[year] = origins.count == 1 ? origins.first : .sumOfSectors
            }
        }
        return result
    }

    /// The history figures of a series: its years up to the last history year (or, without one, before the
    /// first year asked for), in order.
    fileprivate func history(_ series: YearlySeries) -> [(year: Int, value: Double)] {
        series.filter { isHistory($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

extension ProjectionMethod {
    /// The method as it reads a history: a linear trend asked for more figures than the history has runs through
    /// the figures there are, so its origin says how many (a trend over the last 5 figures, with only 2009 and
    /// 2019 in the inventory, is a line through those two).
    func applied(to history: [(year: Int, value: Double)]) -> ProjectionMethod {
        guard case .linearTrend(let count) = self else { return self }
        return .linearTrend(years: min(count, history.count))
    }

    /// The projected figure of a year after the history, with the last history year it is projected from;
    /// `nil` when the history is too short for the method (no figure at all, or fewer than two for a trend).
    ///
    /// - Parameter history: the history figures, in year order.
    public func value(in year: Int, history: [(year: Int, value: Double)]) -> (value: Double, from: Int)? {
        guard let last = history.last, year > last.year else { return nil }
        switch self {
        case .hold:
            return (last.value, last.year)
        case .percentChange(let percent):
            return (last.value * power(1 + percent / 100, Double(year - last.year)), last.year)
        case .linearTrend(let count):
            let points = history.suffix(count)
            guard points.count >= 2 else { return nil }
            let n = Double(points.count)
            let meanX = points.reduce(0.0) { $0 + Double($1.year) } / n
            let meanY = points.reduce(0.0) { $0 + $1.value } / n
            var covariance = 0.0
            var variance = 0.0
            for point in points {
                covariance += (Double(point.year) - meanX) * (point.value - meanY)
                variance += (Double(point.year) - meanX) * (Double(point.year) - meanX)
            }
            let slope = covariance / variance
            return (max(0, meanY + slope * (Double(year) - meanX)), last.year)
        }
    }
}

extension ReferencePathway {
    /// The history years the projected figure of a year is computed from: for each series the projection rule
    /// filled in that year, from the first history year its method reads through the last history year (a
    /// figure missing there moves the projection's start, a wrong one changes it). Empty for a year given in
    /// the file, a history year, or a pathway not yet ``projected(years:)``.
    public func historyYears(readBy year: Int) -> Set<Int> {
        let origins: [(origin: ReferenceOrigin, series: YearlySeries)] =
            bySector.isEmpty
            ? projectedTotal[year].map { [($0, total)] } ?? []
            : bySector.keys.sorted().compactMap { sector in
                projectedSectors[sector]?[year].map { ($0, bySector[sector] ?? [:]) }
            }
        var years: Set<Int> = []
        for (origin, series) in origins {
            guard case .projected(let method, let from) = origin else { continue }
            var first = from
            if case .linearTrend(let count) = method, let start = history(series).suffix(count).first {
                first = start.year
            }
            years.formUnion(first...max(from, lastHistoricalYear ?? from))
        }
        return years
    }
}
