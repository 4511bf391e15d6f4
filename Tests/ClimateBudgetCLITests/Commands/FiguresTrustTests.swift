import Foundation
import Testing

/// Figures anyone can check by hand (issue 9, items 2 to 5): withheld where their data has errors, whole tonnes
/// that add up as printed in every format, every tonne in the breakdown, 0 % change in the base year.
@Suite("Figures anyone can check by hand")
struct FiguresTrustTests {
    /// A copy of the Trondheim fixture with one text replaced in one file (and so no longer the printed budget).
    func budget(replacing text: String, with replacement: String, in file: String) throws -> URL {
        let folder = try copyOfBundledBudget()
        try removePrintedFigures(from: folder)
        let url = folder.appendingPathComponent(file)
        let contents = try String(contentsOf: url, encoding: .utf8)
        #expect(contents.contains(text), "the fixture's \(file) no longer contains \(text)")
        try Data(contents.replacingOccurrences(of: text, with: replacement).utf8).write(to: url)
        return folder
    }

    @Test("A missing effect year withholds that year's effect, measure pathway and gap; the rest is shown")
    func missingEffectYearWithholdsWhatReadsTheEffects() throws {
        let folder = try budget(
            replacing: "\"2024\": 500, ", with: "", in: "Measures/07-fossile-drivstoff-tyngre-kjoretoy.json")
        let run = ToolRun(["gap", "--lang", "en"], in: folder)
        #expect(run.code == 1)
        #expect(
            run.output == """
                Trondheim kommune, Klimabudsjett 2022: emission budget 2022-2025 (tCO2e)

                                                                2009     2019     2022     2023     2024     2025
                Reference pathway                            524 491  424 456  430 613  429 582  428 164  426 485
                  change vs 2009                                 0 %    -19 %    -18 %    -18 %    -18 %    -19 %
                Effect of measures (withheld in 2024)                           29 300   34 900            39 200
                Measure pathway (withheld in 2024)                             401 313  394 682           387 285
                  change vs 2009                                                 -23 %    -25 %             -26 %
                Target pathway (cap)                                           381 472  367 143  345 793  324 442
                  change vs 2009                                                 -27 %    -30 %    -34 %    -38 %
                Gap: further cuts needed (withheld in 2024)                     19 841   27 539            62 843
                  in percentage points                                            4 pp     5 pp             12 pp

                Withheld: the effect of the measures in 2024, the measure pathway in 2024 and the gap in 2024, computed from data with errors in Measures/07-fossile-drivstoff-tyngre-kjoretoy.json [missing-effect-year]; run 'climate-budget validate'.
                Over 2022-2025: reference 1 714 844, target 1 418 850 tonnes; the cumulative gap is withheld.
                Reference: the inventory for 2009 and 2019; given in Data/reference.csv for 2022, 2023, 2024 and 2025.
                Targets for 2022, 2023, 2024, 2025 are explicit caps from Data/target-caps.csv.

                """)
        #expect(
            run.errorOutput == """
                Measures/07-fossile-drivstoff-tyngre-kjoretoy.json: error: measure 7: effect has no figure for 2024; a quantified measure needs a yearly reduction in tonnes for every year 2022-2025 (write 0 if there is none) [missing-effect-year]
                Withheld: the effect of the measures in 2024, the measure pathway in 2024 and the gap in 2024, computed from data with the errors above. Fix them and run the command again.

                """)
    }

    @Test("Mid-round, after roll: the new year is withheld until its figures are in, every other year is shown")
    func afterRollTheNewYearIsWithheld() throws {
        let folder = try copyOfBundledBudget()
        #expect(ToolRun(["roll", "--period", "2023-2026", "--write"], in: folder).code == 0)
        let run = ToolRun(["gap", "--lang", "en"], in: folder)
        #expect(run.code == 1)
        let lines = run.output.components(separatedBy: "\n")
        try #require(lines.count > 10, "gap printed no table: \(run.errorOutput)")
        // 2026 has no reference row and no effects yet; its target is interpolated between the milestones
        // 2023 (-30 %) and 2030 (-80 %): 367 143.7 + (104 898.2 - 367 143.7) x 3/7 = 254 752.8, so 254 753.
        #expect(
            lines[3]
                == "Reference pathway (withheld in 2026)         524 491  424 456  430 613  429 582  428 164  426 485")
        #expect(
            lines[5]
                == "Effect of measures (withheld in 2026)                                    34 900   36 500   39 200")
        #expect(
            lines[8]
                == "Target pathway (cap)                                           381 472  367 143  345 793  324 442  254 753"
        )
        #expect(
            lines[10]
                == "Gap: further cuts needed (withheld in 2026)                              27 539   45 871   62 843")
        // 2023-2025 as before (5, 9, 12); 2026's gap is withheld, so are its points (its target alone is −51 %).
        #expect(
            lines[11]
                == "  in percentage points                                                     5 pp     9 pp    12 pp")
    }

    @Test("Mid-round, after roll: importing the new year's effects previews the new year's figures")
    func importAfterRollPreviewsTheNewYear() throws {
        let folder = try copyOfBundledBudget()
        #expect(ToolRun(["roll", "--period", "2023-2026", "--write"], in: folder).code == 0)
        let reference = folder.appendingPathComponent("Data/reference.csv")
        try Data((try String(contentsOf: reference, encoding: .utf8) + "2026,425000\n").utf8).write(to: reference)
        let sheet =
            "id;2026\r\n1;6000\r\n2;1900\r\n3;16800\r\n4;2100\r\n5;700\r\n6;5100\r\n7;600\r\n8;600\r\n9;2000\r\n10;3400\r\n"
        try Data(sheet.utf8).write(to: folder.appendingPathComponent("s.csv"))
        let run = ToolRun(["import", "s.csv"], in: folder)
        #expect(run.code == 0)
        // 2026: effect 6 000 + 1 900 + 16 800 + 2 100 + 700 + 5 100 + 600 + 600 + 2 000 + 3 400 = 39 200;
        // 425 000 - 39 200 = 385 800; the target interpolated between 2a and 5 is 254 753; 385 800 - 254 753 = 131 047.
        #expect(run.output.contains("\n2026    425 000  254 753  (none) → 385 800  (none) → 131 047\n"))
        #expect(!run.output.contains("not compared"))
    }

    @Test("The council summary refuses a budget whose figures would be withheld, and says nothing was written")
    func summarySaysNothingWasWritten() throws {
        let folder = try budget(
            replacing: "\"2024\": 500, ", with: "", in: "Measures/07-fossile-drivstoff-tyngre-kjoretoy.json")
        let run = ToolRun(["summary", "--output", "s.html"], in: folder)
        #expect(run.code == 1)
        #expect(
            run.errorOutput.hasSuffix(
                "so none are shown. Fix them and run the command again.\nNo summary was written.\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.html").path))
    }

    @Test("A rejected column in target-caps.csv withholds the target and the gap instead of driving them")
    func rejectedCapsColumnWithholdsTarget() throws {
        // year,percent instead of year,percentChange: the column is not a sector, and the tool cannot know what it
        // means. Read as caps it would make the target 44 t in 2025 (−100 % against 2009).
        let folder = try budget(
            replacing: "year,total\n2022,381472\n2023,367143\n2024,345793\n2025,324442",
            with: "year,percent\n2022,27\n2023,30\n2024,34\n2025,44", in: "Data/target-caps.csv")
        let run = ToolRun(["gap", "--lang", "en"], in: folder)
        #expect(run.code == 1)
        let lines = run.output.components(separatedBy: "\n")
        try #require(lines.count > 10, "gap printed no table: \(run.errorOutput)")
        #expect(lines[5] == "Effect of measures                                      29 300   34 900   36 500   39 200")
        #expect(lines[6] == "Measure pathway                                        401 313  394 682  391 664  387 285")
        #expect(lines[8] == "Target pathway (cap) (withheld)")
        #expect(lines[9] == "  change vs 2009")
        #expect(lines[10] == "Gap: further cuts needed (withheld)")
        #expect(lines[11] == "  in percentage points")
        #expect(!run.output.contains("-100 %") && !run.output.contains(" 44 "))
        #expect(
            run.errorOutput.hasPrefix(
                "Data/target-caps.csv: error: the column \"percent\" is not a known sector."))
        #expect(
            run.errorOutput.hasSuffix(
                "Withheld: the target pathway and the gap, computed from data with the errors above. Fix them and run the command again.\n"
            ))
        #expect(!run.errorOutput.contains("do not change these figures"))
        let json = ToolRun(["gap", "--format", "json"], in: folder)
        #expect(json.code == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let withheld = try #require(object["withheld"] as? [[String: Any]])
        // The JSON also has the sector tables, which read the caps' sector columns.
        #expect(withheld.map { $0["figure"] as? String } == ["target", "gap", "sectorBreakdown"])
        let years = try #require(object["years"] as? [[String: Any]])
        #expect(years.allSatisfy { $0["target"] is NSNull && $0["gap"] is NSNull })
    }

    @Test("An unknown sector on a measure withholds nothing: the breakdown has an unknown-sector entry")
    func unknownSectorKeepsTotals() throws {
        let folder = try budget(
            replacing: "\"sector\": \"veitrafikk\"", with: "\"sector\": \"veitrafik\"",
            in: "Measures/06-fossilfri-kollektivtrafikk-buss.json")
        let run = ToolRun(["gap", "--format", "json"], in: folder)
        #expect(run.code == 0)
        #expect(
            run.errorOutput
                == "note: validation reports 10 error(s) and 0 warning(s) that do not change these figures; run 'climate-budget validate' to see them.\n"
        )
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let entries = try #require(object["effectBySector"] as? [[String: Any]])
        let unknown = try #require(entries.last)
        #expect(unknown["sector"] is NSNull)
        #expect(unknown["name"] as? String == "Unknown sector")
        #expect((unknown["effect"] as? [String: Int]) == ["2022": 5100, "2023": 5100, "2024": 5100, "2025": 5100])
        // Every tonne is in one entry: 2022 sums to Tabell 7-2's 29 300 (24 200 in known sectors + 5 100).
        let sum2022 = entries.compactMap { ($0["effect"] as? [String: Int])?["2022"] }.reduce(0, +)
        #expect(sum2022 == 29300)
    }

    @Test("A measure effect of 400.5 t: every format adds up as printed (measure 7 in 2022: 400 → 400.5)")
    func halfTonneAddsUpEverywhere() throws {
        let folder = try budget(
            replacing: "\"2022\": 400, \"2023\": 500", with: "\"2022\": 400.5, \"2023\": 500",
            in: "Measures/07-fossile-drivstoff-tyngre-kjoretoy.json")
        // 400.5 enters in whole tonnes as 401: effect 29 301; 430 613 − 29 301 = 401 312; 401 312 − 381 472 = 19 840.
        // Sums over 2022-2025: effect 139 900 + 1 = 139 901, pathway 1 574 944 − 1 = 1 574 943, gap 156 094 − 1 = 156 093.
        let text = ToolRun(["gap", "--lang", "en"], in: folder)
        #expect(text.code == 0)
        #expect(
            text.output.contains("Effect of measures                           29 301   34 900   36 500   39 200\n"))
        #expect(
            text.output.contains("Measure pathway                             401 312  394 682  391 664  387 285\n"))
        #expect(
            text.output.contains("Gap: further cuts needed                     19 840   27 539   45 871   62 843\n"))
        #expect(
            text.output.contains("measure pathway 1 574 943, target 1 418 850 tonnes; cumulative gap 156 093 tonnes."))
        let markdown = ToolRun(["gap", "--format", "markdown", "--lang", "en"], in: folder).output
        #expect(markdown.contains("| Effect of measures |  |  | 29 301 | 34 900 | 36 500 | 39 200 |"))
        #expect(markdown.contains("| Measure pathway |  |  | 401 312 | 394 682 | 391 664 | 387 285 |"))
        let csv = ToolRun(["gap", "--format", "csv"], in: folder).output
        // 401 312 is −23.48 % (−23), the target −27 %: still 4 points.
        #expect(csv.contains("\n2022,430613,-18,29301,401312,-23,381472,-27,explicit,19840,4\n"))
        let json = ToolRun(["gap", "--format", "json"], in: folder).output
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let row = try #require((object["years"] as? [[String: Any]])?.first { $0["year"] as? Int == 2022 })
        #expect(
            row["effect"] as? Int == 29301 && row["measurePathway"] as? Int == 401312 && row["gap"] as? Int == 19840)
        let cumulative = try #require(object["cumulative"] as? [String: Any])
        #expect(cumulative["effect"] as? Int == 139901 && cumulative["gap"] as? Int == 156093)
        // The measure itself keeps the precision it was given in.
        let measures = ToolRun(["measures", "--format", "json"], in: folder).output
        #expect(measures.contains("\"2022\": 400.5"))
    }

    @Test("A measure effect of 400.5 t: the council summary's tables add up as printed")
    func halfTonneAddsUpInSummary() throws {
        let folder = try budget(
            replacing: "\"2022\": 400, \"2023\": 500", with: "\"2022\": 400.5, \"2023\": 500",
            in: "Measures/07-fossile-drivstoff-tyngre-kjoretoy.json")
        let run = ToolRun(["summary", "--format", "markdown", "--output", "s.md", "--lang", "en"], in: folder)
        #expect(run.code == 0)
        let markdown = try String(contentsOf: folder.appendingPathComponent("s.md"), encoding: .utf8)
        // Tabell 7-1: 430 613 − 29 301 = 401 312.
        #expect(markdown.contains("| Effect of the measures |  |  | 29,301 | 34,900 | 36,500 | 39,200 |\n"))
        #expect(markdown.contains("| Measure pathway |  |  | 401,312 | 394,682 | 391,664 | 387,285 |\n"))
        // The measure's row in whole tonnes (401), its sum 401 + 500 + 500 + 600 = 2 001, and the total row
        // 29 301 + 34 900 + 36 500 + 39 200 = 139 901, equal to the sum of the rows as printed.
        #expect(
            markdown.contains(
                "| 7 | Utfasing av fossile drivstoff i egen virksomhet - tyngre kjøretøy og maskiner | 401 | 500 | 500 | 600 | 2,001 |\n"
            ))
        #expect(markdown.contains("|  | Total | 29,301 | 34,900 | 36,500 | 39,200 | 139,901 |\n"))
    }

    @Test("The base year's change is 0 % in every format")
    func baseYearChangeIsZero() throws {
        #expect(ToolRun(["gap", "--lang", "en"]).output.contains("  change vs 2009              0 %    -19 %"))
        #expect(
            ToolRun(["gap", "--format", "markdown", "--lang", "en"]).output.contains("| change vs 2009 | 0 % | -19 % |")
        )
        #expect(ToolRun(["gap", "--format", "csv"]).output.contains("\n2009,524491,0,"))
        let json = ToolRun(["gap", "--format", "json"]).output
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let row = try #require((object["years"] as? [[String: Any]])?.first { $0["year"] as? Int == 2009 })
        #expect(row["referenceChange"] as? Int == 0)
    }
}

/// The command line, not the file layer, names the options (issue 10, item 11).
@Suite("Layers keep to themselves")
struct LayerMessageTests {
    @Test("JUnit's passed cases for the data-file rules name the budget's own file, under --budget")
    func junitNamesBudgetFiles() throws {
        let folder = try copyOfBundledBudget()
        let name = folder.lastPathComponent
        let run = ToolRun(["validate", "--format", "junit", "--budget", name], in: folder.deletingLastPathComponent())
        #expect(
            run.output.contains(
                "<testcase classname=\"missing-reference-year\" name=\"budget\" file=\"\(name)/Data/reference.csv\"></testcase>"
            ))
        #expect(!run.output.contains("file=\"Data/\""))
        // The caps rules name the caps file, as their findings do.
        #expect(
            run.output.contains(
                "<testcase classname=\"missing-target\" name=\"budget\" file=\"\(name)/Data/target-caps.csv\"></testcase>"
            ))
    }

    @Test("status without reports names the settings file under --budget")
    func statusNamesSettingsFile() throws {
        let folder = try copyOfBundledBudget()
        let run = ToolRun(["status", "--budget", folder.lastPathComponent], in: folder.deletingLastPathComponent())
        #expect(
            run.output.hasPrefix(
                "No status reports yet, and no reporting period set in \(folder.lastPathComponent)/Data/budget.json.\n")
        )
    }
}
