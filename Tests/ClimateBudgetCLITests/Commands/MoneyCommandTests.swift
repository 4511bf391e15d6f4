import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetCLI

/// `climate-budget money` on the bundled budget: Tabell 7-6 and 7-7 with every sum computed, the slip reported with
/// both values, the cost per tonne (issue 16). Figures by hand: 2022's operating lines 15,5 + 0,5 + 2 + 1 + 3 + 1 = 23,
/// with 8 external 31; the pot 8 + 2 + 3 + 32 = 45; 45 + 9 + 10 = 64; 31 + 64 = 95. Over the period
/// 15,5 + 3 × 11,5 = 50 (printed 49), so 50 + 2 + 6 + 4 + 12 + 4 + 13 = 91 (printed 90) and 91 + 256 = 347 (printed
/// 346). Tabell 7-7: 4 − 2,5 + 0,8 = 2,3; 4 − 2,5 − 3,2 = −1,7; 4 − 4,5 − 3,2 = −3,7. Cost per tonne: see
/// FinancingFixtureTests.
@Suite("money")
struct MoneyCommandTests {
    @Test("money reproduces Tabell 7-6 and 7-7, marks the three printed figures of the slip, and the cost per tonne")
    func text() {
        let run = ToolRun(["money"])
        #expect(run.code == 0)
        #expect(run.errorOutput == "")
        #expect(
            run.output == """
                Financing of the climate measures, million kroner (Tabell 7-6)

                Line                                                       Kind        Service area       2022  2023  2024  2025  2022-2025
                Klimamidler forvaltet av Miljøenheten                      operating   MLLT               15.5  11.5  11.5  11.5       50 *
                Klimavennlig forbruk: Låne-dele-fiksesatsing bibliotekene  operating   KK                  0.5   0.5   0.5   0.5          2
                Teknisk, HVO biodiesel                                     operating   TT                    2     2     2     0          6
                Koordinator klimatiltak i planer, inkl KPA                 operating   PBT                   1     1     1     1          4
                Gjenbruk av byggematerialer i kommunale byggeprosjekter    operating   ET                    3     3     3     3         12
                Støtte til sykkelparkering sameier/borettslag              operating   ST                    1     1     1     1          4
                Ekstern finansiering klimasats                             external    several (Diverse)     8     4     1     0         13
                Operating total (with external funding)                                                     31    23    20    17       91 *
                Finansiering klimainvesteringer                            investment  (pot)                45    45    45    45        180
                – Enøk-tiltak                                              investment  ET                    8     8     8     9         33
                – Etablering el-bil lading                                 investment  ST                    2     1     0     0          3
                – Grunnvarmeanlegg kommunale bygg                          investment  ET                    3     0     0     0          3
                – Gjenværende til fordeling                                investment  MLLT                 32    36    37    36        141
                Energieffektivt maskinkjøp                                 investment  TT                    9     9     9     9         36
                Merkostnader fossil- og utslippsfri anleggsplasser         investment  MLLT                 10    10    10    10         40
                Investment total                                                                            64    64    64    64        256
                Total financing                                                                             95    87    84    81      347 *

                * Printed differently in Tabell 7-6; the table shows the sums of the lines:
                  Klimamidler forvaltet av Miljøenheten, 2022-2025: printed 49, computed 50.
                  Operating total (with external funding), 2022-2025: printed 90, computed 91; it follows from the printed 49 at lines[0].printedSum (the printed figures add up to 90).
                  Total financing, 2022-2025: printed 346, computed 347; it follows from the printed 90 at printedTotals.operating.period (the printed figures add up to 346).

                Changes in operating funds against budsjett 2021 (Tabell 7.7), million kroner

                Change                                               2022  2023  2024  2025
                Nye klimasatsinger i HØP 22-25                          4     4     4     4
                Avsluttet tiltak fra HØP 21-24                       -2.5  -2.5  -2.5  -4.5
                Endring i rammen til politisk foreslått klimamidler   0.8  -3.2  -3.2  -3.2
                Net change                                            2.3  -1.7  -1.7  -3.7

                Cost per tonne, kroner per tonne CO2e cut

                Measure                                     Lines                        2022    2023    2024    2025  2022-2025
                1 Fossil- og utslippsfrie bygge- og anleg…  anleggsplasser              1 724   1 695   1 695   1 667      1 695
                7 Utfasing av fossile drivstoff i egen vi…  hvo-biodiesel, maskinkjop  27 500  22 000  22 000  15 000     21 000

                Every tie of a line to a measure is inferred from the source, which never ties them in so many words; Data/financing.json records the sentence each rests on.
                Counted: the money of the lines tied to a quantified measure, over the measure's own effect in the same years. A line tied to two measures counts in full for each.
                Not counted: lines tied to measures without tonnes (25, 37, 24, 23); 6 lines tied to no measure; money the source does not list (measures that other actors pay for).

                """)
    }

    @Test(
        "validate reports the slip as three printed figures, each with printed and computed, 90 and 346 following from 49"
    )
    func validateSlips() throws {
        #expect(
            try ValidateLoadProblemsTests.financingSlips() == [
                "Data/financing.json: error: lines[0].printedSum: Tabell 7-6 prints 49 MNOK for \"Klimamidler forvaltet av Miljøenheten\" summed over 2022-2025, but its yearly amounts give 50 MNOK (15.5 + 11.5 + 11.5 + 11.5): correct Data/financing.json if the figure was copied wrong, else the document has a slip. The tool shows 50 [financing-printed-differs]",
                "Data/financing.json: error: printedTotals.operating.period: Tabell 7-6 prints 90 MNOK for the operating total (with external funding) summed over 2022-2025, but the lines give 91 MNOK; it follows from the slip at lines[0].printedSum: the printed figures it sums give 90. The tool shows 91 [financing-printed-differs]",
                "Data/financing.json: error: printedTotals.total.period: Tabell 7-6 prints 346 MNOK for the total financing summed over 2022-2025, but the lines give 347 MNOK; it follows from the slip at printedTotals.operating.period: the printed figures it sums give 346. The tool shows 347 [financing-printed-differs]",
            ])
    }

    @Test("CSV: one row per line, total, change and cost, with the printed figure beside the computed one")
    func csv() {
        let lines = ToolRun(["money", "--format", "csv"]).output.split(separator: "\n").map(String.init)
        #expect(lines.first == "table,id,name,kind,serviceArea,2022,2023,2024,2025,period,printed")
        #expect(
            lines[1]
                == "financing,klimamidler,Klimamidler forvaltet av Miljøenheten,operating,MLLT,15.5,11.5,11.5,11.5,50,49"
        )
        #expect(lines.contains("total,operating,Operating total (with external funding),,,31,23,20,17,91,90"))
        #expect(lines.contains("total,total,Total financing,,,95,87,84,81,347,346"))
        #expect(lines.contains("change,net,Net change,,,2.3,-1.7,-1.7,-3.7,,"))
        #expect(
            lines.last
                == "costPerTonne,7,Utfasing av fossile drivstoff i egen virksomhet - tyngre kjøretøy og maskiner,,hvo-biodiesel maskinkjop,27500,22000,22000,15000,21000,"
        )
        #expect(lines.count == 1 + 14 + 3 + 4 + 2)
    }

    @Test("JSON: the printed figures that differ, with what they follow from, and the cost per tonne")
    func json() throws {
        let run = ToolRun(["money", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["unit"] as? String == "MNOK")
        let slips = try #require(object["printedDiffers"] as? [[String: Any]])
        #expect(slips.map { $0["printed"] as? Double } == [49, 90, 346])
        #expect(slips.map { $0["computed"] as? Double } == [50, 91, 347])
        #expect(
            slips.map { $0["followsFrom"] as? [String] } == [
                [], ["lines[0].printedSum"], ["printedTotals.operating.period"],
            ])
        let costs = try #require(object["costPerTonne"] as? [[String: Any]])
        #expect(costs.map { $0["period"] as? Int } == [1695, 21000])
        let totals = try #require(object["totals"] as? [String: [String: Any]])
        #expect(totals["operating"]?["period"] as? Double == 91)
    }

    @Test("Markdown: the tables, the slip marked and listed")
    func markdown() {
        let output = ToolRun(["money", "--format", "markdown"]).output
        #expect(output.hasPrefix("### Financing of the climate measures, million kroner\n"))
        #expect(output.contains("\n| Total financing |  |  | 95 | 87 | 84 | 81 | 347 \\* |\n"))
        #expect(output.contains("\n| Net change | 2.3 | -1.7 | -1.7 | -3.7 |\n"))
        #expect(output.contains("- Klimamidler forvaltet av Miljøenheten, 2022-2025: printed 49, computed 50.\n"))
    }

    /// The bundled budget against a copy with 1 MNOK more for Klimamidler in 2022 (16,5) and no HVO line: the
    /// operating total changes by +1 − 2 = −1 in 2022, −2 in 2023 and 2024, 0 in 2025.
    @Test("--against: the change in each line computed from two budget folders")
    func against() throws {
        let (older, newer) = try Self.olderAndNewer()
        let run = ToolRun(["money", "--against", older.path, "--budget", newer.path])
        #expect(run.code == 0)
        let section = try #require(run.output.components(separatedBy: "computed line by line, million kroner\n\n").last)
        #expect(
            section.hasPrefix(
                """
                Line                                      Change  2022  2023  2024  2025
                Klimamidler forvaltet av Miljøenheten    amounts    +1     0     0     0
                Teknisk, HVO biodiesel                   removed    -2    -2    -2     0
                Operating total (with external funding)             -1    -2    -2     0
                Investment total                                     0     0     0     0
                Total financing                                     -1    -2    -2     0

                """))
    }

    @Test("A budget without Data/financing.json: money says so, and exits 0")
    func none() throws {
        let folder = try copyOfBundledBudget()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Data/financing.json"))
        let run = ToolRun(["money"], in: folder)
        #expect(run.code == 0)
        #expect(
            run.output
                == "This budget records no financing: add Data/financing.json (see the README's section on files).\n")
    }

    /// As in FinancingFixtureTests: measure 1 at 40 000 000 / 23 600 = 1 694.9 kr/t over the period, measure 7 at
    /// 42 000 000 / 2 000 = 21 000.
    @Test("measures shows the cost per tonne below its table, never in the sheet that import reads")
    func measures() throws {
        let run = ToolRun(["measures", "--kind", "quantified"])
        #expect(
            run.output.hasSuffix(
                """
                10 measures.

                Cost per tonne (kroner per tonne cut, from the financing lines tied to the measure; every tie inferred, see 'climate-budget money'):
                  measure 1: 1 695 over 2022-2025 (2022: 1 724, 2023: 1 695, 2024: 1 695, 2025: 1 667)
                  measure 7: 21 000 over 2022-2025 (2022: 27 500, 2023: 22 000, 2024: 22 000, 2025: 15 000)

                """))
        // Measure 2 has no tied line: no sentence for it, and none at all when only it is listed.
        #expect(!ToolRun(["measures", "--sector", "sjofart"]).output.contains("Cost per tonne"))
        let csv = ToolRun(["measures", "--format", "csv"]).output
        #expect(!csv.lowercased().contains("cost") && !csv.contains("1695"))
        let json = ToolRun(["measures", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let list = try #require(object["measures"] as? [[String: Any]])
        #expect(list.compactMap { ($0["costPerTonne"] as? [String: Any])?["period"] as? Int } == [1695, 21000])
    }

    /// The same two budgets as `against`: Klimamidler 14,5 → 15,5 in 2022, and the HVO line (2, 2, 2, 0) removed.
    @Test("diff covers financing lines as it covers measures: added, removed, changed, with the change per year")
    func diff() throws {
        let (older, newer) = try Self.olderAndNewer()
        let run = ToolRun(["diff", older.path, newer.path])
        #expect(run.code == 0)
        #expect(
            run.output.contains(
                """
                Measures: 0 added, 0 removed, 0 changed.
                Financing lines: 0 added, 1 removed, 1 changed.
                ~ klimamidler Klimamidler forvaltet av Miljøenheten: 2022 +1 MNOK
                - hvo-biodiesel Teknisk, HVO biodiesel: 2022 -2 MNOK; 2023 -2 MNOK; 2024 -2 MNOK

                """))
        let json = ToolRun(["diff", older.path, newer.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let lines = try #require(object["financing"] as? [[String: Any]])
        #expect(lines.map { $0["status"] as? String } == ["changed", "removed"])
        // Two copies of one budget: no financing section at all.
        let same = ToolRun(["diff", older.path, older.path, "--format", "json"])
        #expect(!same.output.contains("\"financing\""))
    }

    /// Two copies of the bundled budget: the older with 14,5 MNOK (not 15,5) in 2022 on the first line, the newer
    /// without the HVO biodiesel line.
    static func olderAndNewer() throws -> (older: URL, newer: URL) {
        let older = try copyOfBundledBudget()
        let file = older.appendingPathComponent("Data/financing.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"2022\": 15.5", with: "\"2022\": 14.5").utf8).write(to: file)
        let newer = try copyOfBundledBudget()
        let newFile = newer.appendingPathComponent("Data/financing.json")
        var newText = try String(contentsOf: newFile, encoding: .utf8)
        let start = try #require(newText.range(of: "    {\n      \"id\": \"hvo-biodiesel\""))
        let end = try #require(newText.range(of: "    {\n      \"id\": \"koordinator-planer\""))
        newText.removeSubrange(start.lowerBound..<end.lowerBound)
        try Data(newText.utf8).write(to: newFile)
        return (older, newer)
    }

}
