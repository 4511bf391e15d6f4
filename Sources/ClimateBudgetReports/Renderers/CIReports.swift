import ClimateBudget

/// Findings as GitHub Actions workflow commands: one `::error` or `::warning` line per finding, which
/// GitHub shows on the file in the pull request.
public enum GitHubAnnotations {
    /// One workflow command per finding.
    public static func render(_ findings: [Finding]) -> String {
        findings.map { finding in
            let command = finding.severity == .error ? "error" : "warning"
            let title = finding.rule + (finding.measure.map { " (measure \($0))" } ?? "")
            return "::\(command) file=\(property(finding.file)),title=\(property(title))::\(data(finding.message))"
        }.joined(separator: "\n") + (findings.isEmpty ? "" : "\n")
    }

    /// The message part of a workflow command, with `%`, CR and LF encoded as GitHub requires.
    static func data(_ text: String) -> String {
        encode(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A")])
    }

    /// A property value of a workflow command, where `:` and `,` are encoded too.
    static func property(_ text: String) -> String {
        encode(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")])
    }

    /// Replaces single characters, scalar by scalar (so a CR LF pair is two characters, as GitHub reads it).
    private static func encode(_ text: String, _ table: [(Unicode.Scalar, String)]) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let replacement = table.first(where: { $0.0 == scalar })?.1 {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Findings as a JUnit XML report, so any CI shows the checks as test cases: one per rule and measure
/// (passed or failed), and one per rule for the rules that check the budget's data files.
public enum JUnitReport {
    /// The report for a budget's measures and its findings.
    ///
    /// - Parameters:
    ///   - notChecked: rules skipped because a file they need did not load: one skipped case each.
    ///   - files: the budget's files as the user named the folder, for the cases of rules on the data files.
    public static func render(
        _ findings: [Finding], measures: [Measure], rules: [any ValidationRule.Type], notChecked: [SkippedRule] = [],
        files: BudgetFiles = BudgetFiles(), strict: Bool = false
    ) -> String {
        var cases: [String] = []
        var failures = 0
        func testCase(rule: String, name: String, file: String, findings: [Finding]) {
            var body = ""
            if findings.contains(where: { $0.severity == .error || strict }) { failures += 1 }
            for finding in findings {
                let failing = finding.severity == .error || strict
                let tag = failing ? "failure" : "system-out"
                body +=
                    failing
                    ? "<failure message=\"\(Markup.escape(finding.message))\" type=\"\(finding.severity)\">\(Markup.escape(finding.description))</failure>"
                    : "<\(tag)>\(Markup.escape("warning: " + finding.message))</\(tag)>"
            }
            cases.append(
                "    <testcase classname=\"\(Markup.escape(rule))\" name=\"\(Markup.escape(name))\" file=\"\(Markup.escape(file))\">\(body)</testcase>"
            )
        }
        // Findings by measure and file, looked up once per measure, so many measures with many findings stay linear.
        func key(_ measure: Int?, _ file: String) -> String { "\(measure.map(String.init) ?? "")\u{0}\(file)" }
        for rule in rules {
            let ruleFindings = findings.filter { $0.rule == rule.id }
            if rule.checksMeasures {
                let byMeasure = Dictionary(grouping: ruleFindings) { key($0.measure, $0.file) }
                for measure in measures {
                    testCase(
                        rule: rule.id, name: "measure \(measure.id)", file: measure.file,
                        findings: byMeasure[key(measure.id, measure.file)] ?? [])
                }
                let measureKeys = Set(measures.map { key($0.id, $0.file) })
                let other = ruleFindings.filter { !measureKeys.contains(key($0.measure, $0.file)) }
                for (file, group) in Dictionary(grouping: other, by: \.file).sorted(by: { $0.key < $1.key }) {
                    testCase(rule: rule.id, name: file, file: file, findings: group)
                }
            } else {
                // A passed case names the data file the rule reports on: the file of its example's finding, as
                // this budget names it.
                let example = rule.check(rule.examples.breaking.budget).first?.file
                let checked = BudgetPart.allCases.first { $0.file(in: BudgetFiles()) == example } ?? .settings
                testCase(
                    rule: rule.id, name: "budget", file: ruleFindings.first?.file ?? checked.file(in: files),
                    findings: ruleFindings)
            }
        }
        // Problems that are no rule's (files that do not load) still show as failed cases.
        let known = Set(rules.map { $0.id })
        let unknown = findings.filter { !known.contains($0.rule) }
        let groups = Dictionary(grouping: unknown) { "\($0.rule)\u{0}\($0.file)" }
        for key in groups.keys.sorted() {
            let group = groups[key]!
            testCase(rule: group[0].rule, name: group[0].file, file: group[0].file, findings: group)
        }
        for skipped in notChecked {
            let file = Markup.escape(skipped.files.first ?? "")
            cases.append(
                "    <testcase classname=\"\(Markup.escape(skipped.rule))\" name=\"budget\" file=\"\(file)\"><skipped message=\"\(Markup.escape("not checked " + skipped.until))\"/></testcase>"
            )
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="climate-budget validate" tests="\(cases.count)" failures="\(failures)">
              <testsuite name="climate-budget validate" tests="\(cases.count)" failures="\(failures)" errors="0" skipped="\(notChecked.count)">
            \(cases.joined(separator: "\n"))
              </testsuite>
            </testsuites>

            """
    }
}
