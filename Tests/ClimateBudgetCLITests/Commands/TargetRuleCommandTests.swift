import Foundation
import Testing

/// Target rules that overlap, in a copy of the Trondheim budget (issue 11): `validate` names the rules and the
/// years, and `gap` withholds what the rules draw.
@Suite("Target rules in validate and gap")
struct TargetRuleCommandTests {
    @Test("Overlapping rules: validate names them and exits 1; gap withholds the target and the gap")
    func overlappingRules() throws {
        // Without target-caps.csv the rules draw every period target (the issue's own test budget). rules[0]
        // runs from the 2019 inventory to the 2023 milestone (2020-2022) and on to the 2030 one (2024-2029);
        // rules[1] runs on from the 2023 milestone by -5 % a year through 2025: both claim 2024 and 2025.
        let folder = try copyOfBundledBudget()
        try removePrintedFigures(from: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Data/target-caps.csv"))
        let targets = """
            {
              "milestones": [
                { "goal": "2", "year": 2020, "percentChange": -10 },
                { "goal": "2a", "year": 2023, "percentChange": -30 },
                { "goal": "5", "year": 2030, "percentChange": -80 }
              ],
              "rules": [
                { "from": "inventory", "to": "milestones" },
                { "from": 2023, "percentPerYear": -5, "through": 2025 }
              ]
            }

            """
        try Data(targets.utf8).write(to: folder.appendingPathComponent("Data/targets.json"))
        let line =
            "Data/targets.json: error: rules[0] and rules[1] both claim 2024-2025; a year takes its target from one rule: end one before the other starts, or remove one [target-rule-conflict]"

        let validate = ToolRun(["validate"], in: folder)
        #expect(validate.code == 1)
        let lines = validate.output.components(separatedBy: "\n")
        // Errors in Data/ sort before those in Measures/: Tabell 7-6's three slips (Data/financing.json), the rule
        // line, the six missing reporters, the count.
        #expect(lines[3] == line)
        #expect(lines.filter { $0.hasSuffix("[missing-reporter]") }.count == 6)
        #expect(lines.suffix(2) == ["10 errors, 0 warnings in 37 measures.", ""])

        let gap = ToolRun(["gap", "--lang", "en"], in: folder)
        #expect(gap.code == 1)
        let table = gap.output.components(separatedBy: "\n")
        #expect(table.contains("Target pathway (cap) (withheld)"))
        #expect(table.contains("Gap: further cuts needed (withheld)"))
        #expect(
            table.contains(
                "Withheld: the target pathway and the gap, computed from data with errors in Data/targets.json [target-rule-conflict]; run 'climate-budget validate'."
            ))
        #expect(
            gap.errorOutput == """
                \(line)
                Withheld: the target pathway and the gap, computed from data with the errors above. Fix them and run the command again.

                """)
    }
}
