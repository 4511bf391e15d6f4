import Foundation
import Testing

/// Runs the built `climate-budget` binary as a user would and checks its output and exit codes.
@Suite("The climate-budget binary, end to end")
struct EndToEndTests {
    /// The built binary: beside the test bundle (in `.build/<configuration>/`).
    static var binary: URL? {
        var candidates: [URL] = []
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("climate-budget"))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(ToolRun.packageRoot.appendingPathComponent(".build/debug/climate-budget"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Result {
        var output: String
        var errorOutput: String
        var code: Int32
    }

    func run(_ arguments: [String], in folder: URL = ToolRun.trondheim) throws -> Result {
        let binary = try #require(Self.binary, "the climate-budget binary was not built beside the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errorOutput = Pipe()
        process.standardOutput = output
        process.standardError = errorOutput
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errorOutput.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            output: String(decoding: out, as: UTF8.self), errorOutput: String(decoding: err, as: UTF8.self),
            code: process.terminationStatus)
    }

    @Test("gap --format json reproduces Tabell 7-1")
    func gapJSON() throws {
        let result = try run(["gap", "--format", "json"])
        #expect(result.code == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let years = try #require(object["years"] as? [[String: Any]])
        let byYear = Dictionary(uniqueKeysWithValues: years.map { ($0["year"] as! Int, $0) })
        let expected: [Int: (Int, Int, Int, Int, Int)] = [
            2022: (430613, 29300, 401313, 381472, 19841),
            2023: (429582, 34900, 394682, 367143, 27539),
            2024: (428164, 36500, 391664, 345793, 45871),
            2025: (426485, 39200, 387285, 324442, 62843),
        ]
        for (year, figures) in expected {
            let row = try #require(byYear[year])
            #expect(row["reference"] as? Int == figures.0)
            #expect(row["effect"] as? Int == figures.1)
            #expect(row["measurePathway"] as? Int == figures.2)
            #expect(row["target"] as? Int == figures.3)
            #expect(row["gap"] as? Int == figures.4)
        }
        #expect(byYear[2009]?["reference"] as? Int == 524491)
        #expect(byYear[2019]?["reference"] as? Int == 424456)
    }

    @Test("gap as text shows the printed percentages, in the budget's language (bokmål) or in --lang")
    func gapText() throws {
        let result = try run(["gap"])
        #expect(result.code == 0)
        #expect(
            result.output.contains(
                "  endring fra 2009                     0 %    -19 %    -18 %    -18 %    -18 %    -19 %\n"))
        #expect(
            result.output.contains(
                "  endring fra 2009                                     -27 %    -30 %    -34 %    -38 %\n"))
        let english = try run(["gap", "--lang", "en"])
        #expect(
            english.output.contains("  change vs 2009              0 %    -19 %    -18 %    -18 %    -18 %    -19 %\n"))
        #expect(
            english.output.contains("  change vs 2009                              -27 %    -30 %    -34 %    -38 %\n"))
    }

    @Test("validate exits 1 and names exactly measures 1, 7, 8, 11, 16 and 20")
    func validate() throws {
        let result = try run(["validate", "--format", "json"])
        #expect(result.code == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        // Tabell 7-6's three slips, then the six missing reporters.
        #expect(findings.map { $0["measure"] as? Int } == [nil, nil, nil, 1, 7, 8, 11, 16, 20])
        #expect(
            findings.dropFirst(3).allSatisfy {
                $0["severity"] as? String == "error" && $0["rule"] as? String == "missing-reporter"
            })
        #expect(findings.prefix(3).allSatisfy { $0["rule"] as? String == "financing-printed-differs" })
    }

    @Test("A valid budget validates with exit 0")
    func validBudget() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ClimateBudgetFilesTests/Fixtures/small-budget")
        let result = try run(["validate"], in: folder)
        #expect(result.code == 0)
        #expect(result.output == "No findings: 0 errors, 0 warnings in 2 measures.\n")
    }

    @Test(
        "Usage errors exit 2 with one line",
        arguments: [
            (
                ["gaps"],
                "error: unknown command 'gaps'; did you mean 'gap'? Run 'climate-budget --help' for the list of commands."
            ),
            (
                ["gap", "--fromat", "json"],
                "error: unknown option '--fromat' for 'gap'; did you mean '--format'? Run 'climate-budget gap --help' for its options."
            ),
            (
                ["validate", "--format", "csv"],
                "error: 'csv' is not a valid value for '--format'. Expected one of text, json, github, junit."
            ),
        ])
    func usageErrors(arguments: [String], message: String) throws {
        let result = try run(arguments)
        #expect(result.code == 2)
        #expect(result.errorOutput == message + "\n")
        #expect(result.output == "")
    }

    @Test("--version and --help")
    func versionAndHelp() throws {
        let version = try run(["--version"])
        #expect(version.code == 0)
        #expect(version.output == "climate-budget 0.1.0\n")
        let help = try run(["gap", "--help"])
        #expect(help.code == 0)
        #expect(help.output.contains("USAGE: climate-budget gap [--budget <DIR>] [--format <text|markdown|csv|json>]"))
    }
}
