import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetFiles

/// The pathway rules as the environment unit writes them: `"projection"` in `Data/budget.json`, `"rules"` and
/// `"sectors"` in `Data/targets.json`, a `percentChange` column in `Data/target-caps.csv`.
@Suite("Reading the pathway rules")
struct PathwayFilesTests {
    static let settings = """
        {
          "name": "Example budget",
          "municipality": "Example kommune",
          "period": { "start": 2022, "end": 2023 },
          "baseYear": 2009,
          "lastHistoricalYear": 2009,
          "projection": PROJECTION
        }
        """

    func fixture(projection: String) throws -> FixtureBudget {
        let fixture = try FixtureBudget()
        try fixture.write("Data/budget.json", Self.settings.replacingOccurrences(of: "PROJECTION", with: projection))
        return fixture
    }

    @Test("A projection with a method per sector is read")
    func projection() throws {
        let fixture = try fixture(
            projection: """
                { "method": "linearTrend", "years": 5, "sectors": { "veitrafikk": { "method": "percentChange", "percentPerYear": -2.5 } } }
                """)
        let budget = try fixture.load()
        #expect(
            budget.reference.projection
                == ReferenceProjection(
                    method: .linearTrend(years: 5), bySector: ["veitrafikk": .percentChange(perYear: -2.5)]))
    }

    @Test("A held reference fills the period years the file leaves out")
    func heldReference() throws {
        let fixture = try fixture(projection: "{ \"method\": \"hold\" }")
        try fixture.write("Data/reference.csv", "year,total\n2009,1000\n2023,880\n")
        let budget = try fixture.load()
        // 2022 is held at the 2009 inventory; 2023 is given in the file.
        #expect(budget.referencePathway.total[2022] == 1000)
        #expect(budget.referencePathway.origin(in: 2022) == .projected(.hold, from: 2009))
        #expect(budget.referencePathway.total[2023] == 880)
        #expect(budget.referencePathway.origin(in: 2023) == .explicit)
    }

    @Test("A mistyped method names the field, the choices and the closest")
    func unknownMethod() throws {
        let fixture = try fixture(projection: "{ \"method\": \"linearTrnd\", \"years\": 5 }")
        #expect(
            fixture.loadErrors() == [
                "Data/budget.json: projection.method: \"linearTrnd\" is not allowed; expected one of \"hold\", \"linearTrend\", \"percentChange\"; did you mean \"linearTrend\"?"
            ])
    }

    @Test("A trend needs at least two years, a change above -100 % and below 100 %")
    func invalidParameters() throws {
        let trend = try fixture(projection: "{ \"method\": \"linearTrend\", \"years\": 1 }")
        #expect(
            trend.loadErrors() == [
                "Data/budget.json: projection.years: \"1\" is not allowed; expected how many of the last inventory figures the trend is fitted to from 2 to 100"
            ])
        let change = try fixture(projection: "{ \"method\": \"percentChange\", \"percentPerYear\": -100 }")
        #expect(
            change.loadErrors() == [
                "Data/budget.json: projection.percentPerYear: \"-100\" is not allowed; expected a change above -100 and below 100, such as -2 for 2 % less a year"
            ])
        // 1e16 % a year compounds past any number of tonnes within a few years.
        let huge = try fixture(projection: "{ \"method\": \"percentChange\", \"percentPerYear\": 1e16 }")
        #expect(
            huge.loadErrors() == [
                "Data/budget.json: projection.percentPerYear: \"1e+16\" is not allowed; expected a change above -100 and below 100, such as -2 for 2 % less a year"
            ])
    }

    @Test("Target rules of the total and of a sector are read with their places")
    func rules() throws {
        let fixture = try FixtureBudget()
        try fixture.write(
            "Data/targets.json",
            """
            {
              "milestones": [ { "goal": "2a", "year": 2023, "percentChange": -30 } ],
              "rules": [
                { "from": "inventory", "to": "milestones", "shape": "line" },
                { "from": 2023, "level": 700, "percentPerYear": -5, "through": 2030 }
              ],
              "sectors": {
                "veitrafikk": {
                  "milestones": [ { "year": 2030, "percentChange": -60 } ],
                  "rules": [ { "from": "inventory", "to": 2030, "shape": "constantRate" } ]
                }
              }
            }
            """)
        let targets = try fixture.load().targets
        #expect(
            targets.rules == [
                TargetRule(from: .inventory, .path(to: .milestones, shape: .line), place: "rules[0]"),
                TargetRule(
                    from: .year(2023), level: 700, .yearlyChange(percentPerYear: -5, through: 2030), place: "rules[1]"),
            ])
        #expect(
            targets.sectors == [
                "veitrafikk": SectorTargets(
                    milestones: [Milestone(year: 2030, percentChange: -60)],
                    rules: [
                        TargetRule(
                            from: .inventory, .path(to: .milestone(2030), shape: .constantRate),
                            place: "sectors.veitrafikk.rules[0]")
                    ])
            ])
    }

    @Test("A rule that is both a path and a yearly change, or has a mistyped start, is refused with its place")
    func invalidRules() throws {
        let fixture = try FixtureBudget()
        try fixture.write(
            "Data/targets.json",
            """
            {
              "rules": [
                { "from": "inventory", "to": 2030, "percentPerYear": -5, "through": 2030 },
                { "from": "inventroy", "to": 2030 },
                { "from": 2023, "to": 2030, "shape": "curve" },
                { "from": 20230, "to": 2030 }
              ]
            }
            """)
        #expect(
            fixture.loadErrors() == [
                "Data/targets.json: rules[0].percentPerYear: \"-5\" is not allowed; expected no percentPerYear in a rule with \"to\" or \"shape\": a rule is either a path {\"from\", \"to\", \"shape\"} or a yearly change {\"from\", \"percentPerYear\", \"through\"}",
                "Data/targets.json: rules[1].from: \"inventroy\" is not allowed; expected \"inventory\" or a milestone's year such as 2023",
                "Data/targets.json: rules[2].shape: \"curve\" is not allowed; expected one of \"line\", \"constantRate\"",
                "Data/targets.json: rules[3].from: \"20230\" is not allowed; expected \"inventory\" or a milestone's year such as 2023 from 1900 to 2200",
            ])
    }

    @Test("A yearly rate of 100 % or more, and a milestone outside -100 % to 1000 %, are refused with their place")
    func ratesOutOfRange() throws {
        let fixture = try FixtureBudget()
        try fixture.write(
            "Data/targets.json",
            """
            {
              "milestones": [ { "goal": "2a", "year": 2023, "percentChange": -30 }, { "year": 2030, "percentChange": 1e20 } ],
              "rules": [ { "from": 2023, "percentPerYear": 100, "through": 2030 } ],
              "sectors": { "veitrafikk": { "milestones": [ { "year": 2030, "percentChange": -101 } ] } }
            }
            """)
        #expect(
            fixture.loadErrors() == [
                "Data/targets.json: milestones[1].percentChange: \"1e+20\" is not allowed; expected a change against the base year in percent from -100 to below 1000, such as -80",
                "Data/targets.json: rules[0].percentPerYear: \"100\" is not allowed; expected a change above -100 and below 100, such as -5 for 5 % less a year",
                "Data/targets.json: sectors.veitrafikk.milestones[0].percentChange: \"-101\" is not allowed; expected a change against the base year in percent from -100 to below 1000, such as -80",
            ])
    }

    @Test("Caps in percent against the base year; a year with both tonnes and percent is refused")
    func percentCaps() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Data/target-caps.csv", "year,total,percentChange\n2022,750,\n2023,,-30\n")
        let budget = try fixture.load()
        #expect(budget.targets.caps == [2022: 750])
        #expect(budget.targets.percentCaps == [2023: -30])
        // 1 000 t in 2009, −30 %: 700 t.
        #expect(
            TargetPathway.targets(for: budget, years: [2023])[2023]
                == TargetValue(value: 700, source: .explicitPercent(-30)))
        try fixture.write("Data/target-caps.csv", "year,total,percentChange\n2022,750,-25\n")
        #expect(
            fixture.loadErrors() == [
                "Data/target-caps.csv:2:10: column \"percentChange\": expected an empty cell, since 2022 has its cap in tonnes: give a year's cap in tonnes or in percent, not both, found \"-25\"; correct the cell, or leave it empty where there is no figure"
            ])
    }
}

/// A measure file that splits its effect between sectors loads, and the writer keeps the split.
@Suite("Reading and writing a measure's effect by sector")
struct EffectBySectorFileTests {
    @Test("effectBySector is read per sector and year, and written back the same")
    func roundTrip() throws {
        let fixture = try FixtureBudget()
        try fixture.replace(
            "\"effect\": {",
            with: "\"effectBySector\": { \"veitrafikk\": { \"2022\": 50, \"2023\": 60 } },\n  \"effect\": {",
            in: "Measures/01-fossilfri-buss.json")
        let measure = try #require(try fixture.load().measures.first)
        #expect(measure.effectBySector == ["veitrafikk": [2022: 50, 2023: 60]])
        let written = MeasureFileWriter.render(measure)
        #expect(written.contains("  \"effectBySector\": {\n    \"veitrafikk\": {"))
        let reread = try JSONValue.parse(Data(written.utf8), file: "x.json")
        var errors: [LoadError] = []
        #expect(MeasureFile.read(reread, file: measure.file, errors: &errors) == measure)
        #expect(errors.isEmpty)
    }
}
