import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetFiles

/// The carbon budget as the environment unit writes it in `Data/targets.json`: `"carbonBudget"` and
/// `"carbonBudgetPathways"` (issue 12).
@Suite("Reading the carbon budget")
struct CarbonBudgetFilesTests {
    func fixture(_ extra: String) throws -> FixtureBudget {
        let fixture = try FixtureBudget()
        try fixture.write(
            "Data/targets.json",
            "{ \"milestones\": [ { \"goal\": \"2a\", \"year\": 2023, \"percentChange\": -30 } ], \(extra) }")
        return fixture
    }

    @Test("A span and pathways of every method are read, with their places")
    func read() throws {
        let budget = try fixture(
            """
            "carbonBudget": { "from": 2022, "to": 2030 },
            "carbonBudgetPathways": [
              { "tonnes": 2000000, "from": 2022, "method": "line" },
              { "tonnes": 2000000, "from": 2023, "method": "exponential" },
              { "tonnes": 1500000.5, "from": 2024, "method": "rate", "percentPerYear": -11.72 }
            ]
            """
        ).load()
        #expect(budget.targets.carbonBudget == CarbonBudgetSpan(from: 2022, to: 2030))
        #expect(
            budget.targets.carbonBudgetPathways == [
                CarbonBudgetPathwayRule(tonnes: 2_000_000, from: 2022, method: .line, place: "carbonBudgetPathways[0]"),
                CarbonBudgetPathwayRule(
                    tonnes: 2_000_000, from: 2023, method: .exponential, place: "carbonBudgetPathways[1]"),
                CarbonBudgetPathwayRule(
                    tonnes: 1_500_000.5, from: 2024, method: .rate(percentPerYear: -11.72),
                    place: "carbonBudgetPathways[2]"),
            ])
    }

    @Test("An empty carbonBudget is the period; a file without one has none")
    func defaults() throws {
        let budget = try fixture("\"carbonBudget\": {}").load()
        #expect(budget.targets.carbonBudget == CarbonBudgetSpan())
        let bounds = try #require(budget.targets.carbonBudget).bounds(period: budget.settings.period)
        #expect(bounds.from == 2022 && bounds.to == 2023)
        let plain = try FixtureBudget().load()
        #expect(plain.targets.carbonBudget == nil)
        #expect(plain.targets.carbonBudgetPathways == [])
    }

    @Test("A span that ends before it starts, a misspelt bound, a year out of range")
    func spanErrors() throws {
        #expect(
            try fixture("\"carbonBudget\": { \"from\": 2030, \"to\": 2022 }").loadErrors() == [
                "Data/targets.json: carbonBudget: \"2030-2022\" is not allowed; expected a first year (from) no later than the last (to)"
            ])
        #expect(
            try fixture("\"carbonBudget\": { \"form\": 2022, \"to\": 20300 }").loadErrors() == [
                "Data/targets.json: carbonBudget.form: \"form\" is not allowed; expected one of the fields from, to; did you mean \"from\"?",
                "Data/targets.json: carbonBudget.to: \"20300\" is not allowed; expected the carbon budget's last year, such as 2030 from 1900 to 2200",
            ])
        #expect(
            try fixture("\"carbonBudget\": [2022, 2030]").loadErrors() == [
                "Data/targets.json: carbonBudget: expected an object { ... }, found a list [ ... ]"
            ])
    }

    @Test("A pathway without its budget or start, with a mistyped method, with no tonnes above zero")
    func pathwayErrors() throws {
        #expect(
            try fixture("\"carbonBudgetPathways\": [ { \"method\": \"lin\" } ]").loadErrors() == [
                "Data/targets.json: carbonBudgetPathways[0].tonnes: missing; add the carbon budget in tonnes CO2e, such as 2000000",
                "Data/targets.json: carbonBudgetPathways[0].from: missing; add the first year the carbon budget covers, such as 2022",
                "Data/targets.json: carbonBudgetPathways[0].method: \"lin\" is not allowed; expected one of \"line\", \"exponential\", \"rate\"; did you mean \"line\"?",
            ])
        #expect(
            try fixture("\"carbonBudgetPathways\": [ { \"tonnes\": 0, \"from\": 2022, \"method\": \"line\" } ]")
                .loadErrors() == [
                    "Data/targets.json: carbonBudgetPathways[0].tonnes: \"0\" is not allowed; expected a number of tonnes above zero, such as 2000000"
                ])
    }

    @Test("percentPerYear: required with a rate, above -100, and only with a rate")
    func percentPerYear() throws {
        #expect(
            try fixture("\"carbonBudgetPathways\": [ { \"tonnes\": 2000000, \"from\": 2022, \"method\": \"rate\" } ]")
                .loadErrors() == [
                    "Data/targets.json: carbonBudgetPathways[0].percentPerYear: missing; add the change each year in percent, such as -11.72"
                ])
        #expect(
            try fixture(
                "\"carbonBudgetPathways\": [ { \"tonnes\": 2000000, \"from\": 2022, \"method\": \"rate\", \"percentPerYear\": -100 } ]"
            ).loadErrors() == [
                "Data/targets.json: carbonBudgetPathways[0].percentPerYear: \"-100\" is not allowed; expected a change above -100, such as -11.72 for 11.72 % less a year"
            ])
        #expect(
            try fixture(
                "\"carbonBudgetPathways\": [ { \"tonnes\": 2000000, \"from\": 2022, \"method\": \"exponential\", \"percentPerYear\": -5 } ]"
            ).loadErrors() == [
                "Data/targets.json: carbonBudgetPathways[0].percentPerYear: \"-5\" is not allowed; expected no percentPerYear with the method \"exponential\": only \"rate\" takes one"
            ])
    }
}
