/// A municipality's climate budget: its settings, the emission data and the measures, as plain values.
///
/// A `Budget` is what the loader produces from `Data/` and `Measures/` and what every calculation,
/// validation rule and report reads. It holds no file handles and does no I/O.
public struct Budget: Sendable, Equatable {
    /// The budget's name, municipality, period, base year, unit and language.
    public var settings: BudgetSettings
    /// The emission sectors the budget knows (utslippssektorer).
    public var sectors: [Sector]
    /// Emissions without further measures: history, then projection (referansebane).
    public var reference: ReferencePathway
    /// The council's milestones and the explicit yearly caps (målbane).
    public var targets: Targets
    /// Service areas, groups of them and outside actors that measures name.
    public var actors: ActorRegistry
    /// The council's climate goals (mål 1 to 10, with 2a).
    public var goals: [Goal]
    /// Every measure of the budget, quantified or not (tiltak).
    public var measures: [Measure]
    /// Actual emissions from the inventory for years inside and after the period, to follow the budget up.
    public var actuals: Actuals
    /// Figures as the budget's source printed them, for the tool to check against its own.
    public var printed: PrintedFigures
    /// The financing of the measures in million kroner (Tabell 7-6, 7-7); empty when the budget records none.
    public var financing: Financing
    /// Where each part of the budget was read from, so findings can name the file.
    public var files: BudgetFiles

    /// Creates a budget from its parts.
    public init(
        settings: BudgetSettings,
        sectors: [Sector] = [],
        reference: ReferencePathway = ReferencePathway(),
        targets: Targets = Targets(),
        actors: ActorRegistry = ActorRegistry(),
        goals: [Goal] = [],
        measures: [Measure] = [],
        actuals: Actuals = Actuals(),
        printed: PrintedFigures = PrintedFigures(),
        financing: Financing = Financing(),
        files: BudgetFiles = BudgetFiles()
    ) {
        self.settings = settings
        self.sectors = sectors
        self.reference = reference
        self.targets = targets
        self.actors = actors
        self.goals = goals
        self.measures = measures
        self.actuals = actuals
        self.printed = printed
        self.financing = financing
        self.files = files
    }

    /// The sector with the given id, if the budget knows it.
    public func sector(id: String) -> Sector? {
        sectors.first { $0.id == id }
    }

    /// The measure with the given id, if the budget has it.
    public func measure(id: Int) -> Measure? {
        measures.first { $0.id == id }
    }

    /// The goal with the given id, if the budget knows it.
    public func goal(id: String) -> Goal? {
        goals.first { $0.id == id }
    }

    /// The quantified measures: the only ones whose effect enters the measure pathway.
    public var quantifiedMeasures: [Measure] {
        measures.filter { $0.kind == .quantified }
    }
}

extension Budget {
    /// The reference pathway as the figures use it: as given, with the period's missing years projected by the
    /// budget's projection rule (``ReferencePathway/projected(years:)``).
    public var referencePathway: ReferencePathway {
        reference.projected(years: settings.period.years)
    }
}
