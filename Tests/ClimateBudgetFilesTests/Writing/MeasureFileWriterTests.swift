import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetFiles

@Suite("Writing measure files")
struct MeasureFileWriterTests {
    @Test("Every bundled measure file is written back byte for byte")
    func roundTrip() throws {
        let budget = try BudgetLoader.load(from: FixtureBudget.trondheim)
        #expect(budget.measures.count == 37)
        for measure in budget.measures {
            let original = try String(
                contentsOf: FixtureBudget.trondheim.appendingPathComponent(measure.file), encoding: .utf8)
            #expect(MeasureFileWriter.render(measure) == original, "\(measure.file) differs")
        }
    }

    @Test("A written measure with status reports and decimals loads back the same")
    func reloads() throws {
        var measure = ExampleBudget.budget.measures[0]
        measure.effect[2022] = 50.25
        measure.description = "Linje én\n\"sitat\" og \\ skråstrek"
        measure.statusReports = [
            StatusReport(period: ReportingPeriod("2022-T1")!, status: .onTrack, comment: "OK", date: "2022-05-01")
        ]
        let text = MeasureFileWriter.render(measure)
        var errors: [LoadError] = []
        let value = try JSONValue.parse(Data(text.utf8), file: measure.file)
        let loaded = MeasureFile.read(value, file: measure.file, errors: &errors)
        #expect(errors.isEmpty)
        #expect(loaded == measure)
    }

    @Test("Goal evidence is written in the order of the goals, then unlisted goals, and loads back the same")
    func goalEvidence() throws {
        var measure = ExampleBudget.budget.measures[1]
        measure.goals = ["5", "2a"]
        measure.goalEvidence = ["2a": "To.", "5": "Fem.", "1": "En."]
        measure.responsibility.reporter = nil
        measure.responsibility.reporterLost = true
        let text = MeasureFileWriter.render(measure)
        #expect(
            text.contains(
                """
                  "goals": ["5", "2a"],
                  "goalEvidence": {
                    "5": "Fem.",
                    "2a": "To.",
                    "1": "En."
                  },
                """))
        #expect(text.contains("\"reporter\": null,\n    \"reporterLost\": true\n  }"))
        var errors: [LoadError] = []
        let loaded = MeasureFile.read(
            try JSONValue.parse(Data(text.utf8), file: measure.file), file: measure.file, errors: &errors)
        #expect(errors.isEmpty)
        #expect(loaded == measure)
    }

    @Test(
        "New files are named after the id and the title",
        arguments: [
            (38, "Elektriske ferger på Flakk–Rørvik", "38-elektriske-ferger-pa-flakk-rorvik.json"),
            (
                7, "Utfasing av fossile drivstoff i egen virksomhet - tyngre kjøretøy",
                "07-utfasing-av-fossile-drivstoff-i.json"
            ),
            (101, "???", "101-tiltak.json"),
        ])
    func fileNames(id: Int, title: String, name: String) {
        let measure = Measure(
            id: id, title: title, kind: .enabling,
            responsibility: Responsibility(printed: "", implementers: [], reporter: nil))
        #expect(MeasureFileWriter.fileName(for: measure) == name)
    }
}
