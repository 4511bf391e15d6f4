/// The overlaps between quantified measures: tonnes that two measures both count, which the effect sum
/// subtracts once.
///
/// **Each pair once.** A measure declares an overlap in its own file (``Measure/overlaps``); the pair of the two
/// measures counts once however many times it is declared. Where both files declare it (or one file twice), the
/// declaration that counts is the one in the file of the lower measure id, the first there; validation
/// (`overlap-declared-twice`) asks that every declaration of a pair says the same, so which one counts never
/// changes a figure that is shown. Overlaps with a measure that is unknown or not quantified, or of a measure
/// with itself, count nothing (validation reports them).
///
/// **Tonnes.** An overlap given as a share is that percent of the smaller of the two measures' whole-tonne effects
/// in each year; one given in tonnes is those tonnes. Either way the overlap of a pair in a year is rounded to whole
/// tonnes once, by the rule of ``Tonnes``, so the adjustment and the measure pathway add up as printed. At the ends
/// of the band (``MeasureEffects/Estimate``) a share is taken of the smaller of the two low (or high) effects;
/// tonnes stay the same at every end.
public enum MeasureOverlaps {
    /// One pair of measures that cut some of the same tonnes, with the declaration that counts.
    public struct Pair: Sendable, Equatable {
        /// The lower of the two measure ids.
        public var first: Int
        /// The higher of the two measure ids.
        public var second: Int
        /// The overlap as the counting declaration gives it.
        public var amount: MeasureOverlap.Amount
        /// The file of the counting declaration.
        public var file: String
        /// Where in that file: "overlaps[0]".
        public var place: String
    }

    /// Every pair declared among the quantified measures, each once, ordered by their ids.
    public static func pairs(among measures: [Measure]) -> [Pair] {
        guard declared(among: measures) else { return [] }
        return pairs(among: measures, quantified: byID(measures))
    }

    /// Every pair with its whole tonnes per year at one end of the band, each pair once, ordered by their ids.
    /// The measures are looked up by id once for all pairs, so a budget of many measures and overlaps takes time
    /// in proportion to them, not to their product.
    public static func counted(among measures: [Measure], estimate: MeasureEffects.Estimate = .expected)
        -> [(pair: Pair, tonnes: YearlySeries)]
    {
        // Most budgets declare no overlap: then there is nothing to count, and no index of the measures to build.
        guard declared(among: measures) else { return [] }
        let quantified = byID(measures)
        return pairs(among: measures, quantified: quantified).map {
            (pair: $0, tonnes: tonnes(of: $0, in: quantified, estimate: estimate))
        }
    }

    static func pairs(among measures: [Measure], quantified: [Int: Measure]) -> [Pair] {
        var pairs: [Pair] = []
        var seen: Set<[Int]> = []
        // Only measures that declare an overlap can give a pair; comparing the rest with the index is skipped.
        for measure in measures.sorted(by: { $0.id < $1.id })
        where !measure.overlaps.isEmpty && quantified[measure.id] == measure {
            for (index, overlap) in measure.overlaps.enumerated() {
                guard overlap.measure != measure.id, quantified[overlap.measure] != nil else { continue }
                let ids = [min(measure.id, overlap.measure), max(measure.id, overlap.measure)]
                guard seen.insert(ids).inserted else { continue }
                pairs.append(
                    Pair(
                        first: ids[0], second: ids[1], amount: overlap.amount, file: measure.file,
                        place: "overlaps[\(index)]"))
            }
        }
        return pairs.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// The quantified measures by id, the first of each id (a duplicate id is an error of its own).
    static func byID(_ measures: [Measure]) -> [Int: Measure] {
        var result: [Int: Measure] = [:]
        for measure in measures where measure.kind == .quantified && result[measure.id] == nil {
            result[measure.id] = measure
        }
        return result
    }

    /// The overlap of one pair in whole tonnes per year, at one end of the band. (For every pair, use
    /// ``counted(among:estimate:)``, which looks the measures up once.)
    public static func tonnes(
        of pair: Pair, among measures: [Measure], estimate: MeasureEffects.Estimate = .expected
    ) -> YearlySeries {
        tonnes(of: pair, in: byID(measures), estimate: estimate)
    }

    static func tonnes(of pair: Pair, in quantified: [Int: Measure], estimate: MeasureEffects.Estimate)
        -> YearlySeries
    {
        switch pair.amount {
        case .tonnes(let tonnes):
            return Tonnes.whole(tonnes)
        case .share(let percent):
            let first = quantified[pair.first].map { MeasureEffects.effect(of: $0, estimate) } ?? [:]
            let second = quantified[pair.second].map { MeasureEffects.effect(of: $0, estimate) } ?? [:]
            var result: YearlySeries = [:]
            for year in Set(first.keys).union(second.keys) {
                result[year] = Tonnes.whole(percent / 100 * min(first[year] ?? 0, second[year] ?? 0))
            }
            return result
        }
    }

    /// The overlaps of every pair summed per year, in whole tonnes (a positive number: the tonnes counted twice).
    public static func total(among measures: [Measure], estimate: MeasureEffects.Estimate = .expected)
        -> YearlySeries
    {
        .sum(counted(among: measures, estimate: estimate).map(\.tonnes))
    }

    /// Whether any of the measures declares an overlap: then the tables show the adjustment, even as zero.
    public static func declared(among measures: [Measure]) -> Bool {
        measures.contains { !$0.overlaps.isEmpty }
    }
}
