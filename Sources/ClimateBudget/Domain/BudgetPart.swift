/// A part of a budget that is read from one file (or, for the measures, from one folder).
///
/// When some files do not load, `validate` still checks what did load: each rule says which parts it
/// needs (``ValidationRule/needs``), and a rule whose parts did not load is skipped rather than run on an
/// empty stand-in, which would report problems that are not there (every sector unknown, say, because
/// `Data/sectors.json` is broken).
public enum BudgetPart: String, Sendable, CaseIterable, Comparable {
    /// `Data/budget.json`: the name, period, base year and language.
    case settings
    /// `Data/sectors.json`.
    case sectors
    /// `Data/actors.json`.
    case actors
    /// `Data/goals.json`.
    case goals
    /// `Data/targets.json`: the milestones.
    case milestones
    /// `Data/reference.csv`.
    case reference
    /// `Data/target-caps.csv`.
    case targetCaps
    /// `Data/actuals.csv`.
    case actuals
    /// `Data/printed.json`.
    case printed
    /// `Data/financing.json`.
    case financing
    /// Every file in `Measures/`.
    case measures

    /// The file (or folder) this part is read from.
    public func file(in files: BudgetFiles) -> String {
        switch self {
        case .settings: files.settings
        case .sectors: files.sectors
        case .actors: files.actors
        case .goals: files.goals
        case .milestones: files.targets
        case .reference: files.reference
        case .targetCaps: files.targetCaps
        case .actuals: files.actuals
        case .printed: files.printed
        case .financing: files.financing
        case .measures: files.measures + "/"
        }
    }

    /// The inputs of figures this part holds: when its file does not load, the figures computed from these are
    /// withheld and the others can still be shown. Without the settings (period, base year) nothing can be.
    public var inputs: Set<BudgetInput> {
        switch self {
        case .settings: Set(BudgetInput.allCases)
        case .sectors: [.sectorReference, .sectorCaps]
        case .actors, .goals: [.measureDetails]
        case .milestones: [.milestones]
        case .reference: [.referenceTotal, .sectorReference]
        case .targetCaps: [.caps, .sectorCaps]
        case .actuals: [.actuals]
        case .printed: [.printedFigures]
        // No emission figure reads the money.
        case .financing: [.printedFigures]
        // A measure file that did not load may hold a quantified measure.
        case .measures: [.effects, .measureSectors]
        }
    }

    /// Parts sort in the order the loader reads them.
    public static func < (lhs: BudgetPart, rhs: BudgetPart) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
