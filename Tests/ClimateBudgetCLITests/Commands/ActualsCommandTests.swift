import Foundation
import Testing

@testable import ClimateBudgetCLI

/// `gap` with actual emissions (issue 12, "Actual emissions against the budget"), on the Trondheim fixture with
/// `Data/actuals.csv` giving 2022 and 2023.
///
/// Hand-computed from Tabell 7-1 (measure pathway 401 313 and 394 682, caps 381 472 and 367 143):
/// - 2022: 385 000 − 381 472 = 3 528 over the limit, 3 528 / 381 472 = 0.92 % → 1 %;
///   385 000 − 401 313 = −16 313: the measures delivered 16 313 t more than expected.
/// - 2023: 399 000 − 367 143 = 31 857 over the limit, 31 857 / 367 143 = 8.68 % → 9 %;
///   399 000 − 394 682 = 4 318: the measures delivered 4 318 t less than expected.
@Suite("Actual emissions in gap")
struct ActualsCommandTests {
    static let actuals = "year,total\n2022,385000\n2023,399000\n"

    /// A copy of the fixture with `Data/actuals.csv`.
    static func budget(actuals: String = actuals) throws -> URL {
        let folder = try copyOfBundledBudget()
        try Data(actuals.utf8).write(to: folder.appendingPathComponent("Data/actuals.csv"))
        return folder
    }

    @Test("gap's text: the actual rows after Tabell 7-1, and notes in plain words")
    func text() throws {
        let run = ToolRun(["gap", "--lang", "en"], in: try Self.budget())
        #expect(run.code == 0)
        #expect(
            run.output == """
                Trondheim kommune, Klimabudsjett 2022: emission budget 2022-2025 (tCO2e)

                                                             2009     2019     2022     2023     2024     2025
                Reference pathway                         524 491  424 456  430 613  429 582  428 164  426 485
                  change vs 2009                              0 %    -19 %    -18 %    -18 %    -18 %    -19 %
                Effect of measures                                           29 300   34 900   36 500   39 200
                Measure pathway                                             401 313  394 682  391 664  387 285
                  change vs 2009                                              -23 %    -25 %    -25 %    -26 %
                Target pathway (cap)                                        381 472  367 143  345 793  324 442
                  change vs 2009                                              -27 %    -30 %    -34 %    -38 %
                Gap: further cuts needed                                     19 841   27 539   45 871   62 843
                  in percentage points                                         4 pp     5 pp     9 pp    12 pp
                Actual emissions                                            385 000  399 000
                  over (+)/under (-) the limit                               +3 528  +31 857
                  in % of the limit                                            +1 %     +9 %
                  over (+)/under (-) the measure pathway                    -16 313   +4 318

                Over 2022-2025: reference 1 714 844, measure pathway 1 574 944, target 1 418 850 tonnes; cumulative gap 156 094 tonnes.
                Reference: the inventory for 2009 and 2019; given in Data/reference.csv for 2022, 2023, 2024 and 2025.
                Tabell 7-1 prints 62 844 t for the gap in 2025; the data gives 62 843 t, within the printed figure's rounding.
                Targets for 2022, 2023, 2024, 2025 are explicit caps from Data/target-caps.csv.
                Actual emissions: from Data/actuals.csv for 2022 and 2023.
                2022: over the limit by 3 528 t (1 %); the measures delivered 16 313 t more than expected.
                2023: over the limit by 31 857 t (9 %); the measures delivered 4 318 t less than expected.

                """)
        #expect(
            run.errorOutput
                == "note: validation reports 9 error(s) and 0 warning(s) that do not change these figures; run 'climate-budget validate' to see them.\n"
        )
    }

    @Test("gap's Markdown: the same rows and notes")
    func markdown() throws {
        let run = ToolRun(["gap", "--format", "markdown", "--lang", "en"], in: try Self.budget())
        #expect(run.code == 0)
        #expect(
            run.output.hasSuffix(
                """
                | in percentage points |  |  | 4 pp | 5 pp | 9 pp | 12 pp |
                | Actual emissions |  |  | 385 000 | 399 000 |  |  |
                | over (+)/under (-) the limit |  |  | +3 528 | +31 857 |  |  |
                | in % of the limit |  |  | +1 % | +9 % |  |  |
                | over (+)/under (-) the measure pathway |  |  | -16 313 | +4 318 |  |  |

                - Over 2022-2025: reference 1 714 844, measure pathway 1 574 944, target 1 418 850 tonnes; cumulative gap 156 094 tonnes.
                - Reference: the inventory for 2009 and 2019; given in Data/reference.csv for 2022, 2023, 2024 and 2025.
                - Tabell 7-1 prints 62 844 t for the gap in 2025; the data gives 62 843 t, within the printed figure's rounding.
                - Targets for 2022, 2023, 2024, 2025 are explicit caps from Data/target-caps.csv.
                - Actual emissions: from Data/actuals.csv for 2022 and 2023.
                - 2022: over the limit by 3 528 t (1 %); the measures delivered 16 313 t more than expected.
                - 2023: over the limit by 31 857 t (9 %); the measures delivered 4 318 t less than expected.

                """))
    }

    @Test("gap's CSV: five columns on the actual emissions after the gap's")
    func csv() throws {
        let lines = ToolRun(["gap", "--format", "csv"], in: try Self.budget()).output.split(separator: "\n")
        #expect(
            lines == [
                "year,reference,referenceChange,effect,measurePathway,measurePathwayChange,target,targetChange,targetSource,gap,gapPoints,actual,actualSource,actualAgainstTarget,actualAgainstTargetPercent,actualAgainstMeasurePathway",
                "2009,524491,0,,,,,,,,,,,,,",
                "2019,424456,-19,,,,,,,,,,,,,",
                "2022,430613,-18,29300,401313,-23,381472,-27,explicit,19841,4,385000,actuals,3528,1,-16313",
                "2023,429582,-18,34900,394682,-25,367143,-30,explicit,27539,5,399000,actuals,31857,9,4318",
                "2024,428164,-18,36500,391664,-25,345793,-34,explicit,45871,9,,,,,",
                "2025,426485,-19,39200,387285,-26,324442,-38,explicit,62843,12,,,,,",
            ])
        // Without actual emissions the CSV keeps its columns.
        #expect(
            ToolRun(["gap", "--format", "csv"]).output.hasPrefix(
                "year,reference,referenceChange,effect,measurePathway,measurePathwayChange,target,targetChange,targetSource,gap,gapPoints\n"
            ))
    }

    @Test("gap's JSON: each year's actual, its source and the comparisons, null where there is none")
    func json() throws {
        let run = ToolRun(["gap", "--format", "json"], in: try Self.budget())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let years = try #require(object["years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? Int } == [2009, 2019, 2022, 2023, 2024, 2025])
        #expect(years.map { $0["actual"] as? Int } == [nil, nil, 385000, 399000, nil, nil])
        #expect(years.map { $0["actualSource"] as? String } == [nil, nil, "actuals", "actuals", nil, nil])
        #expect(years.map { $0["actualAgainstTarget"] as? Int } == [nil, nil, 3528, 31857, nil, nil])
        #expect(years.map { $0["actualAgainstTargetPercent"] as? Int } == [nil, nil, 1, 9, nil, nil])
        #expect(years.map { $0["actualAgainstMeasurePathway"] as? Int } == [nil, nil, -16313, 4318, nil, nil])
        #expect(years[4]["actual"] is NSNull)
        // Without actual emissions the JSON has no such fields.
        let plain = ToolRun(["gap", "--format", "json"]).output
        #expect(!plain.contains("actual"))
    }

    @Test(
        "After roll to 2023-2026, 2022's actual stays, compared with its cap; the period has no measure pathway for it")
    func roll() throws {
        let folder = try Self.budget()
        #expect(ToolRun(["roll", "--period", "2023-2026", "--write"], in: folder).code == 0)
        let run = ToolRun(["gap", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let years = try #require(object["years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? Int } == [2009, 2019, 2022, 2023, 2024, 2025, 2026])
        let y2022 = years[2]
        #expect(y2022["inPeriod"] as? Bool == false)
        #expect(y2022["actual"] as? Int == 385000)
        // The 2022 cap stays in Data/target-caps.csv: 385 000 − 381 472 = 3 528.
        #expect(y2022["actualAgainstTarget"] as? Int == 3528)
        #expect(y2022["actualAgainstMeasurePathway"] is NSNull)
        let text = ToolRun(["gap", "--lang", "en"], in: folder).output
        #expect(text.contains("\nActual emissions: from Data/actuals.csv for 2022 and 2023.\n"))
        #expect(text.contains("\n2022: over the limit by 3 528 t (1 %).\n"))
        #expect(
            text.contains(
                "\n2023: over the limit by 31 857 t (9 %); the measures delivered 4 318 t less than expected.\n"))
    }

    @Test("An unknown sector column in Data/actuals.csv withholds the actual rows and nothing else")
    func withheld() throws {
        let folder = try Self.budget(actuals: "year,veitrafik\n2022,385000\n")
        let run = ToolRun(["gap", "--lang", "en"], in: folder)
        #expect(run.code == 1)
        #expect(
            run.output.contains(
                "\nGap: further cuts needed                                                19 841   27 539   45 871   62 843\n"
            ))
        #expect(run.output.contains("\nActual emissions (withheld)\n"))
        #expect(run.output.contains("\n  over (+)/under (-) the limit (withheld)\n"))
        #expect(
            run.output.contains(
                "\nWithheld: the actual emissions, computed from data with errors in Data/actuals.csv [unknown-sector]; run 'climate-budget validate'.\n"
            ))
        #expect(!run.output.contains("385 000"))
        #expect(
            run.errorOutput == """
                Data/actuals.csv: error: the column "veitrafik" is not a known sector. Did you mean "veitrafikk"? Use one of: veitrafikk, energiforsyning, annen-mobil-forbrenning, sjofart, industri, oppvarming, jordbruk, or add it to Data/sectors.json [unknown-sector]
                Withheld: the actual emissions, computed from data with the errors above. Fix them and run the command again.

                """)
        // The council summary needs Tabell 7-1 whole, not the actual emissions: it is still written.
        #expect(ToolRun(["summary"], in: folder).code == 0)
    }

    /// The inventory for 2022 typed into the reference, with lastHistoricalYear 2022: the reference is 385 000, the
    /// measure pathway 385 000 − 29 300 = 355 700 and the gap 355 700 − 381 472 = −25 772.
    @Test(
        "lastHistoricalYear inside the period: the reference's inventory is the actual, not compared with the measure pathway"
    )
    func inventoryInThePeriod() throws {
        let folder = try copyOfBundledBudget()
        let settings = folder.appendingPathComponent("Data/budget.json")
        try Data(
            try String(contentsOf: settings, encoding: .utf8).replacingOccurrences(
                of: "\"lastHistoricalYear\": 2019", with: "\"lastHistoricalYear\": 2022"
            ).utf8
        ).write(to: settings)
        let reference = folder.appendingPathComponent("Data/reference.csv")
        try Data(
            try String(contentsOf: reference, encoding: .utf8).replacingOccurrences(
                of: "2022,430613", with: "2022,385000"
            ).utf8
        ).write(to: reference)
        let run = ToolRun(["gap", "--lang", "en"], in: folder)
        #expect(run.code == 0)
        #expect(
            run.output.contains(
                "\nGap: further cuts needed                                    -25 772   27 539   45 871   62 843\n"))
        #expect(run.output.contains("\nActual emissions                                            385 000\n"))
        #expect(
            run.output.contains(
                "\nReference: the inventory for 2009, 2019 and 2022; given in Data/reference.csv for 2023, 2024 and 2025.\n"
            ))
        #expect(
            run.output.contains(
                "\nActual emissions: from the inventory in Data/reference.csv (up to lastHistoricalYear) for 2022.\n"))
        #expect(
            run.output.contains(
                "\n2022: over the limit by 3 528 t (1 %); the actual is the reference's inventory figure, which the measure pathway is computed from too, so the two are not compared (record it in Data/actuals.csv to compare).\n"
            ))
        // roll to 2023-2026 no longer refuses a period that starts inside the history.
        #expect(ToolRun(["roll", "--period", "2023-2026"], in: folder).code == 0)
    }
}
