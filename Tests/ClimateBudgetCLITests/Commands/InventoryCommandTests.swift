import ClimateBudget
import ClimateBudgetFiles
import Foundation
import Testing

@testable import ClimateBudgetCLI

/// `climate-budget inventory` (issue 13): what a new release changes in the reference history.
@Suite("inventory")
struct InventoryCommandTests {
    /// A budget made by `init` from the CSV sample, in `folder/budsjett`, with the sample beside it as `utslipp.csv`.
    static func budget() throws -> (folder: URL, budget: URL) {
        let folder = try folderWithStatistics("utslipp-eksempel-Eksempelvik.csv", as: "utslipp.csv")
        let run = ToolRun(
            [
                "init", "budsjett", "--inventory", "utslipp.csv", "--municipality", "Eksempelvik", "--target",
                "2030=-80%",
            ],
            in: folder)
        precondition(run.code == 0, run.errorOutput)
        return (folder, folder.appendingPathComponent("budsjett"))
    }

    /// The sample as a later release: Personbiler's CO2 in 2019 recalculated from 1 428.2 to 2 000.0 t, and 2025
    /// added with 2024's rows; with `rename`, the fluorgas sector under its earlier name.
    static func release(in folder: URL, renameFluorgas: Bool = false) throws {
        let sample = try String(
            contentsOf: folder.appendingPathComponent("utslipp.csv"), encoding: .utf8)
        var lines = sample.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        lines = lines.map { line in
            var line =
                line == "2019;Veitrafikk;Personbiler;CO2;1428,2" ? "2019;Veitrafikk;Personbiler;CO2;2000,0" : line
            if renameFluorgas {
                line = line.replacingOccurrences(
                    of: ";produkter med fluorgasser;", with: ";Bruk av produkter med fluorgasser;")
            }
            return line
        }
        lines += lines.filter { $0.hasPrefix("2024;") }.map { "2025" + $0.dropFirst(4) }
        try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: folder.appendingPathComponent("ny.csv"))
    }

    @Test("The same release changes nothing")
    func sameRelease() throws {
        let (_, budget) = try Self.budget()
        let run = ToolRun(["inventory", "../utslipp.csv"], in: budget)
        #expect(run.code == 0 && run.errorOutput == "")
        #expect(
            run.output.hasPrefix(
                "Eksempelvik in ../utslipp.csv (2009, 2011, 2013, 2015-2024) against Data/reference.csv, year by year:\n\nannen-mobil-forbrenning (Annen mobil forbrenning)\n  2009  574.5   unchanged\n"
            ))
        #expect(
            run.output.hasSuffix(
                "  2024  27 565.6   unchanged\n\nNo changes: the reference history is the release's.\n"))
        // 11 series (10 sectors and the total), 13 years each; 11 × 14 = 154 figures with 2025 below.
        #expect(run.output.components(separatedBy: "unchanged\n").count - 1 == 11 * 13)
    }

    @Test("A new release: every changed and new year, old → new; --write updates the reference and the last year")
    func newRelease() throws {
        let (folder, budget) = try Self.budget()
        try Self.release(in: folder)
        let referenceBefore = try String(
            contentsOf: budget.appendingPathComponent("Data/reference.csv"), encoding: .utf8)
        let run = ToolRun(["inventory", "../ny.csv"], in: budget)
        #expect(run.code == 0 && run.errorOutput == "")
        // Veitrafikk 2019: 8 803.9 + (2 000.0 − 1 428.2) = 9 375.7; the total 30 192.5 + 571.8 = 30 764.3.
        #expect(
            run.output.contains(
                """
                veitrafikk (Veitrafikk)
                  2009  10 153.9   unchanged
                """))
        #expect(run.output.contains("  2019   8 803.9 → 9 375.7   +571.8\n"))
        #expect(run.output.contains("  2025         – → 8 539.9   new\n"))
        #expect(
            run.output.hasSuffix(
                """
                  2019  30 192.5 → 30 764.3  +571.8
                  2020  25 534.8   unchanged
                  2021  29 225.2   unchanged
                  2022    29 134   unchanged
                  2023  29 112.3   unchanged
                  2024  27 565.6   unchanged
                  2025         – → 27 565.6  new

                2 figure(s) change, 11 are new, 141 are unchanged.
                The release's last year is 2025: lastHistoricalYear in Data/budget.json 2024 → 2025.
                Nothing written; run again with --write to update Data/reference.csv and Data/budget.json.

                """))
        #expect(
            try String(contentsOf: budget.appendingPathComponent("Data/reference.csv"), encoding: .utf8)
                == referenceBefore)

        let write = ToolRun(["inventory", "../ny.csv", "--write"], in: budget)
        #expect(write.code == 0)
        #expect(write.output.hasSuffix("Wrote Data/reference.csv and Data/budget.json.\n"))
        let reference = try String(contentsOf: budget.appendingPathComponent("Data/reference.csv"), encoding: .utf8)
        let lines = reference.split(separator: "\n")
        #expect(lines.count == 15)
        #expect(lines[8] == "2019,30764.3,492.9,3807.3,1205.6,5530.7,2419.2,4144.3,1815.2,1446.5,526.9,9375.7")
        #expect(lines[14] == "2025,27565.6,478.5,3687.6,1095.1,4826.7,2326,4157,647.6,1328.1,479.1,8539.9")
        #expect(lines[13] == "2024,27565.6,478.5,3687.6,1095.1,4826.7,2326,4157,647.6,1328.1,479.1,8539.9")
        let loaded = try BudgetLoader.load(from: budget)
        #expect(loaded.reference.lastHistoricalYear == 2025)
        #expect(ToolRun(["validate"], in: budget).code == 0)
        #expect(
            ToolRun(["inventory", "../ny.csv"], in: budget).output.hasSuffix(
                "No changes: the reference history is the release's.\n"))
    }

    @Test("The fluorgas sector under its earlier name is the same sector")
    func fluorgasRenamed() throws {
        let (folder, budget) = try Self.budget()
        try Self.release(in: folder, renameFluorgas: true)
        let run = ToolRun(["inventory", "../ny.csv"], in: budget)
        #expect(run.code == 0)
        #expect(
            run.output.contains(
                "produkter-med-fluorgasser (produkter med fluorgasser), from Bruk av produkter med fluorgasser\n  2009        0   unchanged\n"
            ))
        #expect(run.output.contains("2 figure(s) change, 11 are new, 141 are unchanged.\n"))
    }

    @Test("Sectors map by publishedNames; a budget sector the release lacks stops the write, and says what to do")
    func publishedNames() throws {
        let (folder, budget) = try Self.budget()
        try Self.release(in: folder)
        let sectors = budget.appendingPathComponent("Data/sectors.json")
        let reference = budget.appendingPathComponent("Data/reference.csv")
        var text = try String(contentsOf: sectors, encoding: .utf8)
        text = text.replacingOccurrences(
            of:
                "{ \"id\": \"industri-olje-og-gass\", \"name\": \"Industri, olje og gass\", \"translations\": { \"nn\": \"Industri, olje og gass\", \"en\": \"Industry, oil and gas\" }, \"publishedNames\": [\"Industri, olje og gass\"] }",
            with: "{ \"id\": \"industri\", \"name\": \"Industri\", \"publishedNames\": [\"Industri, olje og gass\"] }")
        try Data(text.utf8).write(to: sectors)
        let csv = try String(contentsOf: reference, encoding: .utf8)
        try Data(csv.replacingOccurrences(of: ",industri-olje-og-gass,", with: ",industri,").utf8).write(to: reference)
        let mapped = ToolRun(["inventory", "../ny.csv"], in: budget)
        #expect(mapped.code == 0)
        #expect(
            mapped.output.contains("industri (Industri), from Industri, olje og gass\n  2009  6 355.8   unchanged\n"))

        try Data(
            text.replacingOccurrences(
                of: "\"name\": \"Industri\", \"publishedNames\": [\"Industri, olje og gass\"]",
                with: "\"name\": \"Industri\""
            )
            .utf8
        ).write(to: sectors)
        let before = try String(contentsOf: reference, encoding: .utf8)
        let run = ToolRun(["inventory", "../ny.csv", "--write"], in: budget)
        #expect(run.code == 1)
        #expect(
            run.errorOutput
                == "error: Data/sectors.json: sector \"industri\": the release has no sector named \"Industri\", so its figures cannot be updated; list the names of the release's sectors it stands for under \"publishedNames\" (the release has \"Annen mobil forbrenning\", \"Avfall og avløp\", \"Energiforsyning\", \"Industri, olje og gass\", \"Jordbruk\", \"Luftfart\", \"Oppvarming\", \"produkter med fluorgasser\", \"Sjøfart\", \"Veitrafikk\")\nNothing was written until every sector of the budget is matched.\n"
        )
        #expect(
            run.output.contains(
                "Not among the budget's sectors, so left out of its figures: Industri, olje og gass (4 826.7 t in 2025). To count it, add a sector for it to Data/sectors.json, or list its name under \"publishedNames\" of the sector it belongs to.\n"
            ))
        #expect(try String(contentsOf: reference, encoding: .utf8) == before)
    }

    @Test("A reference of totals only: the total is compared and written, the sectors matched through sectors.json")
    func totalsOnly() throws {
        let (folder, budget) = try Self.budget()
        try Self.release(in: folder)
        let reference = budget.appendingPathComponent("Data/reference.csv")
        // The history as totals, written by hand with a semicolon and a decimal comma.
        try Data("year;total\r\n2009;31358,5\r\n2019;30192,5\r\n2024;27565,6\r\n".utf8).write(to: reference)
        let run = ToolRun(["inventory", "../ny.csv"], in: budget)
        #expect(run.code == 0)
        #expect(
            run.output
                == """
                Eksempelvik in ../ny.csv (2009, 2011, 2013, 2015-2025) against Data/reference.csv, year by year:

                total
                  2009  31 358.5   unchanged
                  2011         – → 30 485.8  new
                  2013         – → 33 347    new
                  2015         – → 32 527.9  new
                  2016         – → 32 310.8  new
                  2017         – → 31 237.7  new
                  2018         – → 26 911.6  new
                  2019  30 192.5 → 30 764.3  +571.8
                  2020         – → 25 534.8  new
                  2021         – → 29 225.2  new
                  2022         – → 29 134    new
                  2023         – → 29 112.3  new
                  2024  27 565.6   unchanged
                  2025         – → 27 565.6  new

                1 figure(s) change, 11 are new, 2 are unchanged.
                The release's last year is 2025: lastHistoricalYear in Data/budget.json 2024 → 2025.
                Nothing written; run again with --write to update Data/reference.csv and Data/budget.json.

                """)
        #expect(ToolRun(["inventory", "../ny.csv", "--write"], in: budget).code == 0)
        let written = try String(contentsOf: reference, encoding: .utf8)
        #expect(written.hasPrefix("year;total\r\n2009;31358,5\r\n2011;30485,8\r\n"))
        #expect(
            written.hasSuffix(
                "2019;30764,3\r\n2020;25534,8\r\n2021;29225,2\r\n2022;29134\r\n2023;29112,3\r\n2024;27565,6\r\n2025;27565,6\r\n"
            ))
    }

    @Test(
        "A budget from the export against the national file: the budget's own municipality, every 0.1 t row's rounding")
    func exportAgainstNational() throws {
        let folder = try folderWithStatistics("utslipp-eksempel-Eksempelvik.xlsx", as: "utslipp.xlsx")
        try FileManager.default.copyItem(
            at: ToolRun.packageRoot.appendingPathComponent(
                "Tests/Fixtures/inventory/utslipp-eksempel-alle-kommuner.xlsx"),
            to: folder.appendingPathComponent("alle.xlsx"))
        #expect(ToolRun(["init", "budsjett", "--inventory", "utslipp.xlsx"], in: folder).code == 0)
        let budget = folder.appendingPathComponent("budsjett")
        // No --municipality: the national file holds four, and the budget is Eksempelvik kommune's.
        let run = ToolRun(["inventory", "../alle.xlsx"], in: budget)
        #expect(run.code == 0 && run.errorOutput == "")
        #expect(
            run.output.hasPrefix(
                """
                Eksempelvik (5099) in ../alle.xlsx (2009, 2011, 2013, 2015-2024) against Data/reference.csv, year by year:

                annen-mobil-forbrenning (Annen mobil forbrenning)
                  2009  574.5 → 574.366   -0.134

                """))
        // The README's totals: 31 358.5 in the export's 0.1 t rows against 31 358.0781 in the national file.
        #expect(run.output.contains("\ntotal\n  2009  31 358.5 → 31 358.0781  -0.4219\n"))
        #expect(run.output.contains("  2024  27 565.6 → 27 565.4194  -0.1806\n"))
        #expect(
            run.output.hasSuffix(
                "136 figure(s) change, 0 are new, 7 are unchanged.\nNothing written; run again with --write to update Data/reference.csv.\n"
            ))
    }
}
