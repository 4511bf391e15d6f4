import Foundation
import TestSupport
import Testing

@testable import ClimateBudgetCLI

/// Runs the tool in-process as the executable does (``CommandLineTool/runAsync(_:context:)``), so `overview` reads
/// its budgets concurrently, and captures what it prints.
struct ConcurrentToolRun {
    var output = ""
    var errorOutput = ""
    var code: Int32 = -1

    /// What the closures of the context write into.
    private final class Capture {
        var output = ""
        var errorOutput = ""
    }

    /// Runs in `folder`; `terminal` tells the command that standard error is a terminal.
    static func run(_ arguments: [String], in folder: URL, terminal: Bool = false) async -> ConcurrentToolRun {
        let capture = Capture()
        let context = CommandContext(
            workingDirectory: folder, output: { capture.output += $0 }, errorOutput: { capture.errorOutput += $0 },
            errorIsTerminal: terminal)
        let code = await CommandLineTool.runAsync(arguments, context: context)
        return ConcurrentToolRun(output: capture.output, errorOutput: capture.errorOutput, code: code)
    }
}

@Suite("overview: many budgets in one table")
struct OverviewCommandTests {
    /// A folder holding `county/`, which holds three budget folders:
    ///
    /// - `trondheim`: the frozen Trondheim 2022 fixture as it is.
    /// - `malvik`: the same, named "Malvik kommune", with measure 3's effect in 2025 raised by 10 000 t
    ///   (16 800 -> 26 800) and measure 1's reporter recorded (TT); without the printed figures, which it no longer
    ///   matches.
    /// - `stjordal`: the same without `Data/budget.json`, so it does not load.
    static func county() throws -> URL {
        let root = TemporaryFolders.url("overview")
        let county = root.appendingPathComponent("county")
        try FileManager.default.createDirectory(at: county, withIntermediateDirectories: true)
        for name in ["trondheim", "malvik", "stjordal"] {
            try FileManager.default.moveItem(at: try copyOfBundledBudget(), to: county.appendingPathComponent(name))
        }
        let malvik = county.appendingPathComponent("malvik")
        try replace(
            "\"Trondheim kommune\"", with: "\"Malvik kommune\"", in: malvik.appendingPathComponent("Data/budget.json"))
        try replace(
            "\"2025\": 16800", with: "\"2025\": 26800",
            in: malvik.appendingPathComponent("Measures/03-fossil-olje-gass-fjernvarme.json"))
        try replace(
            "\"reporter\": null", with: "\"reporter\": \"TT\"",
            in: malvik.appendingPathComponent("Measures/01-anleggsplass-egne-investeringsprosjekter.json"))
        try removePrintedFigures(from: malvik)
        try FileManager.default.removeItem(at: county.appendingPathComponent("stjordal/Data/budget.json"))
        return root
    }

    static func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    // The figures, by hand (base year 2009: 524 491 t; targets 2022 381 472 t (-27 %), 2025 324 442 t (-38 %)):
    //
    // Trondheim, as Tabell 7-1: effect 2025 39 200; measure pathway 2022 430 613 - 29 300 = 401 313 (-23 %), gap
    // 401 313 - 381 472 = 19 841, -23 - (-27) = 4 pp; 2025 426 485 - 39 200 = 387 285 (387 285 / 524 491 = 0.7384,
    // -26 %), gap 387 285 - 324 442 = 62 843, -26 - (-38) = 12 pp. Measures 1, 7, 8, 11, 16, 20 have no reporter:
    // 6, and 9 errors: 6 missing-reporter and the 3 printed figures of Tabell 7-6 the arithmetic contradicts
    // (financing-printed-differs: 49, 90 and 346), no warnings.
    //
    // Malvik: 2022 as Trondheim; effect 2025 39 200 + 10 000 = 49 200; measure pathway 426 485 - 49 200 = 377 285
    // (377 285 / 524 491 = 0.7193, -28 %), gap 377 285 - 324 442 = 52 843, -28 - (-38) = 10 pp. Measure 1 reports
    // now: 5 without a reporter, 5 + 3 = 8 errors.
    //
    // Totals over the two that load: base 2 x 524 491 = 1 048 982; effect 39 200 + 49 200 = 88 400; gap first
    // 2 x 19 841 = 39 682; gap last 62 843 + 52 843 = 115 686; 6 + 5 = 11 without a reporter, 9 + 8 = 17 errors.
    static let text = """
        Overview of 3 climate budgets (tCO2e)

        Folder                 Municipality       Base year  Base-year emissions  Period     Effect, last year  Gap, first year  Gap, last year  Pathway / target, last year  No reporter  Errors  Warnings
        county/malvik          Malvik kommune          2009              524 491  2022-2025             49 200    19 841 (4 pp)  52 843 (10 pp)                -28 % / -38 %            5       8         0
        county/trondheim       Trondheim kommune       2009              524 491  2022-2025             39 200    19 841 (4 pp)  62 843 (12 pp)                -26 % / -38 %            6       9         0
        county/stjordal        does not load
        Total (2 of 3 loaded)                                          1 048 982                        88 400           39 682         115 686                                        11      17         0

        Budgets that do not load:
          county/stjordal: county/stjordal/Data/budget.json: file not found; every budget needs it (see the README's section on files)

        Effect: the measures' summed effect in the period's last year. Gap: measure pathway minus target pathway in the period's first and last year, in tonnes and in percentage points of the base year's emissions. Pathway / target: the change against the base year the measure pathway reaches in the last year, and the change the target requires there. No reporter: measures without a reporting service area. Errors and warnings: the findings of 'climate-budget validate'. –: withheld for errors in the data, or not in the data.
        The total adds up the tonnes and counts shown for the budgets that load, each budget with its own years; base years, periods and percentages are not summed.

        """

    static let failure =
        "error: 1 of 3 budget(s) do not load; 2 budget(s) have validation errors (17 in all); run 'climate-budget validate --budget FOLDER' on each to see and fix them.\n"

    @Test("Two budgets that load and one that does not: all three rows, the totals, and exit 1")
    func text() async throws {
        let root = try Self.county()
        let run = await ConcurrentToolRun.run(["overview", "county", "--lang", "en"], in: root)
        #expect(run.code == 1)
        #expect(run.output == Self.text)
        #expect(run.errorOutput == Self.failure)
    }

    @Test("Without --lang the text is in bokmål; the figures are the same")
    func bokmal() async throws {
        let run = await ConcurrentToolRun.run(["overview", "county"], in: try Self.county())
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Oversikt over 3 klimabudsjetter (tonn CO2-ekv)")
        #expect(
            lines[4]
                == "county/trondheim     Trondheim kommune         2009                  524 491  2022-2025            39 200   19 841 (4 pp)  62 843 (12 pp)                -26 % / -38 %                  6     9          0"
        )
        #expect(lines[5] == "county/stjordal      lastes ikke")
        #expect(lines[6].hasPrefix("Sum (2 av 3 lastet)"))
    }

    @Test("JSON: every key of every budget, the load error and the totals")
    func json() async throws {
        let run = await ConcurrentToolRun.run(["overview", "county", "--format", "json"], in: try Self.county())
        #expect(run.code == 1)
        func budget(_ folder: String, _ municipality: String, _ figures: [Int]) -> String {
            """
                {
                  "folder": "\(folder)",
                  "municipality": "\(municipality)",
                  "baseYear": 2009,
                  "baseEmissions": 524491,
                  "period": {
                    "start": 2022,
                    "end": 2025
                  },
                  "effect": \(figures[0]),
                  "gapFirst": 19841,
                  "gapPointsFirst": 4,
                  "gapLast": \(figures[1]),
                  "gapPointsLast": \(figures[2]),
                  "measurePathwayChange": \(figures[3]),
                  "targetChange": -38,
                  "measuresWithoutReporter": \(figures[4]),
                  "errors": \(figures[5]),
                  "warnings": 0,
                  "loadError": null
                },

            """
        }
        let expected =
            "{\n  \"budgets\": [\n"
            + budget("county/malvik", "Malvik kommune", [49200, 52843, 10, -28, 5, 8])
            + budget("county/trondheim", "Trondheim kommune", [39200, 62843, 12, -26, 6, 9])
                + """
                    {
                      "folder": "county/stjordal",
                      "municipality": null,
                      "baseYear": null,
                      "baseEmissions": null,
                      "period": null,
                      "effect": null,
                      "gapFirst": null,
                      "gapPointsFirst": null,
                      "gapLast": null,
                      "gapPointsLast": null,
                      "measurePathwayChange": null,
                      "targetChange": null,
                      "measuresWithoutReporter": null,
                      "errors": null,
                      "warnings": null,
                      "loadError": {
                        "code": "missing-file",
                        "file": "county/stjordal/Data/budget.json",
                        "message": "file not found; every budget needs it (see the README's section on files)",
                        "more": 0
                      }
                    }
                  ],
                  "totals": {
                    "budgets": 3,
                    "loaded": 2,
                    "failed": 1,
                    "baseEmissions": 1048982,
                    "effect": 88400,
                    "gapFirst": 39682,
                    "gapLast": 115686,
                    "measuresWithoutReporter": 11,
                    "errors": 17,
                    "warnings": 0
                  }
                }

                """
        #expect(run.output == expected)
    }

    @Test("CSV: the header and one row per budget, the load error in its own columns, no total row")
    func csv() async throws {
        let run = await ConcurrentToolRun.run(["overview", "county", "--format", "csv"], in: try Self.county())
        #expect(
            run.output == """
                folder,municipality,baseYear,baseEmissions,periodStart,periodEnd,effect,gapFirst,gapPointsFirst,gapLast,gapPointsLast,measurePathwayChange,targetChange,measuresWithoutReporter,errors,warnings,loadErrorCode,loadErrorFile,loadErrorMessage
                county/malvik,Malvik kommune,2009,524491,2022,2025,49200,19841,4,52843,10,-28,-38,5,8,0,,,
                county/trondheim,Trondheim kommune,2009,524491,2022,2025,39200,19841,4,62843,12,-26,-38,6,9,0,,,
                county/stjordal,,,,,,,,,,,,,,,,missing-file,county/stjordal/Data/budget.json,file not found; every budget needs it (see the README's section on files)

                """)
    }

    @Test("Markdown: the table with the total row, the budget that does not load as a list item")
    func markdown() async throws {
        let run = await ConcurrentToolRun.run(
            ["overview", "county", "--format", "markdown", "--lang", "en"], in: try Self.county())
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "### Overview of 3 climate budgets (tCO2e)")
        #expect(
            lines[2]
                == "| Folder | Municipality | Base year | Base-year emissions | Period | Effect, last year | Gap, first year | Gap, last year | Pathway / target, last year | No reporter | Errors | Warnings |"
        )
        #expect(lines[3] == "| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        #expect(
            lines[4]
                == "| county/malvik | Malvik kommune | 2009 | 524 491 | 2022-2025 | 49 200 | 19 841 (4 pp) | 52 843 (10 pp) | -28 % / -38 % | 5 | 8 | 0 |"
        )
        #expect(lines[6] == "| county/stjordal | does not load |  |  |  |  |  |  |  |  |  |  |")
        #expect(
            lines[7] == "| Total (2 of 3 loaded) |  |  | 1 048 982 |  | 88 400 | 39 682 | 115 686 |  | 11 | 17 | 0 |")
        #expect(
            lines[11]
                == "- county/stjordal: county/stjordal/Data/budget.json: file not found; every budget needs it (see the README's section on files)"
        )
    }

    @Test("HTML: the page in bokmål by default, every row, the failed one spanning the table, and the chart's gaps")
    func html() async throws {
        let run = await ConcurrentToolRun.run(["overview", "county", "--format", "html"], in: try Self.county())
        #expect(run.code == 1)
        let html = run.output
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nb\">"))
        #expect(html.contains("<h1>Klimabudsjettene: oversikt</h1>"))
        // 52 843 + 62 843 = 115 686, with a no-break space.
        #expect(
            html.contains(
                "<p class=\"headline\">I periodens siste år mangler 2 av 2 budsjetter kutt: samlet gap 115\u{00A0}686 tonn CO2-ekv.</p>"
            ))
        #expect(html.contains("<td class=\"num\">62\u{00A0}843 (12\u{00A0}pp)</td>"))
        #expect(html.contains("<td class=\"num\">−26\u{00A0}% / −38\u{00A0}%</td>"))
        #expect(
            html.contains(
                "<tr class=\"failed\"><td>county/stjordal</td><td colspan=\"11\"><strong>lastes ikke</strong>: county/stjordal/Data/budget.json: file not found;"
            ))
        #expect(html.contains("data-label=\"Malvik kommune\" data-first=\"4\" data-second=\"10\""))
        #expect(html.contains("data-label=\"Trondheim kommune\" data-first=\"4\" data-second=\"12\""))
        #expect(html.contains("<p class=\"note\">Uten gap i diagrammet: county/stjordal.</p>"))
        for language in ["nn", "en"] {
            let other = await ConcurrentToolRun.run(
                ["overview", "county", "--format", "html", "--lang", language], in: try Self.county())
            #expect(other.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\">"))
        }
    }

    @Test(
        "--sort orders by a column, budgets without the figure last; --descending turns it round",
        arguments: [
            (["--sort", "gap-last"], ["county/malvik", "county/trondheim", "county/stjordal"]),
            (["--sort", "gap-last", "--descending"], ["county/trondheim", "county/malvik", "county/stjordal"]),
            (["--sort", "folder"], ["county/malvik", "county/stjordal", "county/trondheim"]),
            (["--sort", "folder", "--descending"], ["county/trondheim", "county/stjordal", "county/malvik"]),
            (["--sort", "without-reporter"], ["county/malvik", "county/trondheim", "county/stjordal"]),
            (["--sort", "municipality", "--descending"], ["county/trondheim", "county/malvik", "county/stjordal"]),
            // Equal gaps in the first year: by municipality.
            (["--sort", "gap-first", "--descending"], ["county/malvik", "county/trondheim", "county/stjordal"]),
        ])
    func sorting(options: [String], folders: [String]) async throws {
        let run = await ConcurrentToolRun.run(
            ["overview", "county", "--format", "csv"] + options, in: try Self.county())
        let shown = run.output.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(shown == folders)
    }

    @Test("An unknown sort column is a usage error that lists the columns")
    func unknownColumn() async throws {
        let run = await ConcurrentToolRun.run(["overview", "county", "--sort", "gap-lst"], in: try Self.county())
        #expect(run.code == 2)
        #expect(
            run.errorOutput
                == "error: 'gap-lst' is not a valid value for '--sort'; did you mean 'gap-last'? Expected one of municipality, folder, base-year, base-emissions, period, effect, gap-first, gap-last, gap-points-first, gap-points-last, pathway-change, target-change, without-reporter, errors, warnings.\n"
        )
    }

    @Test("The budget folders named one by one, a folder of folders, and a folder above it give the same rows")
    func folders() async throws {
        let root = try Self.county()
        let named = await ConcurrentToolRun.run(
            ["overview", "county/trondheim", "county/stjordal", "county/malvik", "--lang", "en"], in: root)
        #expect(named.output == Self.text)
        #expect(named.code == 1)
        // Searched down from the folder above; a folder named twice is read once.
        let above = await ConcurrentToolRun.run(["overview", ".", "county/malvik", "--lang", "en"], in: root)
        #expect(above.output == Self.text)
        let absolute = await ConcurrentToolRun.run(
            ["overview", root.appendingPathComponent("county").path, "--format", "csv"], in: root)
        #expect(absolute.output.split(separator: "\n").count == 4)
        #expect(absolute.output.contains("\n\(root.path)/county/malvik,Malvik kommune,"))
    }

    @Test("Without the Swift concurrency caller (the synchronous API) the output is the same")
    func sequential() throws {
        let root = try Self.county()
        let run = ToolRun(["overview", "county", "--lang", "en"], in: root)
        #expect(run.output == Self.text)
        #expect(run.code == 1)
    }

    @Test("Every budget loads without errors: exit 0 and nothing on standard error")
    func success() async throws {
        let root = try Self.county()
        let malvik = root.appendingPathComponent("county/malvik/Measures")
        // The five measures without a reporter get theirs: 7 (TT/Helse), 8 (ALLE), 11, 16 (MLLT/ST) and 20 (ET/TT).
        for file in try FileManager.default.contentsOfDirectory(atPath: malvik.path) {
            let url = malvik.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.contains("\"reporter\": null") {
                try text.replacingOccurrences(of: "\"reporter\": null", with: "\"reporter\": \"MLLT\"")
                    .write(to: url, atomically: true, encoding: .utf8)
            }
        }
        // And without Data/financing.json (optional) the budget has none of Tabell 7-6's three printed slips.
        try FileManager.default.removeItem(at: root.appendingPathComponent("county/malvik/Data/financing.json"))
        let run = await ConcurrentToolRun.run(["overview", "county/malvik", "--format", "csv"], in: root)
        #expect(run.code == 0)
        #expect(run.errorOutput == "")
        #expect(
            run.output.hasSuffix(
                "\ncounty/malvik,Malvik kommune,2009,524491,2022,2025,49200,19841,4,52843,10,-28,-38,0,0,0,,,\n"))
    }

    @Test("A figure that gap withholds is withheld here too: shown as –, empty in CSV, adding nothing to the total")
    func withheld() async throws {
        let root = try Self.county()
        let trondheim = root.appendingPathComponent("county/trondheim")
        try removePrintedFigures(from: trondheim)
        // A negative effect for 2025 is an error that withholds the effect, measure pathway and gap of 2025; the
        // 2022 gap (19 841 t, 4 pp) and the 2025 target (-38 %) stand. 6 + 3 (Tabell 7-6) + 1 = 10 errors.
        try Self.replace(
            "\"2025\": 16800", with: "\"2025\": -16800",
            in: trondheim.appendingPathComponent("Measures/03-fossil-olje-gass-fjernvarme.json"))
        let run = await ConcurrentToolRun.run(["overview", "county/trondheim", "--lang", "en"], in: root)
        #expect(run.code == 1)
        let lines = run.output.split(separator: "\n")
        #expect(
            lines[2]
                == "county/trondheim       Trondheim kommune       2009              524 491  2022-2025                  –    19 841 (4 pp)               –                    – / -38 %            6      10         0"
        )
        #expect(
            lines[3]
                == "Total (1 of 1 loaded)                                            524 491                             0           19 841               0                                         6      10         0"
        )
        let csv = await ConcurrentToolRun.run(["overview", "county/trondheim", "--format", "csv"], in: root)
        #expect(
            csv.output.hasSuffix(
                "\ncounty/trondheim,Trondheim kommune,2009,524491,2022,2025,,19841,4,,,,-38,6,10,0,,,\n"))
    }

    @Test("On a terminal a progress line counts the budgets on standard error, and is cleared at the end")
    func progressOnTerminal() async throws {
        let run = await ConcurrentToolRun.run(["overview", "county"], in: try Self.county(), terminal: true)
        #expect(run.errorOutput == "\r1/3 budgets\r2/3 budgets\r3/3 budgets\r\u{1B}[K" + Self.failure)
    }

    @Test("Piped, the binary writes no progress line: standard error holds the one error line")
    func noProgressWhenPiped() throws {
        let root = try Self.county()
        let run = try EndToEndTests().run(["overview", "county", "--lang", "en"], in: root)
        #expect(run.code == 1)
        #expect(run.output == Self.text)
        #expect(run.errorOutput == Self.failure)
    }

    @Test(
        "Usage problems exit 2: no folder, a folder that does not exist, a folder without budget folders",
        arguments: [
            ([], "error: 'overview' needs at least one DIR; run 'climate-budget overview --help' for its usage\n"),
            (
                ["nowhere"],
                "error: DIR 'nowhere' cannot be used: expected a budget folder or a folder holding budget folders, and there is no folder by that name\n"
            ),
            (
                ["county/stjordal/Measures"],
                "error: DIR 'county/stjordal/Measures' cannot be used: expected a budget folder (with Data/ and Measures/) or a folder holding budget folders, and none of its folders is one\n"
            ),
        ])
    func usage(arguments: [String], message: String) async throws {
        let run = await ConcurrentToolRun.run(["overview"] + arguments, in: try Self.county())
        #expect(run.code == 2)
        #expect(run.output == "")
        #expect(run.errorOutput == message)
    }
}
