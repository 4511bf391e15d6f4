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
    public static func text(_ findings: [Finding], measureCount: Int, notChecked: [SkippedRule] = []) -> String {
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        let summary = "\(count(errors, "error")), \(count(warnings, "warning")) in \(count(measureCount, "measure"))."
        guard !findings.isEmpty else { return "No findings: \(summary)\n" }
        return findings.map(\.description).joined(separator: "\n") + "\n\n" + skippedLines(notChecked) + summary + "\n"
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
    public static func json(_ findings: [Finding], notChecked: [SkippedRule] = []) -> JSONOutput {
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
        ])
    }

    /// "1 error", "6 errors".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
