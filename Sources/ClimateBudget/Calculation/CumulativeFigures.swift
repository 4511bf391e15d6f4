/// Sums over the budget period: the carbon-budget view of emissions and of the gap.
public struct CumulativeFigures: Sendable, Equatable {
    /// The years summed, in order.
    public private(set) var years: [Int]
    /// Summed reference emissions.
    public private(set) var reference: Double?
    /// Summed effect of the quantified measures.
    public private(set) var effect: Double?
    /// Summed overlap adjustment (zero or negative); `nil` where the table has no overlap row.
    public private(set) var overlap: Double?
    /// Summed measure pathway: the emissions the budget plans for.
    public private(set) var measurePathway: Double?
    /// Summed lowest measure pathway of the band (every measure's high effect); `nil` without a band.
    public private(set) var measurePathwayLow: Double?
    /// Summed highest measure pathway of the band (every measure's low effect); `nil` without a band.
    public private(set) var measurePathwayHigh: Double?
    /// Summed targets: the carbon budget the council's targets allow.
    public private(set) var target: Double?
    /// Summed gap: the further cuts needed over the whole period.
    public private(set) var gap: Double?
    /// Summed smallest gap of the band; `nil` without a band.
    public private(set) var gapLow: Double?
    /// Summed largest gap of the band; `nil` without a band.
    public private(set) var gapHigh: Double?

    /// Sums the given rows; a figure is `nil` if any row lacks it, since a partial sum would mislead.
    public init(rows: [EmissionBudgetRow]) {
        func total(_ value: (EmissionBudgetRow) -> Double?) -> Double? {
            guard !rows.isEmpty else { return nil }
            var sum = 0.0
            for row in rows {
                guard let value = value(row) else { return nil }
                sum += value
            }
            return sum
        }
        years = rows.map(\.year)
        reference = total(\.reference)
        effect = total(\.effect)
        overlap = total(\.overlap)
        measurePathway = total(\.measurePathway)
        measurePathwayLow = total(\.measurePathwayLow)
        measurePathwayHigh = total(\.measurePathwayHigh)
        target = total { $0.target?.value }
        gap = total(\.gap)
        gapLow = total(\.gapLow)
        gapHigh = total(\.gapHigh)
    }
}
