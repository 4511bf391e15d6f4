/// What a quantified measure costs per tonne it cuts, from the financing lines tied to it: kroner per tonne per
/// year, and over the period (all the money over all the tonnes).
///
/// **What is counted.** Only the money of lines tied to the measure (every tie inferred from the source, with the
/// sentence it rests on), only the measure's own effect, only the years of the period. Not counted: lines tied to
/// no measure or to an unquantified one (no tonnes to divide by), money the municipality does not control (Tabell
/// 7-6 lists only measures it runs itself), and measures no line is tied to. A line tied to several quantified
/// measures counts in full for each, so such figures cannot be added up across measures.
///
/// **Rounding.** Amounts are exact (``MNOK``) and effects are whole tonnes (``Tonnes/whole(_:)``); the cost per tonne
/// is their quotient, shown in whole kroner, halves away from zero (``CostPerTonne/kroner(_:)``).
public struct CostPerTonne: Sendable, Equatable {
    /// The measure.
    public var measure: Int
    /// The measure's title.
    public var title: String
    /// The ids of the lines tied to it, in the file's order.
    public var lines: [String]
    /// The money per year: the sum of the tied lines.
    public var amounts: [Int: MNOK]
    /// The measure's effect per year, whole tonnes.
    public var tonnes: [Int: Double]
    /// Kroner per tonne per year; `nil` in a year without effect.
    public var perYear: [Int: Double?]
    /// Kroner per tonne over the period: all the money over all the tonnes; `nil` without effect.
    public var period: Double?

    /// The cost per tonne of every quantified measure a financing line is tied to, by measure id.
    public static func compute(for budget: Budget) -> [CostPerTonne] {
        let years = budget.settings.period.years
        var tied: [Int: [FinancingLine]] = [:]
        for line in budget.financing.allLines {
            for tie in line.measures where !(tied[tie.measure]?.contains { $0.id == line.id } ?? false) {
                tied[tie.measure, default: []].append(line)
            }
        }
        return budget.quantifiedMeasures.sorted { $0.id < $1.id }.compactMap { measure in
            guard let lines = tied[measure.id], !lines.isEmpty else { return nil }
            var amounts: [Int: MNOK] = [:]
            var tonnes: [Int: Double] = [:]
            var perYear: [Int: Double?] = [:]
            // A year a tied line gives no amount for is unknown money, never 0 kroner: no cost in that year, none
            // over the period (the loader refuses such a file; this guards budgets built in code).
            var complete = true
            for year in years {
                let known = lines.allSatisfy { $0.amounts[year] != nil }
                complete = complete && known
                let amount = lines.map { $0.amount(year) }.sum()
                let effect = Tonnes.whole(measure.effect[year] ?? 0)
                amounts[year] = amount
                tonnes[year] = effect
                perYear[year] = effect > 0 && known ? Double(amount.kroner) / effect : nil
            }
            let money = amounts.values.sum()
            let cut = tonnes.values.reduce(0, +)
            return CostPerTonne(
                measure: measure.id, title: measure.title, lines: lines.map(\.id), amounts: amounts, tonnes: tonnes,
                perYear: perYear, period: cut > 0 && complete ? Double(money.kroner) / cut : nil)
        }
    }

    /// A cost per tonne in whole kroner, halves away from zero: 1 724.14 → 1 724.
    public static func kroner(_ value: Double) -> Int {
        Int(value.rounded(.toNearestOrAwayFromZero))
    }

    /// The ties of financing lines to measures that are not counted, with why: the measure is not quantified.
    public static func uncounted(in budget: Budget) -> [(line: FinancingLine, tie: FinancingTie)] {
        budget.financing.allLines.flatMap { line in
            line.measures.filter { budget.measure(id: $0.measure)?.kind != .quantified }.map { (line, $0) }
        }
    }
}
