import Foundation
import Testing

/// The sheet is exported, then someone edits the files before the old sheet comes back.
@Suite("Import of a sheet exported before the files changed")
struct ImportMergeTests {
    static let measure1 = "Measures/01-anleggsplass-egne-investeringsprosjekter.json"
    static let measure3 = "Measures/03-fossil-olje-gass-fjernvarme.json"
    static let measure7 = "Measures/07-fossile-drivstoff-tyngre-kjoretoy.json"
    static let title1 =
        "Fossil- og utslippsfrie bygge- og anleggsplass i Trondheim kommunes egne investeringsprosjekter"
    static let title3 = "Utfasing av fossil olje og gass fra fjernvarmeforsyning"
    static let title7 = "Utfasing av fossile drivstoff i egen virksomhet - tyngre kjøretøy og maskiner"

    /// A copy of the budget, its Excel sheet as exported, and then the files edited: measure 3's effect for 2023
    /// 15500 → 15751, and measure 1 given the reporter MLLT (it had none).
    func exportedThenEdited() throws -> (budget: URL, sheet: String) {
        let budget = try copyOfBundledBudget()
        // Issue 14: an import that moves a figure recorded as printed (Tabell 7-1) is refused; these tests are
        // about the round trip, so the copy has no printed record (see PrintedFiguresCommandTests).
        try removePrintedFigures(from: budget)
        let run = ToolRun(["export", "--excel", "--output", "tiltak.csv"], in: budget)
        try #require(run.code == 0, "export failed: \(run.errorOutput)")
        let sheet = try #require(
            String(data: try Data(contentsOf: budget.appendingPathComponent("tiltak.csv")), encoding: .utf8))
        try edit(Self.measure3, in: budget, "\"2023\": 15500,", "\"2023\": 15751,")
        try edit(Self.measure1, in: budget, "\"reporter\": null", "\"reporter\": \"MLLT\"")
        return (budget, sheet)
    }

    func edit(_ file: String, in budget: URL, _ old: String, _ new: String) throws {
        let url = budget.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try #require(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    /// Writes the sheet with `old` replaced by `new` (each must occur once) as tiltak.csv.
    func save(_ sheet: String, in budget: URL, replacing changes: [(String, String)] = []) throws {
        var text = sheet
        for (old, new) in changes {
            try #require(text.components(separatedBy: old).count == 2, "\(old) must occur once")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try Data(text.utf8).write(to: budget.appendingPathComponent("tiltak.csv"))
    }

    func contents(_ file: String, in budget: URL) throws -> String {
        try String(contentsOf: budget.appendingPathComponent(file), encoding: .utf8)
    }

    static let kept = """
        Changed in the files since the export and not in the sheet, so the files' value is kept (2):
          = 1 \(title1): reporter (none) → MLLT
          = 3 \(title3): effect 2023: 15 500 → 15 751

        """

    @Test("A sheet whose only change is a conflict does not also say \"No changes.\"")
    func onlyAConflict() throws {
        let (budget, sheet) = try exportedThenEdited()
        try save(sheet, in: budget, replacing: [(";11600;15500;16100;16800;", ";11600;15750,5;16100;16800;")])
        let run = ToolRun(["import", "tiltak.csv"], in: budget)
        #expect(run.code == 1)
        #expect(!run.output.contains("No changes."))
        #expect(run.output.contains("Changed both in the files and in the sheet since the export (1):\n"))
    }

    @Test("The old sheet, unchanged, turns no newer value back: nothing is written and the kept values are listed")
    func oldSheetUnchanged() throws {
        let (budget, sheet) = try exportedThenEdited()
        try save(sheet, in: budget)
        let before = try snapshot(budget)
        let run = ToolRun(["import", "tiltak.csv", "--write"], in: budget)
        #expect(run.code == 0)
        #expect(run.output == "No changes.\n" + Self.kept)
        #expect(run.errorOutput == "")
        #expect(try snapshot(budget) == before)
    }

    /// The old sheet with measure 3's 2023 cell also edited (to 15 750,5: the files have 15 751) and measure 7's
    /// 2024 cell edited (500 → 750,5, a change in the sheet only).
    func conflicting() throws -> URL {
        let (budget, sheet) = try exportedThenEdited()
        try save(
            sheet, in: budget,
            replacing: [
                (";11600;15500;16100;16800;", ";11600;15750,5;16100;16800;"),
                (";400;500;500;600;", ";400;500;750,5;600;"),
            ])
        return budget
    }

    @Test("A value changed both in the files and in the sheet is a conflict: exit 1 and no file changed")
    func conflict() throws {
        let budget = try conflicting()
        let before = try snapshot(budget)
        let run = ToolRun(["import", "tiltak.csv", "--write"], in: budget)
        #expect(run.code == 1)
        // Measure 7's effect in 2024 rises by 250.5 (500 → 750.5), so the gap falls by 250.5, shown as -251
        // (rounded away from zero). Measure 3 keeps the files' 15 751 until a side is chosen, so it adds nothing.
        #expect(
            run.output.hasPrefix(
                "Measures: 0 added, 0 removed, 1 changed.\n~ 7 \(Self.title7): effect 2024: 500 → 750.5\n"))
        #expect(
            run.output.hasSuffix(
                """

                Total change in the gap: -251 tonnes (fewer cuts are needed).
                Changed in the files since the export and not in the sheet, so the files' value is kept (1):
                  = 1 \(Self.title1): reporter (none) → MLLT
                Changed both in the files and in the sheet since the export (1):
                  ! 3 \(Self.title3)
                      in the files: effect 2023: 15 500 → 15 751
                      in the sheet: effect 2023: 15 500 → 15 750.5

                """))
        #expect(
            run.errorOutput
                == "error: tiltak.csv: 1 value(s) were changed both in the files and in the sheet since the sheet was exported (listed above), so nothing is written. Say which side wins: import again with --take files to keep the files' values, or with --take sheet to take the sheet's.\n"
        )
        #expect(try snapshot(budget) == before)
        #expect(ToolRun(["import", "tiltak.csv"], in: budget).code == 1)
    }

    @Test("--take sheet writes the sheet's value, exactly as typed; the files' other newer values stay")
    func takeSheet() throws {
        let budget = try conflicting()
        let old3 = try contents(Self.measure3, in: budget)
        let old7 = try contents(Self.measure7, in: budget)
        let old1 = try contents(Self.measure1, in: budget)
        let run = ToolRun(["import", "tiltak.csv", "--write", "--take", "sheet"], in: budget)
        #expect(run.code == 0)
        #expect(run.errorOutput == "")
        #expect(
            run.output.contains(
                "Changed both in the files and in the sheet since the export; --take sheet takes the sheet's value (1):\n"
            ))
        #expect(run.output.hasSuffix("Wrote \(Self.measure3), \(Self.measure7).\n"))
        #expect(
            try contents(Self.measure3, in: budget)
                == old3.replacingOccurrences(of: "\"2023\": 15751,", with: "\"2023\": 15750.5,"))
        #expect(
            try contents(Self.measure7, in: budget)
                == old7.replacingOccurrences(of: "\"2024\": 500,", with: "\"2024\": 750.5,"))
        #expect(try contents(Self.measure1, in: budget) == old1)
    }

    @Test("--take files keeps the files' value and still takes the sheet's other changes")
    func takeFiles() throws {
        let budget = try conflicting()
        let old3 = try contents(Self.measure3, in: budget)
        let old7 = try contents(Self.measure7, in: budget)
        let run = ToolRun(["import", "tiltak.csv", "--write", "--take", "files"], in: budget)
        #expect(run.code == 0)
        #expect(
            run.output.contains(
                "Changed both in the files and in the sheet since the export; --take files keeps the files' value (1):\n"
            ))
        #expect(run.output.hasSuffix("Wrote \(Self.measure7).\n"))
        #expect(try contents(Self.measure3, in: budget) == old3)
        #expect(
            try contents(Self.measure7, in: budget)
                == old7.replacingOccurrences(of: "\"2024\": 500,", with: "\"2024\": 750.5,"))
        #expect(ToolRun(["import", "--help"]).output.contains("--take <files|sheet>"))
    }

    @Test("Changed in both to the same value is no conflict")
    func sameValue() throws {
        let (budget, sheet) = try exportedThenEdited()
        try save(sheet, in: budget, replacing: [(";11600;15500;16100;16800;", ";11600;15751;16100;16800;")])
        let run = ToolRun(["import", "tiltak.csv", "--write"], in: budget)
        #expect(run.code == 0)
        #expect(
            run.output
                == "No changes.\nChanged in the files since the export and not in the sheet, so the files' value is kept (1):\n  = 1 \(Self.title1): reporter (none) → MLLT\n"
        )
    }

    @Test("A measure whose file was deleted after the export does not come back with its unchanged row")
    func deletedSinceExport() throws {
        let (budget, sheet) = try exportedThenEdited()
        try save(sheet, in: budget)
        try FileManager.default.removeItem(at: budget.appendingPathComponent(Self.measure7))
        let before = try snapshot(budget)
        let run = ToolRun(["import", "tiltak.csv", "--write"], in: budget)
        #expect(run.code == 0)
        #expect(
            run.output == "No changes.\n" + Self.kept.replacingOccurrences(of: "(2)", with: "(3)")
                + "  = 7 \(Self.title7): its file was removed, so its row is not imported\n")
        #expect(try snapshot(budget) == before)
    }

    @Test("A cell left alone never changes its file, even where the sheet shows the value rounded to 6 decimals")
    func moreDecimalsThanTheSheet() throws {
        let budget = try copyOfBundledBudget()
        try edit(Self.measure7, in: budget, "\"2024\": 500,", "\"2024\": 500.1234567,")
        // The sheet shows 500,123457; the record keeps 500.1234567, and the files still hold it.
        #expect(ToolRun(["export", "--excel", "--output", "tiltak.csv"], in: budget).code == 0)
        let before = try snapshot(budget)
        let run = ToolRun(["import", "tiltak.csv", "--write"], in: budget)
        #expect(run.output == "No changes.\n")
        #expect(try snapshot(budget) == before)
    }

    @Test("A row with fewer cells than the header is an error naming its row; nothing is written")
    func shortRow() throws {
        let (budget, sheet) = try exportedThenEdited()
        // Measure 7 is on spreadsheet row 8 (the header is row 1); its 2025 cell and its record are cut off.
        let row7 = try #require(sheet.split(separator: "\r\n").first { $0.hasPrefix("7;") })
        try save(
            sheet, in: budget,
            replacing: [
                (String(row7) + "\r\n", String(row7.prefix(upTo: row7.range(of: ";400;500;500")!.upperBound)) + "\r\n")
            ])
        let before = try snapshot(budget)
        let run = ToolRun(["import", "tiltak.csv", "--write"], in: budget)
        #expect(run.code == 1)
        #expect(
            run.errorOutput
                == "error: tiltak.csv: row 8, column J: the row ends here, but the sheet has 11 columns (A to K): a cell is missing, so the row's values may be in the wrong columns. Check the row, give it one cell for every column (in a text editor, add the missing \";\") and import the sheet again\n"
        )
        #expect(run.output == "")
        #expect(try snapshot(budget) == before)
    }

    @Test("An edited export record is an error naming its cell")
    func editedRecord() throws {
        let (budget, sheet) = try exportedThenEdited()
        let row7 = try #require(sheet.split(separator: "\r\n").first { $0.hasPrefix("7;") })
        let record = try #require(row7.split(separator: ";").last)
        try save(sheet, in: budget, replacing: [(String(record), "cb1:eyJpZCI6N")])
        let run = ToolRun(["import", "tiltak.csv", "--write"], in: budget)
        #expect(run.code == 1)
        // Issue 14: the message no longer repeats the cell's code (a whole record is hundreds of characters of
        // Base64); it says which record cell changed and what to do.
        #expect(
            run.errorOutput
                == "error: tiltak.csv: row 8, column K: the record cell of row 8 (\"exported (do not edit)\") was changed. It records what "
                + "the row held when it was exported, so it must stay as 'export' wrote it: undo the change (or copy the cell from "
                + "a fresh export), or empty the cell to import the row without checking for newer changes in the files; then "
                + "import the sheet again\n"
        )
    }

    @Test("A sheet without export records (from an older version) is read as before, with a warning")
    func unmarkedOldSheet() throws {
        let (budget, sheet) = try exportedThenEdited()
        // The sheet as the version before export records wrote it: without the last column.
        let old = sheet.split(separator: "\r\n", omittingEmptySubsequences: false).map { line in
            line.range(of: ";", options: .backwards).map { String(line[..<$0.lowerBound]) } ?? String(line)
        }.joined(separator: "\r\n")
        try save(old, in: budget)
        let run = ToolRun(["import", "tiltak.csv"], in: budget)
        // As before export records: the old values are ordinary changes (and the reporter's removal brings back an error).
        // Issue 14: the error names the sheet's cell (measure 1's row 2, the reporter's column F), not the file.
        #expect(run.code == 1)
        #expect(
            run.errorOutput.hasPrefix(
                "warning: tiltak.csv: the sheet has no \"exported (do not edit)\" column: it comes from an older version of climate-budget, or the column was deleted. Changes made in the files since the export cannot be told from edits in the sheet, so every cell that differs from the files is imported. Check the changes below; to be safe, export the sheet again and make the edits in the new sheet.\n"
            ))
        #expect(
            run.errorOutput.contains(
                "error: after the import: tiltak.csv: row 2, column F: (reporter) measure 1: our files record no service area to report on this measure: the printed budget most likely marked the reporter"
            ))
        #expect(
            run.output.hasPrefix(
                "Measures: 0 added, 0 removed, 2 changed.\n~ 1 \(Self.title1): reporter MLLT → (none)\n~ 3 \(Self.title3): effect 2023: 15 751 → 15 500\n"
            ))
    }
}
