import ClimateBudget

/// Renders the catalogue of every problem the tool reports (load problems and validation rules): the README's
/// reference is its Markdown form.
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

    /// The catalogue in the given format.
    public static func render(_ problems: [ProblemDescription], format: Format) -> String {
        switch format {
        case .markdown: markdown(problems)
        case .json: json(problems).rendered()
        case .text: text(problems)
        }
    }

    static func text(_ problems: [ProblemDescription]) -> String {
        problems.map { problem in
            var lines = [
                "\(problem.code) (\(kindNote(problem.kind))\(problem.severity)"
                    + (withholds(problem).map { ", withholds \($0)" } ?? "") + ")"
            ]
            lines.append("  " + problem.description)
            if let breaking = problem.breaking, let passing = problem.passing {
                lines.append("  breaks it: " + breaking)
                lines.append("  keeps it:  " + passing)
            }
            lines.append("  example:   " + problem.example)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    /// The catalogue as the README shows it: the load problems, then the rules, one section each.
    public static func markdown(_ problems: [ProblemDescription]) -> String {
        func section(_ problem: ProblemDescription) -> String {
            let blocks =
                withholds(problem).map {
                    " In its example it withholds \($0): a figure computed from data with an error is not shown."
                } ?? ""
            var lines = [
                "#### `\(problem.code)`: \(problem.title) (\(problem.severity))", "", problem.description + blocks, "",
            ]
            if let breaking = problem.breaking, let passing = problem.passing {
                lines.append("- Breaks it: \(breaking).")
                lines.append("- Keeps it: \(passing).")
            }
            lines.append("- Example: `\(problem.example.replacingOccurrences(of: "`", with: "'"))`")
            return lines.joined(separator: "\n")
        }
        let load = problems.filter { $0.kind == .load }.map(section)
        let statistics = problems.filter { $0.kind == .statistics }.map(section)
        let rules = problems.filter { $0.kind == .rule }.map(section)
        var parts: [String] = []
        if !load.isEmpty {
            parts.append(
                "### Files that do not load\n\nEvery one is an error: the file's part of the budget is not read; `gap` withholds the figures computed from it, and the council summary, `diff`'s figures and `import` wait until it loads."
            )
            parts += load
        }
        if !statistics.isEmpty {
            parts.append(
                "### Emission statistics that cannot be read\n\nThe problems `init` and `inventory` report in a file of Miljødirektoratet's emission statistics, each at its sheet, row and column letter. Every one is an error: nothing is written until the file reads cleanly."
            )
            parts += statistics
        }
        if !rules.isEmpty {
            parts.append(
                "### Validation rules\n\nEach rule has an example that breaks it and one that keeps it; the rule tests run exactly these examples."
            )
            parts += rules
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// What the text form says of a problem's kind before its severity.
    private static func kindNote(_ kind: ProblemDescription.Kind) -> String {
        switch kind {
        case .load: "file does not load, "
        case .statistics: "emission statistics, "
        case .rule: ""
        }
    }

    /// The figures the problem's example withholds, in words ("the effect of the measures and the gap"), or `nil`.
    static func withholds(_ problem: ProblemDescription) -> String? {
        problem.withholds.isEmpty ? nil : GapReport.list(problem.withholds.map(\.name))
    }

    static func json(_ problems: [ProblemDescription]) -> JSONOutput {
        .object([
            (
                "problems",
                .array(
                    problems.map { problem in
                        .object([
                            ("code", .string(problem.code)),
                            ("kind", .string(problem.kind.rawValue)),
                            ("title", .string(problem.title)),
                            ("severity", .string(problem.severity.rawValue)),
                            ("withholds", .array(problem.withholds.map { .string($0.rawValue) })),
                            ("description", .string(problem.description)),
                            ("breaking", .string(problem.breaking)),
                            ("passing", .string(problem.passing)),
                            ("example", .string(problem.example)),
                        ])
                    })
            )
        ])
    }
}
