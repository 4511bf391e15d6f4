/// A check on a budget, with its stable id, what it checks, and an example that breaks and one that passes it.
///
/// Every rule lives in its own file under `Rules/`, like swift-format's lint rules. The examples serve
/// twice: the rule tests run them, and the rule reference in the README is generated from them.
public protocol ValidationRule: Sendable {
    /// A stable id for the rule, used in output and in CI: lower case words joined by hyphens.
    static var id: String { get }
    /// A short title.
    static var title: String { get }
    /// The title the council summary shows for an open finding of this rule, by language code ("nb", "nn", "en"):
    /// kept in the rule's own file, so a new rule is complete in one file.
    static var summaryTitles: [String: String] { get }
    /// What the rule checks and why, in one or two sentences a non-programmer understands.
    static var summary: String { get }
    /// How serious a finding of this rule is.
    static var severity: Severity { get }
    /// Whether the rule checks each measure (and so reports per measure), rather than the budget's data files.
    static var checksMeasures: Bool { get }
    /// The parts of the budget the rule cannot be checked without: when one of them did not load, `validate`
    /// skips the rule instead of reporting findings that only the missing part causes. A rule that checks each
    /// measure on its own leaves out ``BudgetPart/measures``, so it still checks the measures that did load.
    static var needs: Set<BudgetPart> { get }
    /// A change to the example budget that breaks the rule, and one that keeps it.
    static var examples: RuleExamples { get }
    /// The findings of this rule on a budget; empty when the budget keeps the rule.
    static func check(_ budget: Budget) -> [Finding]
}

extension ValidationRule {
    /// By default a rule checks each measure.
    public static var checksMeasures: Bool { true }

    /// By default a rule needs every part, so a new rule that does not say is never run on a partial budget.
    public static var needs: Set<BudgetPart> { Set(BudgetPart.allCases) }

    /// A finding of this rule with its severity filled in, about the given inputs of the budget.
    ///
    /// The inputs decide which figures an error withholds (see ``Withholding``), so every rule names them.
    /// `details` carry the finding's specifics as values, for reports in other languages (see ``FindingDetails``).
    static func finding(
        measure: Int? = nil, file: String, about inputs: Set<BudgetInput>, in years: Set<Int>? = nil,
        details: FindingDetails? = nil, _ message: String
    ) -> Finding {
        Finding(
            severity: severity, rule: id, measure: measure, file: file, message: message, inputs: inputs,
            details: details, years: years)
    }
}

/// A pair of examples for a rule, applied to ``ExampleBudget/budget``.
public struct RuleExamples: Sendable {
    /// A change that makes the rule report a finding.
    public var breaking: RuleExample
    /// A change close to the breaking one that the rule accepts.
    public var passing: RuleExample

    /// Creates a pair of examples.
    public init(breaking: RuleExample, passing: RuleExample) {
        self.breaking = breaking
        self.passing = passing
    }
}

/// One example: what it does in words, and the change it makes to the example budget.
public struct RuleExample: Sendable {
    /// What the example changes, as the README shows it.
    public var description: String
    /// The change to the example budget.
    public var apply: @Sendable (inout Budget) -> Void

    /// Creates an example.
    public init(_ description: String, apply: @escaping @Sendable (inout Budget) -> Void) {
        self.description = description
        self.apply = apply
    }

    /// The example budget with this example's change applied.
    public var budget: Budget {
        var budget = ExampleBudget.budget
        apply(&budget)
        return budget
    }
}
