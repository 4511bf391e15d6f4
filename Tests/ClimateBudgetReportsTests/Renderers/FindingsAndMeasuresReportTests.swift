import ClimateBudget
import ClimateBudgetFiles
import Foundation
import Testing

@testable import ClimateBudgetReports

@Suite("Findings, measures and rules reports")
struct FindingsAndMeasuresReportTests {
    let finding = Finding(
        severity: .error, rule: "missing-reporter", measure: 7, file: "Measures/07-x.json", message: "no reporter")

    @Test("Findings as text end with a count")
    func findingsText() {
        #expect(
            FindingsReport.text([finding], measureCount: 37) == """
                Measures/07-x.json: error: measure 7: no reporter [missing-reporter]

                1 error, 0 warnings in 37 measures.

                """)
        #expect(FindingsReport.text([], measureCount: 2) == "No findings: 0 errors, 0 warnings in 2 measures.\n")
    }

    @Test("Findings as JSON carry severity, rule, measure, file and message")
    func findingsJSON() {
        #expect(
            FindingsReport.json([finding]).rendered() == """
                {
                  "errors": 1,
                  "warnings": 0,
                  "notChecked": [],
                  "findings": [
                    {
                      "severity": "error",
                      "rule": "missing-reporter",
                      "measure": 7,
                      "file": "Measures/07-x.json",
                      "message": "no reporter"
                    }
                  ],
                  "notes": []
                }

                """)
    }

    @Test("Measures as CSV: the importable sheet, one row per measure, one column per period year")
    func measuresCSV() {
        // The last cells are the export records: "cb1:" and, in URL-safe Base64,
        // {"id":1,"kind":"quantified","sector":"veitrafikk","title":"Fossilfri buss","implementers":["AtB"],"reporter":"ST","effect":{"2022":50.0,"2023":60.0}}
        // {"id":2,"kind":"unquantified","sector":"veitrafikk","title":"Sykkelstrategi","implementers":["ST"],"reporter":"ST","effect":{"2022":null,"2023":null}}
        let budget = ExampleBudget.budget
        #expect(
            MeasuresReport.render(budget.measures, budget: budget, format: .csv) == """
                id,kind,sector,title,implementers,reporter,2022,2023,exported (do not edit)
                1,quantified,veitrafikk,Fossilfri buss,AtB,ST,50,60,cb1:eyJpZCI6MSwia2luZCI6InF1YW50aWZpZWQiLCJzZWN0b3IiOiJ2ZWl0cmFmaWtrIiwidGl0bGUiOiJGb3NzaWxmcmkgYnVzcyIsImltcGxlbWVudGVycyI6WyJBdEIiXSwicmVwb3J0ZXIiOiJTVCIsImVmZmVjdCI6eyIyMDIyIjo1MC4wLCIyMDIzIjo2MC4wfX0
                2,unquantified,veitrafikk,Sykkelstrategi,ST,ST,,,cb1:eyJpZCI6Miwia2luZCI6InVucXVhbnRpZmllZCIsInNlY3RvciI6InZlaXRyYWZpa2siLCJ0aXRsZSI6IlN5a2tlbHN0cmF0ZWdpIiwiaW1wbGVtZW50ZXJzIjpbIlNUIl0sInJlcG9ydGVyIjoiU1QiLCJlZmZlY3QiOnsiMjAyMiI6bnVsbCwiMjAyMyI6bnVsbH19

                """)
    }

    @Test("Measure titles with a pipe do not break the Markdown table")
    func markdownEscaping() {
        var budget = ExampleBudget.budget
        budget.measures[0].title = "Buss | båt"
        #expect(
            MeasuresReport.render(budget.measures, budget: budget, format: .markdown).contains(
                "| 1 | Buss \\| båt | quantified |"))
    }

    @Test("The catalogue lists every load problem and every rule, with its examples")
    func rules() {
        let markdown = RulesReport.markdown(ProblemCatalogue.all)
        for rule in Validator.rules {
            #expect(markdown.contains("#### `\(rule.id)`"))
            #expect(markdown.contains("- Breaks it: \(rule.examples.breaking.description)."))
        }
        #expect(
            markdown.contains(
                """
                #### `duplicate-key`: A field appears twice (error)

                A JSON object names the same field twice; only one would be kept, so the tool refuses to guess which.

                - Example: `Measures/01-fossilfri-buss.json:14:3: the field "effect" appears twice in the same object, and only one would be kept; remove or merge one of them`
                """))
        #expect(
            markdown.contains(
                """
                - Breaks it: Measure 1 has an effect of -50 tonnes in 2022.
                - Keeps it: Measure 1 has an effect of 0 tonnes in 2022.
                - Example: `Measures/01-fossilfri-buss.json: error: measure 1: effect.2022 is -50; an effect is the reduction in tonnes and cannot be negative [negative-effect]`
                """))
    }
}

@Suite("Formatting")
struct FormattingTests {
    @Test(
        "Tonnes group thousands with a space",
        arguments: [
            (524491.0, "524 491"), (1_714_844, "1 714 844"), (500, "500"), (-62843, "-62 843"), (0.4, "0"),
            (999.5, "1 000"),
        ])
    func tonnes(value: Double, text: String) {
        #expect(NumberFormat.tonnes(value) == text)
    }

    @Test("JSON output escapes text and keeps key order")
    func jsonOutput() {
        let document = JSONOutput.object([
            ("b", .string("a \"quote\"\n")), ("a", .array([.integer(1), .number(2.5), .null])),
        ])
        #expect(document.rendered() == "{\n  \"b\": \"a \\\"quote\\\"\\n\",\n  \"a\": [1, 2.5, null]\n}\n")
    }
}
