/// The summed effect of quantified measures (Tabell 7-2's SUM row), in total and per sector.
public enum MeasureEffects {
    /// The yearly effect summed over the quantified measures; other kinds have no effect and count nothing.
    public static func total(of measures: [Measure]) -> YearlySeries {
        .sum(measures.filter { $0.kind == .quantified }.map(\.effect))
    }

    /// The yearly effect summed per sector id, over the quantified measures that name a sector.
    public static func bySector(of measures: [Measure]) -> [String: YearlySeries] {
        var result: [String: YearlySeries] = [:]
        for measure in measures where measure.kind == .quantified {
            guard let sector = measure.sector else { continue }
            result[sector] = .sum([result[sector] ?? [:], measure.effect])
        }
        return result
    }
}
