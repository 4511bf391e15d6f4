import Foundation
import Testing

/// Tabell 7-1 recorded as printed beside the data (issue 12): the tool computes every figure and compares.
@Suite("Printed figures in validate, gap and import")
struct PrintedFiguresCommandTests {
    static let note =
        "Tabell 7-1 prints 62 844 t for the gap in 2025; the data gives 62 843 t, within the printed figure's rounding."

    @Test("Trondheim's 2025 gap: printed 62 844, computed 62 843 from the printed inputs: a note, not a finding")
    func trondheimRoundingNote() {
        // 387 285 − 324 442 = 62 843; the source computed from unrounded values and printed 62 844.
        let run = ToolRun(["validate"])
        #expect(run.code == 1)
        let lines = run.output.components(separatedBy: "\n")
        #expect(lines.filter { $0.contains("[printed-figure-differs]") }.isEmpty)
        #expect(
            lines.suffix(4) == [
                "Data/printed.json: note: " + Self.note, "", "9 errors, 0 warnings in 37 measures.", "",
            ])
        #expect(ToolRun(["gap", "--lang", "en"]).output.contains(Self.note + "\n"))
        let json = ToolRun(["validate", "--format", "json"])
        #expect(json.output.contains("\"message\": \"\(Self.note)\""))
    }

    @Test("A slip in the printed table is an error with printed and computed side by side, and withholds nothing")
    func slip() throws {
        let folder = try copyOfBundledBudget()
        let file = folder.appendingPathComponent("Data/printed.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"2024\": 45871", with: "\"2024\": 45971").utf8).write(to: file)
        let run = ToolRun(["validate"], in: folder)
        #expect(run.code == 1)
        // 391 664 − 345 793 = 45 871; printed 45 971 is 100 t off. It follows Tabell 7-6's three findings
        // (Data/financing.json sorts before Data/printed.json).
        #expect(
            run.output.components(separatedBy: "\n")[3] + "\n"
                == ("Data/printed.json: error: table.gap.2024: Tabell 7-1 prints 45 971 t for the gap in 2024, but the data gives 45 871 t: a difference of 100 t, more than the printed figure's rounding of 1 t; correct Data/printed.json if the figure was copied wrong, else the data or the document has a slip [printed-figure-differs]\n")
        )
        // With the six missing reporters and Tabell 7-6's three slips.
        #expect(run.output.hasSuffix("10 errors, 0 warnings in 37 measures.\n"))
        let gap = ToolRun(["gap", "--lang", "en"], in: folder)
        #expect(gap.output.contains("Gap: further cuts needed                     19 841   27 539   45 871   62 843\n"))
    }

    /// Issue 14: the import used to write this with only a `note:`, and `validate` then had three new errors.
    /// A figure recorded as printed is now like any other: the import lists the new errors and writes nothing,
    /// and says what to do when the new figures are meant.
    @Test("An import that moves a figure from the printed one writes nothing, lists the figures and says what to do")
    func importRefused() throws {
        let folder = try copyOfBundledBudget()
        let export = ToolRun(["export", "--output", "tiltak.csv"], in: folder)
        #expect(export.code == 0)
        let sheet = folder.appendingPathComponent("tiltak.csv")
        let text = try String(contentsOf: sheet, encoding: .utf8)
        // The README's example: measure 10's 2024 effect 3 200 → 3 300 moves the printed effect (36 500 → 36 600),
        // measure pathway (391 664 → 391 564) and gap (45 871 → 45 771) of 2024, each 100 t off.
        let edited = text.replacingOccurrences(of: ",2800,3200,3400,cb1:", with: ",2800,3300,3400,cb1:")
        #expect(edited != text)
        try Data(edited.utf8).write(to: sheet)
        let before = try snapshot(folder)
        let run = ToolRun(["import", "tiltak.csv", "--write"], in: folder)
        #expect(run.code == 1)
        func slip(_ place: String, _ what: String, _ printed: String, _ computed: String) -> String {
            "error: after the import: Data/printed.json: error: \(place): Tabell 7-1 prints \(printed) t for \(what), but the data "
                + "gives \(computed) t: a difference of 100 t, more than the printed figure's rounding of 1 t; correct Data/printed.json "
                + "if the figure was copied wrong, else the data or the document has a slip [printed-figure-differs]\n"
        }
        #expect(
            run.errorOutput
                == slip("table.effect.2024", "the effect of the measures in 2024", "36 500", "36 600")
                + slip("table.measurePathway.2024", "the measure pathway in 2024", "391 664", "391 564")
                + slip("table.gap.2024", "the gap in 2024", "45 871", "45 771")
                + "The sheet would bring 3 new error(s) into the budget, so nothing is written. The sheet's figures differ from "
                + "those recorded as printed in Data/printed.json (the published budget, Tabell 7-1). If the sheet is wrong, "
                + "correct it and import it again. If the new figures are meant (a new round, a corrected estimate), that record "
                + "no longer describes the budget: update Data/printed.json to the figures that will be printed, or remove it, "
                + "and import again.\n")
        #expect(try snapshot(folder) == before)
        // Removed on purpose, the record no longer stops the import, and validate finds nothing new.
        try removePrintedFigures(from: folder)
        let again = ToolRun(["import", "tiltak.csv", "--write"], in: folder)
        #expect(again.code == 0, "\(again.errorOutput)")
        #expect(again.output.hasSuffix("Wrote Measures/10-nullvekst-personbiltrafikk.json.\n"))
        #expect(ToolRun(["validate"], in: folder).output.hasSuffix("9 errors, 0 warnings in 37 measures.\n"))
    }
}
