/// The four kinds of measure, one per table of the budget.
public enum MeasureKind: String, Sendable, Equatable, CaseIterable {
    /// Tabell 7-2: reduces direct emissions by an estimated number of tonnes each year.
    case quantified
    /// Tabell 7-3: reduces direct emissions, but the effect is not quantified.
    case unquantified
    /// Tabell 7-4: serves other climate goals than direct emissions (energy use, indirect emissions).
    case otherGoals
    /// Tabell 7-5: prepares further transition: studies, plans, communication.
    case enabling

    /// The table of the source budget that holds measures of this kind.
    public var table: String {
        switch self {
        case .quantified: "7-2"
        case .unquantified: "7-3"
        case .otherGoals: "7-4"
        case .enabling: "7-5"
        }
    }

    /// Whether a measure of this kind acts on a named emission sector.
    public var needsSector: Bool {
        self == .quantified || self == .unquantified
    }
}
