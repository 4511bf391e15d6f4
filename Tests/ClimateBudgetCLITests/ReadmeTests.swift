import Foundation
import Testing

/// The README shows real output; these tests fail when the tool's output and the README drift apart.
@Suite("The README shows the tool's real output")
struct ReadmeTests {
    let readme: String

    init() throws {
        readme = try String(contentsOf: ToolRun.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// The text between `<!-- begin: name -->` and `<!-- end: name -->`, without a surrounding code fence.
    func block(_ name: String) throws -> String {
        let begin = try #require(readme.range(of: "<!-- begin: \(name) -->\n"))
        let end = try #require(readme.range(of: "<!-- end: \(name) -->", range: begin.upperBound..<readme.endIndex))
        var text = String(readme[begin.upperBound..<end.lowerBound])
        if text.hasPrefix("```") {
            text = String(text.drop { $0 != "\n" }.dropFirst())
            text = String(text.dropLast("```\n".count))
        }
        return text
    }

    /// Issue 14: the round trip's example import output was written by hand and no longer what import printed.
    /// The block is indented in its list item; the test removes the indent and compares standard output and then
    /// the error output, in the order a terminal shows them.
    @Test("The round trip's example import (measure 10's 2024 effect 3 200 → 3 300) is the import's real output")
    func importExample() throws {
        let indented = try #require(
            readme.range(of: "<!-- begin: import-example -->\n").flatMap { begin in
                readme.range(of: "   <!-- end: import-example -->", range: begin.upperBound..<readme.endIndex).map {
                    String(readme[begin.upperBound..<$0.lowerBound])
                }
            })
        let lines = indented.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            $0.hasPrefix("   ") ? String($0.dropFirst(3)) : String($0)
        }
        let shown = lines.dropFirst().dropLast().joined(separator: "\n") + "\n"
        #expect(lines.first == "```" && lines.last == "```")
        let budget = try copyOfBundledBudget()
        #expect(ToolRun(["export", "--xlsx", "--output", "tiltak.xlsx"], in: budget).code == 0)
        let url = budget.appendingPathComponent("tiltak.xlsx")
        // Measure 10 is row 11; its 2024 effect is I11.
        try ExportedWorkbook.edit(url) {
            $0.replacingOccurrences(of: "<c r=\"I11\"><v>3200</v></c>", with: "<c r=\"I11\"><v>3300</v></c>")
        }
        let run = ToolRun(["import", "tiltak.xlsx"], in: budget)
        #expect(run.code == 1)
        #expect(run.output + run.errorOutput == shown)
    }

    /// The README is in English, so its `gap` examples are `gap --lang en` (the bundled budget is in bokmål, and
    /// `gap` writes in the budget's language); the script that regenerates the README's blocks runs the same.
    @Test("The gap table in the README is the output of `climate-budget gap --lang en`")
    func gap() throws {
        #expect(try block("gap") == ToolRun(["gap", "--lang", "en"]).output)
    }

    @Test("The nynorsk excerpt in the README is how `climate-budget gap --lang nn` begins")
    func gapNynorsk() throws {
        let excerpt = try block("gap-nn")
        #expect(excerpt.hasPrefix("Trondheim kommune") && excerpt.contains("\nEffekt av tiltaka "))
        #expect(ToolRun(["gap", "--lang", "nn"]).output.hasPrefix(excerpt))
    }

    @Test(
        "The worked example of the band and the overlap is the output of `climate-budget gap --lang en` on that budget")
    func gapBand() throws {
        #expect(
            try block("gap-band")
                == ToolRun(["gap", "--lang", "en"], in: try BandAndOverlapCommandTests.budget()).output)
    }

    @Test("The overview in the README is the output of `climate-budget overview county --lang en` on its three budgets")
    func overview() async throws {
        let run = await ConcurrentToolRun.run(
            ["overview", "county", "--lang", "en"], in: try OverviewCommandTests.county())
        #expect(try block("overview") == run.output)
    }

    @Test("The findings in the README are the output of `climate-budget validate`")
    func validate() throws {
        #expect(try block("validate") == ToolRun(["validate"]).output)
    }

    @Test("The money example in the README is the output of `climate-budget money`")
    func money() throws {
        #expect(try block("money") == ToolRun(["money"]).output)
    }

    @Test("The rule reference in the README is the output of `climate-budget rules --format markdown`")
    func rules() throws {
        #expect(try block("rules") == ToolRun(["rules", "--format", "markdown"]).output)
    }

    @Test("The README shows the two commands: the main job and the tests")
    func commands() {
        #expect(readme.contains("swift run climate-budget gap"))
        #expect(readme.contains("swift test"))
    }
}
