import Foundation
import Testing

@testable import ClimateBudgetCLI

/// The carbon budget from the files to `gap` and `summary` (issue 12): a copy of the Trondheim fixture with a
/// carbon budget 2022-2030, one pathway, and actual emissions for 2022 and 2023 (example figures).
@Suite("The carbon budget, run in-process")
struct CarbonBudgetCommandTests {
    static let targets = """
        {
          "milestones": [
            { "goal": "2", "year": 2020, "percentChange": -10 },
            { "goal": "2a", "year": 2023, "percentChange": -30 },
            { "goal": "5", "year": 2030, "percentChange": -80 }
          ],
          "carbonBudget": { "from": 2022, "to": 2030 },
          "carbonBudgetPathways": [
            { "tonnes": 2000000, "from": 2022, "method": "line" },
            { "tonnes": 2000000, "from": 2022, "method": "exponential" },
            { "tonnes": 2000000, "from": 2022, "method": "rate", "percentPerYear": -11.72 }
          ]
        }
        """

    static func folder(actuals: String = "year,total\n2022,400000\n2023,390000\n") throws -> URL {
        let folder = try copyOfBundledBudget()
        try targets.write(to: folder.appendingPathComponent("Data/targets.json"), atomically: true, encoding: .utf8)
        try actuals.write(to: folder.appendingPathComponent("Data/actuals.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The README's worked example: the last lines `gap` prints for this budget.
    static func readmeBlock() throws -> String {
        let readme = try String(
            contentsOf: ToolRun.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- begin: carbon-budget -->\n```text\n"))
        let end = try #require(readme.range(of: "```\n<!-- end: carbon-budget -->"))
        return String(readme[begin.upperBound..<end.lowerBound])
    }

    @Test("gap ends with the carbon budget's notes, as the README's worked example shows them")
    func gap() throws {
        let run = ToolRun(["gap", "--lang", "en"], in: try Self.folder())
        #expect(run.code == 0)
        // The figures are computed by hand in CarbonBudgetReportTests and in the README: budget 2 317 977, used
        // 790 000, run-out 2027, catch-up 14.56 % against the target pathway's 16.39 %, the line to zero in 2031.
        let notes = try Self.readmeBlock()
        #expect(notes.hasPrefix("The carbon budget for 2022-2030 is 2 317 977 tonnes CO2e"))
        #expect(notes.split(separator: "\n").count == 6)
        // The follow-up of the actual years comes first (2023: 390 000 against the cap 367 143 is 22 857 over),
        // then the carbon budget's notes end the output.
        #expect(
            run.output.contains(
                "\n2023: over the limit by 22 857 t (6 %); the measures delivered 4 682 t more than expected.\n"))
        #expect(
            run.output.hasSuffix("than expected.\n" + notes),
            "update the README's carbon-budget block to the notes gap prints")
    }

    @Test("A broken actuals file withholds the carbon budget: gap names it and exits 1; the summary is refused")
    func brokenActuals() throws {
        let folder = try Self.folder(actuals: "year,total\n2022,400000\n2023,lots\n")
        let run = ToolRun(["gap", "--lang", "en"], in: folder)
        #expect(run.code == 1)
        #expect(
            run.output.contains(
                "\nWithheld: the actual emissions and the carbon budget, computed from data with errors in Data/actuals.csv [invalid-cell]; run 'climate-budget validate'.\n"
            ))
        #expect(!run.output.contains("The carbon budget for"))
        #expect(
            run.errorOutput.hasSuffix(
                "Withheld: the actual emissions and the carbon budget, computed from data with the errors above. Fix them and run the command again.\n"
            ))
        let json = ToolRun(["gap", "--format", "json"], in: folder)
        #expect(json.code == 1)
        #expect(json.output.contains("\n  \"carbonBudget\": null,\n  \"carbonBudgetPathways\": null,\n"))
        #expect(ToolRun(["summary"], in: folder).code == 1)
    }

    @Test("The summary has the carbon budget section")
    func summary() throws {
        let run = ToolRun(["summary"], in: try Self.folder())
        #expect(run.code == 0)
        #expect(run.output.contains("<h2>Karbonbudsjett</h2>"))
        #expect(run.output.contains("er karbonbudsjettet brukt opp i 2027."))
    }

    @Test("validate warns about span years without a target")
    func validate() throws {
        let folder = try Self.folder()
        let targets = Self.targets.replacingOccurrences(of: "\"to\": 2030", with: "\"to\": 2031")
        try targets.write(to: folder.appendingPathComponent("Data/targets.json"), atomically: true, encoding: .utf8)
        let run = ToolRun(["validate"], in: folder)
        #expect(
            run.output.contains(
                "Data/targets.json: warning: the carbon budget (carbonBudget) sums the targets from 2022 to 2031, but there is no target for 2031, so it cannot be summed; add caps for that year to Data/target-caps.csv, milestones in Data/targets.json on both sides of them, or a span (carbonBudget.from, carbonBudget.to) that leaves them out [carbon-budget-targets]\n"
            ))
        #expect(run.output.hasSuffix("9 errors, 1 warning in 37 measures.\n"))
    }
}
