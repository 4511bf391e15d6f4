/// A measure of the climate budget (tiltak): what is done, by whom, and for quantified measures how much it cuts.
public struct Measure: Sendable, Equatable, Identifiable {
    /// The measure's number in the budget (Tiltak ID), unique within the budget.
    public var id: Int
    /// The measure's name as printed in its table.
    public var title: String
    /// Which of the budget's four tables the measure belongs to.
    public var kind: MeasureKind
    /// The emission sector it acts on; required for quantified measures and those aimed at direct emissions.
    public var sector: String?
    /// The council goals (mål) the measure serves, by id.
    public var goals: [String]
    /// For a goal the source ties to the measure only in words (no table prints it), the sentence it rests
    /// on, quoted from the source, by goal id. Goals without an entry need none (see the README).
    public var goalEvidence: [String: String]
    /// What the measure is, in the budget's words.
    public var description: String
    /// Who carries the measure out and who reports on it.
    public var responsibility: Responsibility
    /// The yearly reduction against the reference pathway in tCO2e; only quantified measures have one.
    public var effect: YearlySeries
    /// The effect split per sector and year, for a measure that acts on more than one sector (a bus measure cutting
    /// both road traffic and shipping); empty when the whole effect is in ``sector``. The parts of a year add up to
    /// the year's effect (rule `effect-split`).
    public var effectBySector: [String: YearlySeries]
    /// The lowest yearly effect the measure is thought to have, beside the expected ``effect``; empty when the
    /// budget gives none, and then the expected effect counts at the low end of the band (see ``MeasureEffects``).
    public var effectLow: YearlySeries
    /// The highest yearly effect the measure is thought to have; empty when the budget gives none.
    public var effectHigh: YearlySeries
    /// The other quantified measures that cut some of the same tonnes, as this measure's file declares them.
    public var overlaps: [MeasureOverlap]
    /// The reporter's status reports, oldest first.
    public var statusReports: [StatusReport]
    /// The file the measure was read from, relative to the budget folder, such as "Measures/07-....json".
    public var file: String

    /// Creates a measure.
    public init(
        id: Int,
        title: String,
        kind: MeasureKind,
        sector: String? = nil,
        goals: [String] = [],
        goalEvidence: [String: String] = [:],
        description: String = "",
        responsibility: Responsibility,
        effect: YearlySeries = [:],
        effectBySector: [String: YearlySeries] = [:],
        effectLow: YearlySeries = [:],
        effectHigh: YearlySeries = [:],
        overlaps: [MeasureOverlap] = [],
        statusReports: [StatusReport] = [],
        file: String = ""
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.sector = sector
        self.goals = goals
        self.goalEvidence = goalEvidence
        self.description = description
        self.responsibility = responsibility
        self.effect = effect
        self.effectBySector = effectBySector
        self.effectLow = effectLow
        self.effectHigh = effectHigh
        self.overlaps = overlaps
        self.statusReports = statusReports
        self.file = file
    }

    /// The newest status report, if any; of two for the same period, the later in the list (a correction).
    public var latestStatus: StatusReport? {
        statusReports.enumerated().max { ($0.element.period, $0.offset) < ($1.element.period, $1.offset) }?.element
    }
}
