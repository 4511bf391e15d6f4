/// Sums over the budget period: the carbon-budget view of emissions and of the gap.
public struct CumulativeFigures: Sendable, Equatable {
    /// The years summed, in order.
    public private(set) var years: [Int]
    /// Summed reference emissions.
    public private(set) var reference: Double?
    /// Summed effect of the quantified measures.
    public private(set) var effect: Double?
    /// Summed measure pathway: the emissions the budget plans for.
    public private(set) var measurePathway: Double?
    /// Summed targets: the carbon budget the council's targets allow.
    public private(set) var target: Double?
    /// Summed gap: the further cuts needed over the whole period.
    public private(set) var gap: Double?

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
        measurePathway = total(\.measurePathway)
        target = total { $0.target?.value }
        gap = total(\.gap)
    }
}
