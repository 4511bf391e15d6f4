/// The summed effect of quantified measures (Tabell 7-2's SUM row), in total and per sector.
///
/// Sums follow the rounding rule of ``Tonnes``: each measure's effect in a year counts in whole tonnes, so the sum
/// row equals the sum of the rows as printed.
public enum MeasureEffects {
    /// Which of a measure's estimates of its effect: the expected one, or an end of the band.
    public enum Estimate: Sendable, CaseIterable {
        /// ``Measure/effect``.
        case expected
        /// ``Measure/effectLow`` where given, else the expected effect.
        case low
        /// ``Measure/effectHigh`` where given, else the expected effect.
        case high
    }

    /// A measure's effect by one estimate, in whole tonnes: a year without a low (or high) figure counts with the
    /// expected one, so a measure without a range counts the same at both ends of the band.
    public static func effect(of measure: Measure, _ estimate: Estimate) -> YearlySeries {
        switch estimate {
        case .expected: Tonnes.whole(measure.effect)
        case .low: Tonnes.whole(measure.effect.merging(measure.effectLow) { $1 })
        case .high: Tonnes.whole(measure.effect.merging(measure.effectHigh) { $1 })
        }
    }

    /// The effect of the quantified measures by one estimate, less their overlaps at that estimate, in whole
    /// tonnes: the effect the measure pathway (or one end of its band) is drawn with.
    public static func net(of measures: [Measure], _ estimate: Estimate) -> YearlySeries {
        let quantified = measures.filter { $0.kind == .quantified }
        var net = YearlySeries.sum(quantified.map { effect(of: $0, estimate) })
        for (year, tonnes) in MeasureOverlaps.total(among: quantified, estimate: estimate) {
            net[year, default: 0] -= tonnes
        }
        return net
    }

    /// Whether any quantified measure gives a low or a high effect: then the measure pathway and the gap get a band.
    public static func hasBand(_ measures: [Measure]) -> Bool {
        measures.contains { $0.kind == .quantified && !($0.effectLow.isEmpty && $0.effectHigh.isEmpty) }
    }

    /// The yearly effect summed over the quantified measures, in whole tonnes; other kinds count nothing.
    public static func total(of measures: [Measure]) -> YearlySeries {
        .sum(measures.filter { $0.kind == .quantified }.map { Tonnes.whole($0.effect) })
    }

    /// A measure's effect per sector in whole tonnes: its ``Measure/effectBySector`` where it splits the effect,
    /// else the whole effect in its ``Measure/sector`` (none without one).
    ///
    /// A split is rounded so that its parts add up to the whole-tonne effect of each year (largest remainders:
    /// each part is cut to whole tonnes, and the tonnes left go to the parts that lost the most, in sector-id order
    /// on ties), so a table per sector adds up to the total as printed.
    public static func parts(of measure: Measure) -> [String: YearlySeries] {
        guard !measure.effectBySector.isEmpty else {
            guard let sector = measure.sector else { return [:] }
            return [sector: Tonnes.whole(measure.effect)]
        }
        let sectors = measure.effectBySector.keys.sorted()
        var result: [String: YearlySeries] = [:]
        let years = Set(measure.effectBySector.values.flatMap(\.keys))
        for year in years {
            let exact = sectors.map { measure.effectBySector[$0]?[year] ?? 0 }
            let floors = exact.map { ($0).rounded(.down) }
            let target = Tonnes.whole(exact.reduce(0, +))
            var left = Int(target - floors.reduce(0, +))
            var parts = floors
            let order = exact.indices.sorted { (exact[$0] - floors[$0]) > (exact[$1] - floors[$1]) }
            for index in order where left > 0 {
                parts[index] += 1
                left -= 1
            }
            for (index, sector) in sectors.enumerated() where measure.effectBySector[sector]?[year] != nil {
                result[sector, default: [:]][year] = parts[index]
            }
        }
        return result
    }

    /// The yearly effect summed per sector id, in whole tonnes, over the quantified measures' ``parts(of:)``.
    public static func bySector(of measures: [Measure]) -> [String: YearlySeries] {
        var result: [String: YearlySeries] = [:]
        // Added where they stand: a new series per measure (a sum of two) was a tenth of validating 9 999 measures.
        // A sector is in the result from its first measure on, even one without a figure, as it was when each
        // measure's parts were summed into a new series.
        func add(_ part: YearlySeries, to sector: String, whole: Bool) {
            var series = result.removeValue(forKey: sector) ?? [:]
            for (year, tonnes) in part { series[year, default: 0] += whole ? Tonnes.whole(tonnes) : tonnes }
            result[sector] = series
        }
        for measure in measures where measure.kind == .quantified {
            guard measure.effectBySector.isEmpty else {
                for (sector, part) in parts(of: measure) { add(part, to: sector, whole: false) }
                continue
            }
            // A measure in one sector: its whole effect there, without the dictionary `parts(of:)` makes for it.
            if let sector = measure.sector { add(measure.effect, to: sector, whole: true) }
        }
        return result
    }

    /// The effect per sector as every report shows it: one entry per known sector that has an effect, in the
    /// budget's order, then one entry with no sector for the tonnes whose sector is missing or unknown.
    ///
    /// The entries add up to ``total(of:)`` wherever each split adds up to its effect (rule `effect-split`):
    /// every tonne is in exactly one of them.
    public static func breakdown(of budget: Budget) -> [(sector: Sector?, effect: YearlySeries)] {
        let effects = bySector(of: budget.measures)
        var entries: [(sector: Sector?, effect: YearlySeries)] = budget.sectors.compactMap { sector in
            effects[sector.id].map { (sector, $0) }
        }
        let known = Set(budget.sectors.map(\.id))
        var unplaced: [YearlySeries] = []
        for measure in budget.quantifiedMeasures {
            let parts = parts(of: measure)
            if parts.isEmpty { unplaced.append(Tonnes.whole(measure.effect)) }
            unplaced += parts.filter { !known.contains($0.key) }.map(\.value)
        }
        if !unplaced.isEmpty {
            entries.append((nil, .sum(unplaced)))
        }
        return entries
    }
}
