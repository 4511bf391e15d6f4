import ClimateBudget
import ClimateBudgetFiles
import Testing

@Suite("Loading status reports")
struct StatusLoadingTests {
    @Test("A measure's status list loads, and the budget's reporting period")
    func loads() throws {
        let fixture = try FixtureBudget()
        try fixture.replace(
            "\"effect\": { \"2022\": 50, \"2023\": 60 }",
            with: """
                "effect": { "2022": 50, "2023": 60 },
                  "status": [
                    { "period": "2022-T1", "status": "on-track", "comment": "Nye busser bestilt.", "date": "2022-05-10" },
                    { "period": "2022-T2", "status": "delayed", "comment": "Levering forsinket." }
                  ]
                """, in: "Measures/01-fossilfri-buss.json")
        try fixture.replace(
            "\"language\": \"nb\"", with: "\"language\": \"nb\",\n  \"reportingPeriod\": \"2022-T2\"",
            in: "Data/budget.json")
        let budget = try fixture.load()
        #expect(budget.settings.reportingPeriod == ReportingPeriod("2022-T2"))
        #expect(
            budget.measures[0].statusReports == [
                StatusReport(
                    period: ReportingPeriod("2022-T1")!, status: .onTrack, comment: "Nye busser bestilt.",
                    date: "2022-05-10"),
                StatusReport(period: ReportingPeriod("2022-T2")!, status: .delayed, comment: "Levering forsinket."),
            ])
    }

    @Test("A wrong period or status is named with its place and the allowed values")
    func errors() throws {
        let fixture = try FixtureBudget()
        try fixture.replace(
            "\"effect\": { \"2022\": 50, \"2023\": 60 }",
            with: """
                "effect": { "2022": 50, "2023": 60 },
                  "status": [{ "period": "2022-T4", "status": "late" }]
                """, in: "Measures/01-fossilfri-buss.json")
        #expect(
            fixture.loadErrors() == [
                "Measures/01-fossilfri-buss.json: status[0].period: \"2022-T4\" is not allowed; expected a reporting period such as \"2022-T1\" (year, then T1, T2 or T3)",
                "Measures/01-fossilfri-buss.json: status[0].status: \"late\" is not allowed; expected one of \"not-started\", \"on-track\", \"delayed\", \"done\", \"cancelled\"",
            ])
    }
    /// Issue 10, item 2: a misspelt status gets the did-you-mean the other enumerations have.
    @Test("A misspelt status suggests the status meant")
    func statusSuggestion() throws {
        let fixture = try FixtureBudget()
        try fixture.replace(
            "\"effect\": { \"2022\": 50, \"2023\": 60 }",
            with: """
                "effect": { "2022": 50, "2023": 60 },
                  "status": [{ "period": "2022-T1", "status": "on-trak" }]
                """, in: "Measures/01-fossilfri-buss.json")
        #expect(
            fixture.loadErrors() == [
                "Measures/01-fossilfri-buss.json: status[0].status: \"on-trak\" is not allowed; expected one of \"not-started\", \"on-track\", \"delayed\", \"done\", \"cancelled\"; did you mean \"on-track\"?"
            ])
    }

    @Test("A misspelt kind suggests the kind meant")
    func kindSuggestion() throws {
        let fixture = try FixtureBudget()
        try fixture.replace(
            "\"kind\": \"quantified\"", with: "\"kind\": \"quantifed\"", in: "Measures/01-fossilfri-buss.json")
        #expect(
            fixture.loadErrors() == [
                "Measures/01-fossilfri-buss.json: kind: \"quantifed\" is not allowed; expected one of \"quantified\", \"unquantified\", \"otherGoals\", \"enabling\"; did you mean \"quantified\"?"
            ])
    }
}

@Suite("Status dates")
struct StatusDateTests {
    @Test("A date not written year-month-day is named")
    func date() throws {
        let fixture = try FixtureBudget()
        try fixture.replace(
            "\"effect\": { \"2022\": 50, \"2023\": 60 }",
            with: """
                "effect": { "2022": 50, "2023": 60 },
                  "status": [{ "period": "2022-T1", "status": "done", "date": "15.05.2022" }]
                """, in: "Measures/01-fossilfri-buss.json")
        #expect(
            fixture.loadErrors() == [
                "Measures/01-fossilfri-buss.json: status[0].date: \"15.05.2022\" is not allowed; expected a date written year-month-day, such as \"2022-05-15\""
            ])
    }
}
