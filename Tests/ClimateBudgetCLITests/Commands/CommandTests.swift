import Foundation
import TestSupport
import Testing

@testable import ClimateBudgetCLI

/// Runs the tool in-process on a budget folder and captures what it prints.
struct ToolRun {
    var output = ""
    var errorOutput = ""
    var code: Int32 = -1

    /// The package root, where the README lives.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The Trondheim 2022 budget frozen as a test fixture: the live budget in `Data/` and `Measures/` changes
    /// every budget round, so no test reads it for figures.
    static let trondheim = packageRoot.appendingPathComponent("Tests/Fixtures/trondheim-2022")

    /// Runs in `folder` (by default the Trondheim fixture); with `budget`, the command reads that budget
    /// (as `--budget` with its full path).
    init(_ arguments: [String], in folder: URL = trondheim, budget: URL? = nil) {
        let arguments = arguments + (budget.map { ["--budget", $0.path] } ?? [])
        var output = ""
        var errorOutput = ""
        let context = CommandContext(
            workingDirectory: folder, output: { output += $0 }, errorOutput: { errorOutput += $0 })
        code = CommandLineTool.run(arguments, context: context)
        self.output = output
        self.errorOutput = errorOutput
    }
}

/// A copy of the Trondheim 2022 fixture budget in a temporary folder, to break on purpose.
func copyOfBundledBudget() throws -> URL {
    let folder = TemporaryFolders.url("climate-budget-cli")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in ["Data", "Measures"] {
        try FileManager.default.copyItem(
            at: ToolRun.trondheim.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    return folder
}

/// Removes the figures recorded as printed (Tabell 7-1) from a copy whose figures a test changes: the changed
/// budget is no longer the one the source printed, and its slips would crowd out what the test is about.
func removePrintedFigures(from folder: URL) throws {
    try FileManager.default.removeItem(at: folder.appendingPathComponent("Data/printed.json"))
}

@Suite("Commands, run in-process")
struct CommandTests {
    @Test("gap prints the table and notes the open findings on standard error")
    func gap() {
        let run = ToolRun(["gap", "--lang", "en"])
        #expect(run.code == 0)
        #expect(run.output.contains("Gap: further cuts needed                     19 841   27 539   45 871   62 843"))
        #expect(
            run.errorOutput
                == "note: validation reports 9 error(s) and 0 warning(s) that do not change these figures; run 'climate-budget validate' to see them.\n"
        )
    }

    @Test("validate exits 1 with the six missing reporters")
    func validate() {
        let run = ToolRun(["validate"])
        #expect(run.code == 1)
        #expect(run.output.split(separator: "\n").filter { $0.contains("[missing-reporter]") }.count == 6)
        #expect(run.output.hasSuffix("9 errors, 0 warnings in 37 measures.\n"))
    }

    @Test("validate --format json lists the findings")
    func validateJSON() throws {
        let run = ToolRun(["validate", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        // Tabell 7-6's three slips (in Data/, so first), then the six missing reporters.
        #expect(findings.map { $0["measure"] as? Int } == [nil, nil, nil, 1, 7, 8, 11, 16, 20])
        #expect(
            findings.compactMap { $0["rule"] as? String }
                == Array(repeating: "financing-printed-differs", count: 3)
                + Array(repeating: "missing-reporter", count: 6))
    }

    @Test(
        "measures filters resolve aliases and groups",
        arguments: [
            (["--implementer", "HO"], [7, 8]),
            (["--implementer", "Helse"], [7, 8]),
            (["--implementer", "TFK"], [4, 6, 9]),
            (["--reporter", "ST"], [2, 10, 15, 17, 18, 33]),
            (["--kind", "quantified", "--sector", "sjofart"], [4, 5]),
            (["--sector", "Sjøfart"], [4, 5, 13]),
            (["--kind", "enabling", "--reporter", "PBT"], [34, 37]),
        ])
    func measures(filters: [String], ids: [Int]) throws {
        let run = ToolRun(["measures", "--format", "json"] + filters)
        #expect(run.code == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let measures = try #require(object["measures"] as? [[String: Any]])
        #expect(measures.map { $0["id"] as? Int } == ids)
    }

    @Test("An unknown actor in a filter is a usage error with a suggestion")
    func unknownFilter() {
        let run = ToolRun(["measures", "--implementer", "MLTT"])
        #expect(run.code == 2)
        #expect(
            run.errorOutput.hasPrefix("error: 'MLTT' is not a valid value for '--implementer'; did you mean 'MLLT'?"))
    }

    @Test("--help on the tool and on every command")
    func help() {
        let tool = ToolRun(["--help"])
        #expect(tool.code == 0)
        for command in ["gap", "validate", "measures", "summary", "diff", "rules"] {
            #expect(tool.output.contains("  \(command) "))
            let run = ToolRun([command, "--help"])
            #expect(run.code == 0)
            #expect(run.output.hasPrefix("OVERVIEW: "))
            #expect(run.output.contains("USAGE: climate-budget \(command)"))
            #expect(ToolRun(["help", command]).output == run.output)
        }
    }

    @Test("A budget folder that does not exist is an I/O error")
    func missingBudget() {
        let run = ToolRun(["gap", "--budget", "/nonexistent/budget"])
        #expect(run.code == 2)
        #expect(
            run.errorOutput
                == "error: /nonexistent/budget: the folder does not exist; check the path given with --budget\n")
    }

    @Test("Broken data files exit 1 with one line per problem")
    func brokenData() throws {
        let folder = try copyOfBundledBudget()
        try Data("{ \"id\": 99,".utf8).write(to: folder.appendingPathComponent("Measures/99-broken.json"))
        try Data("not a budget".utf8).write(to: folder.appendingPathComponent("Measures/notes.docx"))
        let run = ToolRun(
            ["validate", "--budget", "broken"],
            in: folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent))
        #expect(run.code == 2)
        let named = ToolRun(["gap", "--budget", folder.lastPathComponent], in: folder.deletingLastPathComponent())
        #expect(named.code == 1)
        // gap names each file that did not load, and withholds what a measure file that did not load could
        // change (the effect, measure pathway and gap); the reference and the targets are still shown.
        #expect(
            named.errorOutput.split(separator: "\n").map(String.init) == [
                "\(folder.lastPathComponent)/Measures/99-broken.json: error: line 1, column 12: the JSON is malformed (the file ends before the JSON is complete; a closing } or ] is missing); look for a missing comma, quote or bracket at or just before this place [malformed-json]",
                "\(folder.lastPathComponent)/Measures/notes.docx: error: not a JSON text file; measure files are UTF-8 text ending in .json, so move this file out of the folder or save it as JSON (UTF-8) [not-json]",
                "Withheld: the effect of the measures, the measure pathway and the gap, computed from data with the errors above. Fix them and run the command again.",
            ])
        #expect(named.output.contains("524 491  424 456  430 613  429 582  428 164  426 485\n"))
    }

    @Test("validate --format json prints the load problems and the findings of what did load")
    func validateJSONOnLoadFailure() throws {
        let folder = try copyOfBundledBudget()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Data/budget.json"))
        try Data("{ \"id\": 99,".utf8).write(to: folder.appendingPathComponent("Measures/99-broken.json"))
        let run = ToolRun(["validate", "--format", "json"], in: folder)
        #expect(run.code == 1)
        // 2 load problems + the 6 missing reporters, which need no settings; the rules that need the period
        // or the base year wait for Data/budget.json.
        #expect(
            run.output.hasPrefix(
                """
                {
                  "errors": 8,
                  "warnings": 0,
                  "notChecked": [
                    {
                      "rule": "missing-effect-year",
                      "needs": ["Data/budget.json"]
                    },
                """))
        #expect(
            run.output.contains(
                """
                    {
                      "severity": "error",
                      "rule": "missing-file",
                      "measure": null,
                      "file": "Data/budget.json",
                      "message": "file not found; every budget needs it (see the README's section on files)"
                    },
                    {
                      "severity": "error",
                      "rule": "malformed-json",
                      "measure": null,
                      "file": "Measures/99-broken.json",
                      "message": "line 1, column 12: the JSON is malformed (the file ends before the JSON is complete; a closing } or ] is missing); look for a missing comma, quote or bracket at or just before this place"
                    },
                """))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let skipped = try #require(object["notChecked"] as? [[String: Any]])
        #expect(
            skipped.map { $0["rule"] as? String } == [
                "missing-effect-year", "effect-after-period", "missing-reference-year", "actual-before-base-year",
                "missing-target", "cap-breaks-milestone",
                "milestone-increase", "target-rule-conflict", "target-rule-unreached", "sector-targets-sum",
                "printed-figure-differs",
                "carbon-budget-targets",
                // The financing's sums need the period; its ties to measures wait for the broken measure file.
                "financing-printed-differs", "financing-parts-sum", "financing-unknown-measure",
            ])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(
            findings.map { $0["rule"] as? String } == ["missing-file", "malformed-json"]
                + Array(repeating: "missing-reporter", count: 6))
        #expect(findings.map { $0["measure"] as? Int } == [nil, nil, 1, 7, 8, 11, 16, 20])
    }

    @Test("Findings name files as the user named the budget folder")
    func findingsPathsFollowBudgetOption() {
        let run = ToolRun(
            ["validate", "--budget", ToolRun.trondheim.lastPathComponent],
            in: ToolRun.trondheim.deletingLastPathComponent())
        #expect(
            run.output.hasPrefix(
                "\(ToolRun.trondheim.lastPathComponent)/Data/financing.json: error: lines[0].printedSum:"
            ))
    }

    @Test("An unknown option before any command says what the tool takes")
    func unknownToolOption() {
        let run = ToolRun(["--bogus"])
        #expect(run.code == 2)
        #expect(
            run.errorOutput
                == "error: unknown option '--bogus'; the tool itself takes only --help and --version. Run 'climate-budget --help' for the commands.\n"
        )
    }

    @Test("Swapped letters still get a suggestion")
    func swappedLetters() {
        #expect(ToolRun(["gpa"]).errorOutput.hasPrefix("error: unknown command 'gpa'; did you mean 'gap'?"))
    }
}
