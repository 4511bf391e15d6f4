import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetFiles

/// Reading and writing a measure's low and high effect and its overlaps with other measures (issue 12).
@Suite("Low and high effects and overlaps in measure files")
struct UncertaintyAndOverlapLoadingTests {
    static let file = "Measures/01-fossilfri-buss.json"

    @Test("effectLow, effectHigh and overlaps are read; a file without them loads as before")
    func read() throws {
        let fixture = try FixtureBudget()
        #expect(try fixture.load().measures[0].effectLow.isEmpty)
        try fixture.replace(
            "\"effect\": { \"2022\": 50, \"2023\": 60 }",
            with: """
                "effect": { "2022": 50, "2023": 60 },
                  "effectLow": { "2022": 30, "2023": 40 },
                  "effectHigh": { "2022": 70, "2023": 90.5 },
                  "overlaps": [{ "measure": 2, "share": 25 }, { "measure": 3, "tonnes": { "2022": 5 } }]
                """, in: Self.file)
        let measure = try fixture.load().measures[0]
        #expect(measure.effectLow == [2022: 30, 2023: 40])
        #expect(measure.effectHigh == [2022: 70, 2023: 90.5])
        #expect(
            measure.overlaps == [
                MeasureOverlap(measure: 2, amount: .share(25)), MeasureOverlap(measure: 3, amount: .tonnes([2022: 5])),
            ])
    }

    @Test("An overlap needs the other measure and either a share or tonnes, and no other field")
    func overlapErrors() throws {
        let fixture = try FixtureBudget()
        try fixture.replace(
            "\"effect\": { \"2022\": 50, \"2023\": 60 }",
            with: """
                "effect": { "2022": 50, "2023": 60 },
                  "overlaps": [
                    { "measure": 2, "share": 25, "tonnes": { "2022": 5 } },
                    { "measure": 2 },
                    { "share": "25 %" },
                    { "measure": 2, "percent": 25 },
                    { "measure": 2, "tonnes": { "22": 5 } }
                  ]
                """, in: Self.file)
        #expect(
            fixture.loadErrors() == [
                "Measures/01-fossilfri-buss.json: overlaps[0].tonnes: \"share and tonnes\" is not allowed; expected either \"share\" (a percent of the smaller effect) or \"tonnes\" (per year); remove one of them",
                "Measures/01-fossilfri-buss.json: overlaps[1].share: missing; add the overlap: \"share\", a percent of the smaller of the two effects such as 25, or \"tonnes\" per year such as {\"2022\": 500}",
                "Measures/01-fossilfri-buss.json: overlaps[2].measure: missing; add the number of the other measure, such as 10",
                "Measures/01-fossilfri-buss.json: overlaps[2].share: expected a percent such as 25, found the text \"25 %\"",
                "Measures/01-fossilfri-buss.json: overlaps[3].percent: \"percent\" is not allowed; expected one of the fields measure, share, tonnes",
                "Measures/01-fossilfri-buss.json: overlaps[3].share: missing; add the overlap: \"share\", a percent of the smaller of the two effects such as 25, or \"tonnes\" per year such as {\"2022\": 500}",
                "Measures/01-fossilfri-buss.json: overlaps[4].tonnes.22: \"22\" is not allowed; expected a year such as \"2024\"",
            ])
    }

    @Test("A misspelt effectLow is an error that suggests the field")
    func misspelt() throws {
        let fixture = try FixtureBudget()
        try fixture.replace(
            "\"effect\": { \"2022\": 50, \"2023\": 60 }",
            with: "\"effect\": { \"2022\": 50, \"2023\": 60 }, \"effectLo\": { \"2022\": 30 }", in: Self.file)
        #expect(
            fixture.loadErrors() == [
                "Measures/01-fossilfri-buss.json: effectLo: \"effectLo\" is not allowed; expected one of the fields id, title, kind, sector, goals, goalEvidence, description, responsibility, effect, effectBySector, effectLow, effectHigh, overlaps, status; did you mean \"effectLow\"?"
            ])
    }

    @Test("The writer puts the low and high effect and the overlaps after the effect, and they load back the same")
    func written() throws {
        var measure = ExampleBudget.budget.measures[0]
        measure.effectLow = [2022: 30, 2023: 40]
        measure.effectHigh = [2022: 70, 2023: 90.5]
        measure.overlaps = [
            MeasureOverlap(measure: 6, amount: .share(12.5)), MeasureOverlap(measure: 10, amount: .tonnes([2022: 5])),
        ]
        let text = MeasureFileWriter.render(measure)
        #expect(
            text.hasSuffix(
                """
                  "effect": { "2022": 50, "2023": 60 },
                  "effectLow": { "2022": 30, "2023": 40 },
                  "effectHigh": { "2022": 70, "2023": 90.5 },
                  "overlaps": [
                    { "measure": 6, "share": 12.5 },
                    { "measure": 10, "tonnes": { "2022": 5 } }
                  ]
                }

                """))
        var errors: [LoadError] = []
        let loaded = MeasureFile.read(
            try JSONValue.parse(Data(text.utf8), file: measure.file), file: measure.file, errors: &errors)
        #expect(errors.isEmpty)
        #expect(loaded == measure)
    }
}
