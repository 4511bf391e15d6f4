import ClimateBudget

/// Renders validation findings as text lines or JSON.
public enum FindingsReport {
    /// The formats `validate` writes its findings in; `validate --format` offers exactly these.
    public enum Format: String, CaseIterable, Sendable {
        /// One line per finding and a count (``text(_:measureCount:)``).
        case text
        /// JSON for scripts (``json(_:)``).
        case json
        /// GitHub Actions workflow commands (``GitHubAnnotations``).
        case github
        /// A JUnit XML report (``JUnitReport``).
        case junit
    }

    /// The findings as one line each, then a count; "No findings." when there are none.
    ///
    /// - Parameter notChecked: rules skipped because a file they need did not load; listed before the count,
    ///   grouped by the files they wait for, so nobody takes a clean result for a checked one.
    /// - Parameter notes: what is worth knowing but is no finding (a printed figure within its rounding), one
    ///   line each after the findings, as `file: note: sentence`.
    public static func text(
        _ findings: [Finding], measureCount: Int, notChecked: [SkippedRule] = [], notes: [ReportNote] = []
    ) -> String {
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        let summary = "\(count(errors, "error")), \(count(warnings, "warning")) in \(count(measureCount, "measure"))."
        let noteLines = notes.map { "\($0.file): note: \($0.message)\n" }.joined()
        guard !findings.isEmpty else {
            return noteLines + (noteLines.isEmpty ? "" : "\n") + "No findings: \(summary)\n"
        }
        return findings.map(\.description).joined(separator: "\n") + "\n" + noteLines + "\n" + skippedLines(notChecked)
            + summary + "\n"
    }

    /// "Not checked until Data/actors.json loads: unknown-actor, reporter-not-service-area.", one line per
    /// set of files.
    static func skippedLines(_ skipped: [SkippedRule]) -> String {
        var groups: [(until: String, rules: [String])] = []
        for rule in skipped {
            if let index = groups.firstIndex(where: { $0.until == rule.until }) {
                groups[index].rules.append(rule.rule)
            } else {
                groups.append((rule.until, [rule.rule]))
            }
        }
        return groups.map { "Not checked \($0.until): \($0.rules.joined(separator: ", ")).\n" }.joined()
    }

    /// The findings as JSON: counts, the rules not checked, then one object per finding with severity, rule,
    /// measure, file and message.
    public static func json(_ findings: [Finding], notChecked: [SkippedRule] = [], notes: [ReportNote] = [])
        -> JSONOutput
    {
        let errors = findings.filter { $0.severity == .error }.count
        return .object([
            ("errors", .integer(errors)),
            ("warnings", .integer(findings.count - errors)),
            (
                "notChecked",
                .array(
                    notChecked.map { skipped in
                        .object([("rule", .string(skipped.rule)), ("needs", .array(skipped.files.map { .string($0) }))])
                    })
            ),
            (
                "findings",
                .array(
                    findings.map { finding in
                        .object([
                            ("severity", .string(finding.severity.rawValue)),
                            ("rule", .string(finding.rule)),
                            ("measure", .integer(finding.measure)),
                            ("file", .string(finding.file)),
                            ("message", .string(finding.message)),
                        ])
                    })
            ),
            (
                "notes",
                .array(notes.map { .object([("file", .string($0.file)), ("message", .string($0.message))]) })
            ),
        ])
    }

    /// "1 error", "6 errors".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

/// Something a report says that is no finding: it fails nothing and counts for nothing, such as a printed figure
/// that differs from the computed one within its rounding.
public struct ReportNote: Sendable, Equatable {
    /// The file the note is about.
    public var file: String
    /// The note in a sentence.
    public var message: String

    /// Creates a note.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// The rounding notes of a budget's printed figures (``PrintedFigureCheck``), in table order, against `table`
    /// where a report shows one (so a withheld figure gets no note).
    public static func printedFigures(_ budget: Budget, table: EmissionBudgetTable? = nil) -> [ReportNote] {
        PrintedFigureCheck.checks(budget, table: table).compactMap { check in
            check.roundingNote(source: budget.printed.source).map {
                ReportNote(file: budget.files.printed, message: $0)
            }
        }
    }
}
