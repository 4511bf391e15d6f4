/// Where each part of a budget lives, relative to the budget folder, so findings can name the file to fix.
public struct BudgetFiles: Sendable, Equatable {
    /// The settings file.
    public var settings: String
    /// The sectors file.
    public var sectors: String
    /// The reference pathway file.
    public var reference: String
    /// The milestones file.
    public var targets: String
    /// The explicit yearly caps file.
    public var targetCaps: String
    /// The actors file.
    public var actors: String
    /// The goals file.
    public var goals: String
    /// The actual emissions file.
    public var actuals: String
    /// The file of figures as the source printed them.
    public var printed: String
    /// The financing file.
    public var financing: String
    /// The folder of measure files.
    public var measures: String

    /// Creates the list of files; the defaults are the layout the loader reads.
    public init(
        settings: String = "Data/budget.json",
        sectors: String = "Data/sectors.json",
        reference: String = "Data/reference.csv",
        targets: String = "Data/targets.json",
        targetCaps: String = "Data/target-caps.csv",
        actors: String = "Data/actors.json",
        goals: String = "Data/goals.json",
        actuals: String = "Data/actuals.csv",
        printed: String = "Data/printed.json",
        financing: String = "Data/financing.json",
        measures: String = "Measures"
    ) {
        self.settings = settings
        self.sectors = sectors
        self.reference = reference
        self.targets = targets
        self.targetCaps = targetCaps
        self.actors = actors
        self.goals = goals
        self.actuals = actuals
        self.printed = printed
        self.financing = financing
        self.measures = measures
    }

    /// The same files as seen from another folder: every path prefixed with `folder`, such as "../budget-2023".
    ///
    /// The command line shows paths this way when `--budget` names the folder, so that a path in a message
    /// can be opened from where the command was run.
    public func under(_ folder: String) -> BudgetFiles {
        guard !folder.isEmpty, folder != "." else { return self }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return BudgetFiles(
            settings: prefix + settings, sectors: prefix + sectors, reference: prefix + reference,
            targets: prefix + targets, targetCaps: prefix + targetCaps, actors: prefix + actors,
            goals: prefix + goals, actuals: prefix + actuals, printed: prefix + printed, financing: prefix + financing,
            measures: prefix + measures)
    }
}
