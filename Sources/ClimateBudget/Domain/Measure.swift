/// A measure of the climate budget (tiltak): what is done, by whom, and for quantified measures how much it cuts.
///
/// A value like any other: a copy changed never changes the original. Its fields live in one shared box that is
/// copied only when a value sharing it is changed (copy on write), so copying a measure, which every validation
/// rule and report does for each measure it looks at, costs one reference count instead of one for each of its
/// texts, lists and series (a profile of `validate` on 9 999 measures found a third of its time there).
public struct Measure: Sendable, Equatable, Identifiable {
    /// The measure's number in the budget (Tiltak ID), unique within the budget.
    public var id: Int {
        get { storage.fields.id }
        _modify { yield &uniqueFields.id }
    }
    /// The measure's name as printed in its table.
    public var title: String {
        get { storage.fields.title }
        _modify { yield &uniqueFields.title }
    }
    /// Which of the budget's four tables the measure belongs to.
    public var kind: MeasureKind {
        get { storage.fields.kind }
        _modify { yield &uniqueFields.kind }
    }
    /// The emission sector it acts on; required for quantified measures and those aimed at direct emissions.
    public var sector: String? {
        get { storage.fields.sector }
        _modify { yield &uniqueFields.sector }
    }
    /// The council goals (mål) the measure serves, by id.
    public var goals: [String] {
        get { storage.fields.goals }
        _modify { yield &uniqueFields.goals }
    }
    /// For a goal the source ties to the measure only in words (no table prints it), the sentence it rests
    /// on, quoted from the source, by goal id. Goals without an entry need none (see the README).
    public var goalEvidence: [String: String] {
        get { storage.fields.goalEvidence }
        _modify { yield &uniqueFields.goalEvidence }
    }
    /// What the measure is, in the budget's words.
    public var description: String {
        get { storage.fields.description }
        _modify { yield &uniqueFields.description }
    }
    /// Who carries the measure out and who reports on it.
    public var responsibility: Responsibility {
        get { storage.fields.responsibility }
        _modify { yield &uniqueFields.responsibility }
    }
    /// The yearly reduction against the reference pathway in tCO2e; only quantified measures have one.
    public var effect: YearlySeries {
        get { storage.fields.effect }
        _modify { yield &uniqueFields.effect }
    }
    /// The effect split per sector and year, for a measure that acts on more than one sector (a bus measure cutting
    /// both road traffic and shipping); empty when the whole effect is in ``sector``. The parts of a year add up to
    /// the year's effect (rule `effect-split`).
    public var effectBySector: [String: YearlySeries] {
        get { storage.fields.effectBySector }
        _modify { yield &uniqueFields.effectBySector }
    }
    /// The lowest yearly effect the measure is thought to have, beside the expected ``effect``; empty when the
    /// budget gives none, and then the expected effect counts at the low end of the band (see ``MeasureEffects``).
    public var effectLow: YearlySeries {
        get { storage.fields.effectLow }
        _modify { yield &uniqueFields.effectLow }
    }
    /// The highest yearly effect the measure is thought to have; empty when the budget gives none.
    public var effectHigh: YearlySeries {
        get { storage.fields.effectHigh }
        _modify { yield &uniqueFields.effectHigh }
    }
    /// The other quantified measures that cut some of the same tonnes, as this measure's file declares them.
    public var overlaps: [MeasureOverlap] {
        get { storage.fields.overlaps }
        _modify { yield &uniqueFields.overlaps }
    }
    /// The reporter's status reports, oldest first.
    public var statusReports: [StatusReport] {
        get { storage.fields.statusReports }
        _modify { yield &uniqueFields.statusReports }
    }
    /// The file the measure was read from, relative to the budget folder, such as "Measures/07-....json".
    public var file: String {
        get { storage.fields.file }
        _modify { yield &uniqueFields.file }
    }

    /// The stored fields, in one box that values share until one of them changes.
    private var storage: Storage

    /// The fields of a measure, stored once for every copy that has not been changed.
    private struct Fields: Equatable {
        var id: Int
        var title: String
        var kind: MeasureKind
        var sector: String?
        var goals: [String]
        var goalEvidence: [String: String]
        var description: String
        var responsibility: Responsibility
        var effect: YearlySeries
        var effectBySector: [String: YearlySeries]
        var effectLow: YearlySeries
        var effectHigh: YearlySeries
        var overlaps: [MeasureOverlap]
        var statusReports: [StatusReport]
        var file: String
    }

    /// The box that copies of a measure share.
    ///
    /// `@unchecked Sendable` is sound here: the box is private to `Measure`, and its fields change only through
    /// `Measure`'s own mutating accessors, which first make the box unique to the value being changed
    /// (``uniqueFields``); a box that two values or two threads can see is therefore never written to.
    ///
    /// Its field is exempt from the run-time exclusivity check (`@exclusivity(unchecked)`) for the same reason: it
    /// is written only by the value that alone holds the box, so no two accesses can overlap; the check cost a
    /// call into the runtime on every read of every field, 3 % of `gap` on 9 999 measures.
    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    /// The fields, to be changed: the value is first given a box of its own, unless it has one already.
    private var uniqueFields: Fields {
        get { storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields
        }
    }

    /// Two measures are equal when every field is; two copies of one measure are equal at once.
    public static func == (lhs: Measure, rhs: Measure) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

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
        storage = Storage(
            Fields(
                id: id, title: title, kind: kind, sector: sector, goals: goals, goalEvidence: goalEvidence,
                description: description, responsibility: responsibility, effect: effect,
                effectBySector: effectBySector, effectLow: effectLow, effectHigh: effectHigh, overlaps: overlaps,
                statusReports: statusReports, file: file))
    }

    /// The newest status report, if any; of two for the same period, the later in the list (a correction).
    public var latestStatus: StatusReport? {
        statusReports.enumerated().max { ($0.element.period, $0.offset) < ($1.element.period, $1.offset) }?.element
    }
}
