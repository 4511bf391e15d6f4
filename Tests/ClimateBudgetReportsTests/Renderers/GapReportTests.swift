import ClimateBudget
import ClimateBudgetFiles
import Foundation
import Testing

@testable import ClimateBudgetReports

@Suite("Gap report")
struct GapReportTests {
    let budget = TrondheimBudget.budget
    let table = EmissionBudgetTable.compute(for: TrondheimBudget.budget)

    @Test("The text table prints Tabell 7-1's figures and percentages as the source does")
    func text() {
        let text = GapReport.render(table, budget: budget, format: .text, language: .en)
        let expected = """
            Trondheim kommune, Klimabudsjett 2022: emission budget 2022-2025 (tCO2e)

                                         2009     2019     2022     2023     2024     2025
            Reference pathway         524 491  424 456  430 613  429 582  428 164  426 485
              change vs 2009              0 %    -19 %    -18 %    -18 %    -18 %    -19 %
            Effect of measures                           29 300   34 900   36 500   39 200
            Measure pathway                             401 313  394 682  391 664  387 285
              change vs 2009                              -23 %    -25 %    -25 %    -26 %
            Target pathway (cap)                        381 472  367 143  345 793  324 442
              change vs 2009                              -27 %    -30 %    -34 %    -38 %
            Gap: further cuts needed                     19 841   27 539   45 871   62 843
              in percentage points                         4 pp     5 pp     9 pp    12 pp

            Over 2022-2025: reference 1 714 844, measure pathway 1 574 944, target 1 418 850 tonnes; cumulative gap 156 094 tonnes.
            Reference: the inventory for 2009 and 2019; given in Data/reference.csv for 2022, 2023, 2024 and 2025.
            Tabell 7-1 prints 62 844 t for the gap in 2025; the data gives 62 843 t, within the printed figure's rounding.
            Targets for 2022, 2023, 2024, 2025 are explicit caps from Data/target-caps.csv.

            """
        #expect(text == expected)
    }

    @Test("The JSON contract carries every figure, with null where undefined")
    func json() throws {
        let text = GapReport.render(table, budget: budget, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["baseYear"] as? Int == 2009)
        #expect(object["baseEmissions"] as? Int == 524491)
        #expect(object["unit"] as? String == "tCO2e")
        let period = try #require(object["period"] as? [String: Int])
        #expect(period == ["start": 2022, "end": 2025])
        let years = try #require(object["years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? Int } == [2009, 2019, 2022, 2023, 2024, 2025])
        #expect(years.map { $0["gap"] as? Int } == [nil, nil, 19841, 27539, 45871, 62843])
        // The changes' difference: −23 − (−27) = 4, −25 − (−30) = 5, −25 − (−34) = 9, −26 − (−38) = 12.
        #expect(years.map { $0["gapPoints"] as? Int } == [nil, nil, 4, 5, 9, 12])
        #expect(years[0]["gapPoints"] is NSNull)
        #expect(years.map { $0["measurePathway"] as? Int } == [nil, nil, 401313, 394682, 391664, 387285])
        #expect(years.map { $0["target"] as? Int } == [nil, nil, 381472, 367143, 345793, 324442])
        #expect(
            years.map { $0["kind"] as? String } == [
                "history", "history", "projection", "projection", "projection", "projection",
            ])
        #expect(years[0]["effect"] is NSNull)
        let cumulative = try #require(object["cumulative"] as? [String: Any])
        #expect(cumulative["gap"] as? Int == 156094)
        let sectors = try #require(object["effectBySector"] as? [[String: Any]])
        #expect(
            sectors.map { $0["sector"] as? String } == [
                "veitrafikk", "energiforsyning", "annen-mobil-forbrenning", "sjofart",
            ])
    }

    @Test("Markdown is a table with the same rows")
    func markdown() {
        let text = GapReport.render(table, budget: budget, format: .markdown, language: .en)
        #expect(
            text.contains(
                "|  | 2009 | 2019 | 2022 | 2023 | 2024 | 2025 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"))
        #expect(text.contains("| Gap: further cuts needed |  |  | 19 841 | 27 539 | 45 871 | 62 843 |"))
        #expect(text.contains("| change vs 2009 | 0 % | -19 % | -18 % | -18 % | -18 % | -19 % |"))
        #expect(text.contains("| in percentage points |  |  | 4 pp | 5 pp | 9 pp | 12 pp |\n"))
    }

    @Test("CSV has one row per year with full precision")
    func csv() {
        let lines = GapReport.render(table, budget: budget, format: .csv).split(separator: "\n")
        #expect(
            lines.first
                == "year,reference,referenceChange,effect,measurePathway,measurePathwayChange,target,targetChange,targetSource,gap,gapPoints"
        )
        #expect(lines[1] == "2009,524491,0,,,,,,,,")
        // 2025: −26 − (−38) = 12 points.
        #expect(lines.last == "2025,426485,-19,39200,387285,-26,324442,-38,explicit,62843,12")
    }

    @Test("Derived targets are explained under the table")
    func derivedTargetNotes() {
        var budget = budget
        budget.targets.caps[2023] = nil
        budget.targets.caps[2024] = nil
        let table = EmissionBudgetTable.compute(for: budget)
        let notes = GapReport.notes(table, budget: budget)
        #expect(notes.contains("2023: target from the 2023 milestone (-30 %, goal 2a) in Data/targets.json."))
        #expect(
            notes.contains(
                "2024: target on the straight line from the 2023 milestone (-30 %, goal 2a) to the 2030 milestone (-80 %, goal 5) in Data/targets.json."
            ))
    }
}

@Suite("Gap report notes")
struct GapReportNotesTests {
    @Test("Without a target in every year the sums are shown without a cumulative gap")
    func partialSums() {
        var budget = ExampleBudget.budget
        budget.targets.caps[2022] = nil
        let notes = GapReport.notes(EmissionBudgetTable.compute(for: budget), budget: budget)
        #expect(
            notes.first
                == "Over 2022-2023: reference 1 780, measure pathway 1 670 tonnes; no cumulative gap, since not every year has a target."
        )
        #expect(
            notes.contains("2022: no target, so no gap (add a cap to Data/target-caps.csv or milestones around it)."))
    }
}

/// Numbers written without binary noise (issue 9, item 3).
@Suite("Numbers as written")
struct NumbersAsWrittenTests {
    @Test("JSON writes a figure to the kilogram at most, never binary noise")
    func jsonNumbers() {
        #expect(JSONOutput.number(952299.4800000001).rendered() == "952299.48\n")
        #expect(JSONOutput.number(254752.77142857137).rendered() == "254752.771\n")
        #expect(JSONOutput.number(0.1 + 0.2).rendered() == "0.3\n")
        #expect(JSONOutput.number(-15750.5).rendered() == "-15750.5\n")
        #expect(JSONOutput.number(524491).rendered() == "524491\n")
    }

    @Test("An edited input is shown with its decimals, grouped")
    func exactTonnes() {
        #expect(NumberFormat.exactTonnes(15750.5) == "15 750.5")
        #expect(NumberFormat.exactTonnes(15500) == "15 500")
        #expect(NumberFormat.exactTonnes(-1234.25) == "-1 234.25")
        #expect(NumberFormat.exactTonnes(0.1 + 0.2) == "0.3")
        #expect(NumberFormat.exactTonnes(952299.4800000001) == "952 299.48")
    }
}
