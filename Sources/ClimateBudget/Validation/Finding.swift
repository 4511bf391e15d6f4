/// One problem the validation layer found in a budget: which rule, which file, which measure, and what to do.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    /// How serious the finding is.
    public var severity: Severity
    /// The stable id of the rule that found it, such as "missing-reporter".
    public var rule: String
    /// The measure concerned, if the finding is about one measure.
    public var measure: Int?
    /// The file to fix, relative to the budget folder.
    public var file: String
    /// What is wrong and what to do about it, in plain words.
    public var message: String
    /// The parts of the budget's data the finding is about: an error withholds every figure computed from them
    /// (see ``Withholding``).
    public var inputs: Set<BudgetInput>
    /// The finding's specifics as values (the years missing, the figures that disagree), so that a report can
    /// write them in its own language rather than read them out of ``message``; `nil` when the message says all.
    public var details: FindingDetails?
    /// The years of its inputs the finding is about, where it is about some years only (an effect missing for
    /// 2026); `nil` when it is about the inputs as a whole. An error then withholds a figure only in the years
    /// that read those (see ``Withholding``).
    public var years: Set<Int>?

    /// Creates a finding.
    public init(
        severity: Severity, rule: String, measure: Int? = nil, file: String, message: String,
        inputs: Set<BudgetInput> = [.measureDetails], details: FindingDetails? = nil, years: Set<Int>? = nil
    ) {
        self.severity = severity
        self.rule = rule
        self.measure = measure
        self.file = file
        self.message = message
        self.inputs = inputs
        self.details = details
        self.years = years
    }

    /// One line: `file: error: measure 7: message [rule]`.
    public var description: String {
        let subject = measure.map { "measure \($0): " } ?? ""
        return "\(file): \(severity): \(subject)\(message) [\(rule)]"
    }
}

/// The specifics of a finding as values, for reports that write them in their own language (the council summary).
public enum FindingDetails: Sendable, Hashable {
    /// The years a figure is missing for, in order: years without a target, a reference figure or an effect.
    case years([Int])
    /// A cap that disagrees with the milestone for its year: the cap, and the level the milestone allows, in tonnes.
    case capAgainstMilestone(year: Int, cap: Double, allowed: Double)
    /// A printed amount of the financing against the amount its lines give, in million kroner.
    case printedAmount(printed: MNOK, computed: MNOK)
    /// A financing line a finding is about, by its name as printed, with the year, the service area or the measure
    /// where the finding is about one: so the council summary names what is open.
    case financingLine(name: String, year: Int?, serviceArea: String?, measure: Int?)
}

/// How serious a finding is: errors fail `validate`, warnings only inform (unless `--strict`).
public enum Severity: String, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The data is wrong or incomplete; the budget should not go to the council like this.
    case error
    /// Something looks off but the figures are still computed.
    case warning

    /// "error" or "warning".
    public var description: String { rawValue }

    /// Errors sort before warnings.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}
