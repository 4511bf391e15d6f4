import Foundation
import Testing

@Suite("Import and roll: the cases that must not go wrong")
struct ImportEdgeCaseTests {
    func budgetWithSheet(_ sheet: String) throws -> URL {
        let budget = try copyOfBundledBudget()
        try Data(sheet.utf8).write(to: budget.appendingPathComponent("sheet.csv"))
        return budget
    }

    func importing(_ sheet: String, write: Bool = true) throws -> (run: ToolRun, changedFiles: [String]) {
        let budget = try budgetWithSheet(sheet)
        let before = try snapshot(budget)
        let run = ToolRun(["import", "sheet.csv"] + (write ? ["--write"] : []), in: budget)
        let after = try snapshot(budget)
        return (run, after.keys.filter { after[$0] != before[$0] }.sorted())
    }

    @Test(
        "Bad sheets write nothing and say where and what",
        arguments: [
            (
                "kind;id;title\r\nquantified;;x\r\n",
                "error: sheet.csv: row 2, column B: (id) expected the measure's number, such as 7, found \"\"; correct the cell in the sheet and import it again"
            ),
            (
                "id;2925\r\n10;5\r\n",
                "error: sheet.csv: row 1, column B: \"2925\" is not a year the budget can use (1900 to 2200); correct the heading"
            ),
            (
                "id;2024\r\n10;1.900\r\n",
                "error: sheet.csv: row 2, column B: (2024) expected a number of tonnes such as 1500 or 1500,5 (a decimal comma, no point), found \"1.900\"; correct the cell in the sheet and import it again"
            ),
            (
                "id;2024\r\n10;5\r\n10;6\r\n",
                "error: sheet.csv: row 3, column A: (id) expected each measure once; measure 10 has a row above, found \"10\"; correct the cell in the sheet and import it again"
            ),
            (
                "id;2024\r\n10;5;7\r\n",
                "error: sheet.csv: row 2, column C: expected no cell here: the row has more cells than the sheet has columns, found \"7\"; correct the cell in the sheet and import it again"
            ),
            (
                "id;2024\r\n10;1000000000000000\r\n",
                "error: sheet.csv: row 2, column B: (2024) expected a number of tonnes below 1 000 000 000 000, found \"1000000000000000\"; correct the cell in the sheet and import it again"
            ),
            (
                "id;2024\r\n38;5\r\n",
                "error: sheet.csv: row 2, column A: (id) expected a title for the new measure 38; add a title column, found \"38\"; correct the cell in the sheet and import it again"
            ),
        ])
    func refused(sheet: String, message: String) throws {
        let (run, changed) = try importing(sheet)
        #expect(run.code == 1)
        #expect(run.errorOutput.split(separator: "\n").first.map(String.init) == message)
        #expect(changed.isEmpty)
    }

    @Test("A sheet that would bring new errors into the budget writes nothing")
    func newErrors() throws {
        let (run, changed) = try importing("id;2024\r\n10;\r\n")
        #expect(run.code == 1)
        // Issue 14: the error names the sheet's cell the value came from, not the measure file; and the 2024
        // effect, measure pathway and gap recorded as printed (Tabell 7-1) are moved too (36 500 - 3 200 =
        // 33 300), three more new errors that stop the import.
        #expect(
            run.errorOutput.contains(
                "error: after the import: sheet.csv: row 2, column B: (2024) measure 10: effect has no figure for 2024;"
            ))
        #expect(
            run.errorOutput.hasSuffix(
                "The sheet would bring 4 new error(s) into the budget, so nothing is written. Correct the sheet and import it again. "
                    + "3 of them: the sheet's figures differ from those recorded as printed in Data/printed.json (the published budget, "
                    + "Tabell 7-1). If the sheet is wrong, correct it and import it again. If the new figures are meant (a new round, a "
                    + "corrected estimate), that record no longer describes the budget: update Data/printed.json to the figures that "
                    + "will be printed, or remove it, and import again.\n"
            ))
        #expect(changed.isEmpty)
        // Issue 14: the emptied cell takes away 2024's gap; the total says so rather than "the gap is unchanged"
        // alone (the other three years are unchanged: 0 tonnes).
        #expect(
            run.output.contains(
                "\nTotal change in the gap in the years that have a gap before and after (2022, 2023, 2025): 0 tonnes (the gap is "
                    + "unchanged); the gap of 2024 can no longer be computed (\"(none)\" in the table): a figure it needs is missing "
                    + "or withheld by an error.\n"))
        let negative = try importing("id;reporter\r\n10;AtB\r\n")
        #expect(negative.run.code == 1)
        #expect(negative.changedFiles.isEmpty)
    }

    @Test("An error the budget already has is not new when its words change with the import")
    func sameErrorNewWords() throws {
        // Measure 8 ("ALLE") lacks a reporter before and after; its message's candidates change from all seven
        // service areas to TT and ET. That is the same open finding, not a new error, so the import writes.
        let (run, changed) = try importing("id;implementers\r\n8;TT, ET\r\n")
        #expect(run.code == 0)
        #expect(!run.errorOutput.contains("error"))
        #expect(changed == ["Measures/08-nullutslipps-lette-kjoretoy.json"])
    }

    @Test("Implementers split on ; or , and the printed responsibility, the source's record, stays as printed")
    func implementers() throws {
        let budget = try budgetWithSheet("id;implementers;reporter\r\n1;TT, ET;ET\r\n")
        let before = try snapshot(budget)
        let run = ToolRun(["import", "sheet.csv", "--write"], in: budget)
        let after = try snapshot(budget)
        let changed = after.keys.filter { after[$0] != before[$0] }.sorted()
        #expect(run.code == 0)
        #expect(changed == ["Measures/01-anleggsplass-egne-investeringsprosjekter.json"])
        #expect(
            run.output.contains(
                "~ 1 Fossil- og utslippsfrie bygge- og anleggsplass i Trondheim kommunes egne investeringsprosjekter: reporter (none) → ET; no longer noted that the printed budget's reporter was lost in our text\n"
            ))
        let file = try String(
            contentsOf: budget.appendingPathComponent("Measures/01-anleggsplass-egne-investeringsprosjekter.json"),
            encoding: .utf8)
        #expect(file.contains("\"printed\": \"TT og ET\""))
        #expect(file.contains("\"reporter\": \"ET\""))
    }

    /// Issue 14: the README said a changed responsibility rewrites the printed one; the code keeps the source's
    /// wording on purpose, and only a measure the sheet adds gets one written from its cells.
    @Test(
        "Changed implementers and reporter keep the printed responsibility; a new measure's is written from its cells")
    func printedResponsibility() throws {
        let budget = try budgetWithSheet(
            "id;kind;title;implementers;reporter\r\n9;quantified;Tilrettelegging for utslippsfri taxi;TT, ET;ET\r\n"
                + "38;enabling;Ny;TT, ET;ET\r\n")
        let run = ToolRun(["import", "sheet.csv", "--write"], in: budget)
        #expect(run.code == 0, "\(run.errorOutput)")
        let measure9 = try String(
            contentsOf: budget.appendingPathComponent("Measures/09-utslippsfri-taxi.json"), encoding: .utf8)
        // Tabell 7-2 prints "Fylke (MLLT)" for measure 9; the files now say TT and ET, reported by ET.
        #expect(measure9.contains("\"printed\": \"Fylke (MLLT)\""))
        #expect(measure9.contains("\"reporter\": \"ET\""))
        let measure38 = try String(contentsOf: budget.appendingPathComponent("Measures/38-ny.json"), encoding: .utf8)
        #expect(measure38.contains("\"printed\": \"TT/ET (ET)\""))
    }

    @Test("Empty columns Excel adds at the end are not columns; a formula guard round-trips")
    func excelHabits() throws {
        let (run, changed) = try importing("id;title;;\r\n30;'=Klimakommunikasjon;;\r\n")
        #expect(run.code == 0)
        #expect(
            run.output.contains(
                "~ 30 =Klimakommunikasjon: title \"Klimakommunikasjon med fokus på atferdsendring\" → \"=Klimakommunikasjon\""
            ))
        #expect(changed == ["Measures/30-klimakommunikasjon-atferdsendring.json"])
    }

    @Test("Export guards titles that spreadsheets would run as formulas")
    func formulaGuard() throws {
        let budget = try copyOfBundledBudget()
        let file = budget.appendingPathComponent("Measures/30-klimakommunikasjon-atferdsendring.json")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "\"title\": \"Klimakommunikasjon", with: "\"title\": \"=Klimakommunikasjon")
        try Data(text.utf8).write(to: file)
        #expect(
            ToolRun(["export"], in: budget).output.contains(
                "\n30,enabling,,'=Klimakommunikasjon med fokus på atferdsendring,MLLT,MLLT,,,,,cb1:"))
    }

    @Test("A data file saved by Excel as ANSI, not UTF-8: a problem of the budget (exit 1), named as such")
    func dataFileNotUTF8() throws {
        let budget = try copyOfBundledBudget()
        // "year,total\n2009,524491\n" with an ANSI "ø" in a comment-free row label is enough: one byte 0xF8.
        try Data([
            0x79, 0x65, 0x61, 0x72, 0x2C, 0x74, 0x6F, 0x74, 0x61, 0x6C, 0x0A, 0x32, 0x30, 0x30, 0x39, 0x2C, 0xF8, 0x0A,
        ])
        .write(to: budget.appendingPathComponent("Data/reference.csv"))
        let run = ToolRun(["validate"], in: budget)
        #expect(run.code == 1)
        #expect(
            run.output.hasPrefix(
                "Data/reference.csv: error: is not UTF-8 text, so letters such as æ, ø and å would be lost; save it as UTF-8 (in Excel: \"CSV UTF-8\") [not-utf8]\n"
            ))
        let gap = ToolRun(["gap"], in: budget)
        #expect(gap.code == 1)
    }

    @Test("A file that is not UTF-8, and a folder, are named as such")
    func notUTF8() throws {
        let budget = try copyOfBundledBudget()
        try Data([0x69, 0x64, 0x3B, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x0D, 0x0A, 0x31, 0x3B, 0xF8, 0x0D, 0x0A]).write(
            to: budget.appendingPathComponent("ansi.csv"))
        let run = ToolRun(["import", "ansi.csv"], in: budget)
        #expect(run.code == 1)
        #expect(
            run.errorOutput
                == "error: ansi.csv: is not UTF-8 text, so letters such as æ, ø and å would be lost; save it as UTF-8 (in Excel: \"CSV UTF-8\")\n"
        )
        let folder = ToolRun(["import", "Measures"], in: budget)
        #expect(folder.code == 2)
        #expect(
            folder.errorOutput
                == "error: FILE 'Measures' cannot be used: expected a spreadsheet file such as tiltak.xlsx or tiltak.csv, not a folder\n"
        )
    }

    @Test("roll refuses a period that starts in or before the base year")
    func rollIntoBaseYear() throws {
        let budget = try copyOfBundledBudget()
        let before = try snapshot(budget)
        let run = ToolRun(["roll", "--period", "2009-2012", "--write"], in: budget)
        #expect(run.code == 2)
        #expect(
            run.errorOutput
                == "error: '2009-2012' is not a valid value for '--period'. Expected a period that starts after the base year in Data/budget.json (after 2009).\n"
        )
        #expect(try snapshot(budget) == before)
    }

    @Test("After roll, the diff shows the cumulative gap of each period, so a new year's gap is not hidden")
    func diffAfterRoll() throws {
        let budget = try copyOfBundledBudget()
        #expect(ToolRun(["roll", "--period", "2022-2026", "--write"], in: budget).code == 0)
        try Data(
            "year,total\n2009,524491\n2019,424456\n2022,430613\n2023,429582\n2024,428164\n2025,426485\n2026,425000\n"
                .utf8
        )
        .write(to: budget.appendingPathComponent("Data/reference.csv"))
        try Data("year,total\n2022,381472\n2023,367143\n2024,345793\n2025,324442\n2026,300000\n".utf8)
            .write(to: budget.appendingPathComponent("Data/target-caps.csv"))
        let blocked = ToolRun(["diff", ToolRun.trondheim.path, budget.path])
        #expect(blocked.code == 1)
        #expect(
            blocked.output.contains(
                "Some yearly figures are withheld, and left out of the table (\"(none)\"):\nNEW (\(budget.path)) has 10 errors that would make them wrong:\n"
            ))
        // 2026 lacks its effects: its reference and cap are compared, its measure pathway and gap withheld.
        #expect(blocked.output.contains("\n2026  (none) → 425 000  (none) → 300 000\n"))
        #expect(
            blocked.output.contains(
                "Total change in the gap in the years both periods cover (2022-2025): 0 tonnes (the gap is unchanged).\n"
            ))
        let sheet = "id;2026\r\n" + (1...10).map { "\($0);100\r\n" }.joined()
        try Data(sheet.utf8).write(to: budget.appendingPathComponent("s.csv"))
        #expect(ToolRun(["import", "s.csv", "--write"], in: budget).code == 0)
        let run = ToolRun(["diff", ToolRun.trondheim.path, budget.path])
        #expect(run.output.hasPrefix("Data/budget.json: period.end 2025 → 2026\n"))
        #expect(
            run.output.contains(
                "Total change in the gap in the years both periods cover (2022-2025): 0 tonnes (the gap is unchanged).\n"
                    + "Cumulative gap over the period: 156 094 (2022-2025) → 280 094 (2022-2026).\n"))
    }

    @Test("A changed budget name is a change")
    func nameChange() throws {
        let budget = try copyOfBundledBudget()
        let file = budget.appendingPathComponent("Data/budget.json")
        try Data(
            try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
                of: "Klimabudsjett 2022", with: "Klimabudsjett 2023"
            ).utf8
        ).write(to: file)
        #expect(
            ToolRun(["diff", ToolRun.trondheim.path, budget.path]).output.hasPrefix(
                "Data/budget.json: name \"Klimabudsjett 2022\" → \"Klimabudsjett 2023\"\n"))
    }
}
