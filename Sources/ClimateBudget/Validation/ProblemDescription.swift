/// One kind of problem the tool can report, for the catalogue of every problem (`climate-budget rules` and the
/// README's reference): a file that does not load, or a validation rule's finding.
///
/// As in frictionless-py's `errors/`, every problem has a stable code that output and CI use, a title, a
/// description in words the environment unit understands, and an example of the message the tool prints.
public struct ProblemDescription: Sendable, Equatable {
    /// Whether the problem stops a file from loading or is a finding on a loaded budget.
    public enum Kind: String, Sendable, Equatable {
        /// A file of the budget cannot be read as what it should hold.
        case load
        /// A file of emission statistics (read by `init` and `inventory`) cannot be read as the statistics.
        case statistics
        /// A validation rule's finding on the loaded budget.
        case rule
    }

    /// The stable code, such as "malformed-json" or "missing-reporter": the `rule` of a finding.
    public let code: String
    /// What kind of problem it is.
    public let kind: Kind
    /// How serious it is; a file that does not load is always an error.
    public let severity: Severity
    /// A short title.
    public let title: String
    /// What is checked and why, in one or two sentences.
    public let description: String
    /// A message as the tool prints it for this problem.
    public let example: String
    /// For a rule: the change that breaks it and the one that keeps it, as its examples describe them.
    public let breaking: String?
    /// For a rule: the change that keeps it.
    public let passing: String?
    /// For a rule: the figures its example withholds.
    public let withholds: [Figure]

    /// A problem that stops a file from loading.
    public init(load code: String, title: String, description: String, example: String) {
        self.init(code, kind: .load, title: title, description: description, example: example)
    }

    /// A problem with a file of emission statistics.
    public init(statistics code: String, title: String, description: String, example: String) {
        self.init(code, kind: .statistics, title: title, description: description, example: example)
    }

    private init(_ code: String, kind: Kind, title: String, description: String, example: String) {
        self.code = code
        self.kind = kind
        self.severity = .error
        self.title = title
        self.description = description
        self.example = example
        self.breaking = nil
        self.passing = nil
        self.withholds = []
    }

    /// A validation rule, with its example message taken from running its breaking example.
    public init(rule: any ValidationRule.Type) {
        let budget = rule.examples.breaking.budget
        let findings = rule.check(budget)
        code = rule.id
        kind = .rule
        severity = rule.severity
        title = rule.title
        description = rule.summary
        example = findings.first?.description ?? ""
        breaking = rule.examples.breaking.description
        passing = rule.examples.passing.description
        withholds = Withholding(budget: budget, findings: findings).figures
    }
}
