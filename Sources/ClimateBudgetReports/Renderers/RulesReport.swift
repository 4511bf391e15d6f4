import ClimateBudget

/// Renders the catalogue of validation rules: the README's rule reference is its Markdown form.
public enum RulesReport {
    /// The formats the rule reference is written in; `rules --format` offers exactly these.
    public enum Format: String, CaseIterable, Sendable {
        /// Aligned text for a person at a terminal.
        case text
        /// The README's rule reference.
        case markdown
        /// JSON for scripts.
        case json
    }

    /// The rules in the given format.
    public static func render(_ rules: [any ValidationRule.Type], format: Format) -> String {
        switch format {
        case .markdown: markdown(rules)
        case .json: json(rules).rendered()
        case .text: text(rules)
        }
    }

    static func text(_ rules: [any ValidationRule.Type]) -> String {
        rules.map { rule in
            """
            \(rule.id) (\(rule.severity)\(withholds(rule).map { ", withholds \($0)" } ?? ""))
              \(rule.summary)
              breaks it: \(rule.examples.breaking.description)
              keeps it:  \(rule.examples.passing.description)
            """
        }.joined(separator: "\n\n") + "\n"
    }

    /// The rule reference as the README shows it, one section per rule.
    public static func markdown(_ rules: [any ValidationRule.Type]) -> String {
        rules.map { rule in
            let blocks = withholds(rule).map { " In its example it withholds \($0): a figure computed from data with an error is not shown." } ?? ""
            return """
                #### `\(rule.id)`: \(rule.title) (\(rule.severity))

                \(rule.summary)\(blocks)

                - Breaks it: \(rule.examples.breaking.description).
                - Keeps it: \(rule.examples.passing.description).
                """
        }.joined(separator: "\n\n") + "\n"
    }

    /// The figures the rule's breaking example withholds, in words ("the effect of the measures, the gap"), or `nil`.
    static func withholds(_ rule: any ValidationRule.Type) -> String? {
        let figures = Validator.figuresWithheld(byExampleOf: rule)
        return figures.isEmpty ? nil : GapReport.list(figures.map(\.name))
    }

    static func json(_ rules: [any ValidationRule.Type]) -> JSONOutput {
        .object([("rules", .array(rules.map { rule in
            .object([
                ("id", .string(rule.id)),
                ("title", .string(rule.title)),
                ("severity", .string(rule.severity.rawValue)),
                ("withholds", .array(Validator.figuresWithheld(byExampleOf: rule).map { .string($0.rawValue) })),
                ("summary", .string(rule.summary)),
                ("breaking", .string(rule.examples.breaking.description)),
                ("passing", .string(rule.examples.passing.description)),
            ])
        }))])
    }
}
