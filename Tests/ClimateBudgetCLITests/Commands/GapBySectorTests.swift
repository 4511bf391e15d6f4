import Foundation
import Testing

/// `gap --by-sector` (issue 13, sectors throughout).
@Suite("gap --by-sector")
struct GapBySectorTests {
    @Test(
        "Trondheim, with totals only: the effect by sector (the sectors' English names), and what would give the tables per sector"
    )
    func totalsOnly() {
        let run = ToolRun(["gap", "--by-sector", "--lang", "en"])
        #expect(run.code == 0)
        // Tabell 7-2's sums per sector; 8 700 + 11 600 + 6 200 + 2 800 = 29 300 in 2022, 41 200 + 60 000 +
        // 27 500 + 11 200 = 139 900 over the period.
        #expect(
            run.output.hasSuffix(
                """

                Effect of measures by sector    2022    2023    2024    2025      Sum
                Road traffic                   8 700   9 900  10 900  11 700   41 200
                Energy supply                 11 600  15 500  16 100  16 800   60 000
                Other mobile combustion        6 200   6 700   6 700   7 900   27 500
                Shipping                       2 800   2 800   2 800   2 800   11 200
                Total                         29 300  34 900  36 500  39 200  139 900

                No table per sector: Data/reference.csv gives totals only. Add a column per sector id (as in Data/sectors.json) to see each sector's reference, measure pathway and share of the total.

                """))
    }

    @Test("In the budget's language: the bokmål headings, the same figures")
    func bokmal() {
        let run = ToolRun(["gap", "--by-sector"])
        #expect(run.code == 0)
        #expect(run.output.contains("\nEffekt av tiltakene etter sektor    2022    2023    2024    2025      Sum\n"))
        #expect(run.output.contains("\nVeitrafikk                         8 700   9 900  10 900  11 700   41 200\n"))
        #expect(run.output.contains("\nTotalt                            29 300  34 900  36 500  39 200  139 900\n"))
        #expect(
            run.output.hasSuffix(
                "Ingen tabell per sektor: Data/reference.csv har bare totaltall. Legg til en kolonne per sektor-id (som i Data/sectors.json) for å se referansebanen, tiltaksbanen og andelen av totalen for hver sektor.\n"
            ))
    }

    @Test("With sector columns: each sector's reference, effect, measure pathway and share of the total")
    func sectorTables() throws {
        let folder = try copyOfBundledBudget()
        try removePrintedFigures(from: folder)
        // The same totals as Trondheim's, split over the seven sectors (made-up shares).
        let reference = """
            year,veitrafikk,energiforsyning,annen-mobil-forbrenning,sjofart,industri,oppvarming,jordbruk
            2009,200000,100000,60000,40000,70000,34491,20000
            2019,170000,80000,55000,35000,50000,19456,15000
            2022,172000,82000,56000,35613,50000,20000,15000
            2023,171000,82000,56000,35582,50000,20000,15000
            2024,170000,82000,56000,35164,50000,20000,15000
            2025,169000,82000,56000,34485,50000,20000,15000

            """
        try Data(reference.utf8).write(to: folder.appendingPathComponent("Data/reference.csv"))
        let run = ToolRun(["gap", "--by-sector", "--lang", "en"], in: folder)
        #expect(run.code == 0)
        // Veitrafikk 2022: 172 000 − 8 700 = 163 300, −18 % against 200 000 (163 300 / 200 000 = 0.8165);
        // share 172 000 / 430 613 = 39.9 % → 40 %; 2009: 200 000 / 524 491 = 38.1 % → 38 %. No sector target,
        // so no target or gap rows.
        #expect(
            run.output.contains(
                """
                Road traffic

                                                 2009     2019     2022     2023     2024     2025
                Reference pathway             200 000  170 000  172 000  171 000  170 000  169 000
                  change vs 2009                  0 %    -15 %    -14 %    -15 %    -15 %    -16 %
                Effect of measures                                8 700    9 900   10 900   11 700
                Measure pathway                                 163 300  161 100  159 100  157 300
                  change vs 2009                                  -18 %    -19 %    -20 %    -21 %
                Share of the total reference     38 %     40 %     40 %     40 %     40 %     40 %

                """))
        // Jordbruk 2022: 15 000 / 430 613 = 3.48 % → 3 %.
        #expect(run.output.contains("Share of the total reference     4 %     4 %     3 %     3 %     4 %     4 %\n"))
    }
}
