import Foundation
import Testing

@testable import ClimateBudgetCLI

/// `validate` reports every problem one run can find: every file that does not load, and the findings of
/// every rule on what did load, all in one count.
@Suite("validate with files that do not load")
struct ValidateLoadProblemsTests {
    /// The six missing reporters of the bundled budget, as `validate` prints them.
    static func missingReporters() throws -> [String] {
        ToolRun(["validate"], in: try copyOfBundledBudget()).output
            .split(separator: "\n").map(String.init).filter { $0.hasSuffix("[missing-reporter]") }
    }

    /// The three findings of Tabell 7-6's slip on the bundled budget (pinned word for word in MoneyCommandTests).
    static func financingSlips() throws -> [String] {
        ToolRun(["validate"], in: try copyOfBundledBudget()).output
            .split(separator: "\n").map(String.init).filter { $0.hasSuffix("[financing-printed-differs]") }
    }

    /// A copy of the Trondheim budget with "description" misspelt in measure 3, which has a reporter (MLLT).
    static func misspeltMeasure() throws -> URL {
        let folder = try copyOfBundledBudget()
        let file = folder.appendingPathComponent("Measures/03-fossil-olje-gass-fjernvarme.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains("\"description\":"))
        try Data(text.replacingOccurrences(of: "\"description\":", with: "\"descripton\":").utf8).write(to: file)
        return folder
    }

    @Test("A misspelt field in one measure file hides none of the other measures' findings")
    func misspeltField() throws {
        let run = ToolRun(["validate"], in: try Self.misspeltMeasure())
        #expect(run.code == 1)
        #expect(run.errorOutput == "")
        let missingReporters = try Self.missingReporters()
        #expect(missingReporters.count == 6)
        let slips = try Self.financingSlips()
        #expect(slips.count == 3)
        // 1 load problem + Tabell 7-6's 3 slips + the 6 missing reporters (1, 7, 8, 11, 16, 20) = 10 errors, in the
        // 36 measures that loaded. The printed Tabell 7-1 cannot be checked while a measure, and so the effect it
        // sums, is missing; nor can the financing's ties to measures.
        #expect(
            run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
                "Measures/03-fossil-olje-gass-fjernvarme.json: error: measure 3: descripton: \"descripton\" is not allowed; "
                    + "expected one of the fields id, title, kind, sector, goals, goalEvidence, description, responsibility, effect, effectBySector, effectLow, effectHigh, overlaps, status; "
                    + "did you mean \"description\"? [invalid-value]"
            ] + slips + missingReporters + [
                "", "Not checked until Measures/ loads: printed-figure-differs, financing-unknown-measure.",
                "10 errors, 0 warnings in 36 measures.", "",
            ])
    }

    @Test("The machine formats count the load problem and the findings alike")
    func misspeltFieldMachineFormats() throws {
        let folder = try Self.misspeltMeasure()
        let json = ToolRun(["validate", "--format", "json"], in: folder)
        #expect(json.code == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 10)
        #expect(object["warnings"] as? Int == 0)
        let notChecked = try #require(object["notChecked"] as? [[String: Any]])
        #expect(notChecked.map { $0["rule"] as? String } == ["printed-figure-differs", "financing-unknown-measure"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.map { $0["measure"] as? Int } == [3, nil, nil, nil, 1, 7, 8, 11, 16, 20])
        #expect(
            findings.map { $0["rule"] as? String } == ["invalid-value"]
                + Array(repeating: "financing-printed-differs", count: 3)
                + Array(repeating: "missing-reporter", count: 6))

        let github = ToolRun(["validate", "--format", "github"], in: folder)
        #expect(github.code == 1)
        let lines = github.output.split(separator: "\n")
        #expect(lines.count == 10)
        #expect(
            lines.first?.hasPrefix(
                "::error file=Measures/03-fossil-olje-gass-fjernvarme.json,title=invalid-value (measure 3)::descripton: "
            ) == true)
        #expect(lines.filter { $0.contains("title=missing-reporter") }.count == 6)

        // 21 rules on each of the 36 measures that loaded (756) + 14 rules on the data files (two skipped: the printed
        // figures and the financed measures wait for the measures) + 1 case for the load problem = 771; 7 failed
        // cases before the financing, and one more for financing-printed-differs's three findings.
        let junit = ToolRun(["validate", "--format", "junit"], in: folder)
        #expect(junit.code == 1)
        #expect(junit.output.contains("<testsuites name=\"climate-budget validate\" tests=\"771\" failures=\"8\">"))
        #expect(junit.output.contains("tests=\"771\" failures=\"8\" errors=\"0\" skipped=\"2\">"))
    }

    /// A budget folder with only `Data/budget.json` (copied from the Trondheim budget).
    static func onlyBudgetFile() throws -> URL {
        let folder = try copyOfBundledBudget()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Measures"))
        let data = folder.appendingPathComponent("Data")
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path) where name != "budget.json" {
            try FileManager.default.removeItem(at: data.appendingPathComponent(name))
        }
        return folder
    }

    @Test("A folder with only Data/budget.json: the missing Measures/ and every missing data file")
    func onlyData() throws {
        let run = ToolRun(["validate"], in: try Self.onlyBudgetFile())
        #expect(run.code == 1)
        #expect(run.errorOutput == "")
        // targets.json and target-caps.csv are optional, so four data files are missing; the rules that need
        // them are named rather than run on nothing.
        #expect(
            run.output == """
                Measures/: error: folder not found; a budget folder holds both Data/ and Measures/, so create it or restore it [missing-folder]
                Data/sectors.json: error: file not found; every budget needs it (see the README's section on files) [missing-file]
                Data/actors.json: error: file not found; every budget needs it (see the README's section on files) [missing-file]
                Data/goals.json: error: file not found; every budget needs it (see the README's section on files) [missing-file]
                Data/reference.csv: error: file not found; every budget needs it (see the README's section on files) [missing-file]

                Not checked until Data/actors.json loads: unknown-actor, reporter-not-service-area.
                Not checked until Data/sectors.json loads: unknown-sector.
                Not checked until Data/reference.csv loads: effect-exceeds-sector-reference, missing-reference-year, missing-target, cap-breaks-milestone, milestone-increase, target-rule-conflict, target-rule-unreached, sector-targets-sum, carbon-budget-targets.
                Not checked until Data/goals.json loads: unknown-goal.
                Not checked until Data/reference.csv and Measures/ load: printed-figure-differs.
                5 errors, 0 warnings in 0 measures.

                """)
    }

    @Test("Only Data/budget.json, as JSON, GitHub annotations and JUnit")
    func onlyDataMachineFormats() throws {
        let folder = try Self.onlyBudgetFile()
        let json = ToolRun(["validate", "--format", "json"], in: folder)
        #expect(json.code == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 5)
        let skipped = try #require(object["notChecked"] as? [[String: Any]])
        #expect(skipped.count == 14)
        #expect(skipped.first?["rule"] as? String == "unknown-actor")
        #expect(skipped.first?["needs"] as? [String] == ["Data/actors.json"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(
            findings.map { $0["file"] as? String } == [
                "Measures/", "Data/sectors.json", "Data/actors.json", "Data/goals.json", "Data/reference.csv",
            ])

        let github = ToolRun(["validate", "--format", "github"], in: folder)
        #expect(github.code == 1)
        #expect(github.output.split(separator: "\n").count == 5)

        // 5 failed cases for the load problems, 14 skipped for the rules that wait for a data file, three passed
        // (actual-before-base-year: Data/actuals.csv is optional, so its absence is no problem; the same for two
        // rules on the optional Data/financing.json), and the 7 rules
        // that check only measures have none to check.
        // Two rules on the financing pass (the budget has none); the two that need the missing actors or measures
        // are not listed as waiting, as there is no financing to check.
        let junit = ToolRun(["validate", "--format", "junit"], in: folder)
        #expect(junit.output.contains("<testsuites name=\"climate-budget validate\" tests=\"22\" failures=\"5\">"))
        #expect(junit.output.contains("errors=\"0\" skipped=\"14\">"))
        #expect(
            junit.output.contains(
                "<testcase classname=\"unknown-sector\" name=\"budget\" file=\"Data/sectors.json\"><skipped message=\"not checked until Data/sectors.json loads\"/></testcase>"
            ))
    }

    @Test("A broken sectors file does not make every measure's sector unknown")
    func brokenSectors() throws {
        let folder = try copyOfBundledBudget()
        try Data("[ { \"id\": \"veitrafikk\" ".utf8).write(to: folder.appendingPathComponent("Data/sectors.json"))
        let run = ToolRun(["validate"], in: folder)
        #expect(run.code == 1)
        let lines = run.output.split(separator: "\n").map(String.init)
        // 1 load problem + Tabell 7-6's 3 slips + the 6 missing reporters; no unknown-sector finding; the printed
        // 2025 gap's rounding note.
        #expect(lines.count == 13)
        #expect(lines[0].hasPrefix("Data/sectors.json: error: line 1, column 24: the JSON is malformed"))
        #expect(Array(lines[1...3]) == (try Self.financingSlips()))
        #expect(Array(lines[4...9]) == (try Self.missingReporters()))
        #expect(
            lines[10...] == [
                "Data/printed.json: note: Tabell 7-1 prints 62 844 t for the gap in 2025; the data gives 62 843 t, within the printed figure's rounding.",
                "Not checked until Data/sectors.json loads: unknown-sector.",
                "10 errors, 0 warnings in 37 measures.",
            ])
    }

    @Test("gap withholds what a measure file that does not load could change, and shows the rest")
    func gapWithholds() throws {
        let run = ToolRun(["gap", "--lang", "en"], in: try Self.misspeltMeasure())
        #expect(run.code == 1)
        #expect(run.output.contains("\nEffect of measures (withheld)\n"))
        #expect(
            run.output.contains(
                "\nTarget pathway (cap)                                   381 472  367 143  345 793  324 442\n"))
        #expect(
            run.errorOutput.hasPrefix("Measures/03-fossil-olje-gass-fjernvarme.json: error: measure 3: descripton: "))
    }

    @Test("A goals file that does not load hides no figure: no figure reads the goals")
    func brokenGoalsHidesNothing() throws {
        let folder = try copyOfBundledBudget()
        try Data("[ { \"id\": ".utf8).write(to: folder.appendingPathComponent("Data/goals.json"))
        let run = ToolRun(["gap", "--lang", "en"], in: folder)
        #expect(run.code == 0)
        #expect(run.output.contains("Gap: further cuts needed                     19 841   27 539   45 871   62 843\n"))
        // 1 load problem + the 6 missing reporters + Tabell 7-6's 3 slips, none of which changes a figure.
        #expect(
            run.errorOutput
                == "note: validation reports 10 error(s) and 0 warning(s) that do not change these figures; run 'climate-budget validate' to see them.\n"
        )
        // The council summary is made only from a budget that loads whole.
        #expect(ToolRun(["summary"], in: folder).code == 1)
    }
}
