import Foundation
import Testing

/// `roll` says where each new year's reference comes from, with its figure, and warns when the origin changes inside
/// the period; the projection and the target rules reach the new years (issue 11).
@Suite("roll lists where the new period's reference comes from")
struct RollReferenceTests {
    /// The part of roll's output from the reference list up to the target list.
    func referenceSection(_ output: String) throws -> String {
        let start = try #require(output.range(of: "Where the reference for")).lowerBound
        let end = try #require(output.range(of: "Where the targets for")).lowerBound
        return String(output[start..<end])
    }

    /// The part of roll's output from the target list up to the closing "Nothing written" line.
    func targetSection(_ output: String) throws -> String {
        let start = try #require(output.range(of: "Where the targets for")).lowerBound
        let end = try #require(output.range(of: "Nothing written;")).lowerBound
        return String(output[start..<end])
    }

    /// The bundled budget with a projection rule in `Data/budget.json` (`projection` is its JSON text) and, with
    /// `rules`, without `target-caps.csv` and with the rule "from the last inventory, a straight line through the
    /// milestones" in `Data/targets.json`.
    func budget(projection: String, rules: Bool) throws -> URL {
        let folder = try copyOfBundledBudget()
        let settings = folder.appendingPathComponent("Data/budget.json")
        let text = try String(contentsOf: settings, encoding: .utf8)
        let projected = text.replacingOccurrences(
            of: "\"lastHistoricalYear\": 2019,\n",
            with: "\"lastHistoricalYear\": 2019,\n  \"projection\": \(projection),\n")
        try #require(projected != text)
        try Data(projected.utf8).write(to: settings)
        guard rules else { return folder }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Data/target-caps.csv"))
        let targets = folder.appendingPathComponent("Data/targets.json")
        let milestones = try String(contentsOf: targets, encoding: .utf8)
        let withRules = milestones.replacingOccurrences(
            of: "  ]\n}",
            with: "  ],\n  \"rules\": [{ \"from\": \"inventory\", \"to\": \"milestones\", \"shape\": \"line\" }]\n}")
        try #require(withRules != milestones)
        try Data(withRules.utf8).write(to: targets)
        return folder
    }

    @Test(
        "Target rules and a hold projection rolled to 2023-2026: 2026 is the only projected year, and on the line 2023→2030"
    )
    func rulesAndHold() throws {
        let run = ToolRun(
            ["roll", "--period", "2023-2026"], in: try budget(projection: "{ \"method\": \"hold\" }", rules: true))
        #expect(run.code == 0)
        // Data/reference.csv gives 2022-2025, so 2023-2025 keep their figures; 2026 is the 2019 inventory held,
        // 424 456, and no reference year is missing: only the ten measures' 2026 effects are to do.
        #expect(run.output.contains("To do for the new period (10):\n"))
        #expect(!run.output.contains("missing-reference-year"))
        // 426 485 (2025, given) − 424 456 (2026, held) = 2 029.
        #expect(
            try referenceSection(run.output) == """
                Where the reference for 2023-2026 comes from:
                  2023: given in Data/reference.csv: 429 582 tonnes
                  2024: given in Data/reference.csv: 428 164 tonnes
                  2025: given in Data/reference.csv: 426 485 tonnes
                  2026: the 2019 inventory held: 424 456 tonnes
                warning: the reference changes origin inside 2023-2026: given in Data/reference.csv for 2023, 2024 and \
                2025; the 2019 inventory held for 2026. In 2026 the reference is 424 456 tonnes, 2 029 below the 2025 \
                figure of 426 485. Add a figure for 2026 to Data/reference.csv, or accept the projection: 424 456 \
                tonnes in 2026.

                """)
        // 2023: goal 2a, 524 491 × 0.7 = 367 143.7 → 367 144. From 2023 to goal 5 (524 491 × 0.2 = 104 898.2) the
        // line falls (104 898.2 − 367 143.7) / 7 = −37 463.64 a year: 2024: 329 680.06 → 329 680;
        // 2025: 292 216.41 → 292 216; 2026: 367 143.7 − 262 245.5 × 3/7 = 254 752.77 → 254 753.
        // Every target is derived, so there is no warning.
        #expect(
            try targetSection(run.output) == """
                Where the targets for 2023-2026 come from:
                  2023: from the 2023 milestone (-30 %, goal 2a) in Data/targets.json: 367 144 tonnes
                  2024: on the straight line from the 2023 milestone (-30 %, goal 2a) to the 2030 milestone (-80 %, goal 5), by rules[0] in Data/targets.json: 329 680 tonnes
                  2025: on the straight line from the 2023 milestone (-30 %, goal 2a) to the 2030 milestone (-80 %, goal 5), by rules[0] in Data/targets.json: 292 216 tonnes
                  2026: on the straight line from the 2023 milestone (-30 %, goal 2a) to the 2030 milestone (-80 %, goal 5), by rules[0] in Data/targets.json: 254 753 tonnes

                """)
    }

    @Test("The bundled budget rolled to 2023-2026: 2026 has no reference, and the list says what to add")
    func noProjection() throws {
        let run = ToolRun(["roll", "--period", "2023-2026"], in: try copyOfBundledBudget())
        #expect(
            try referenceSection(run.output) == """
                Where the reference for 2023-2026 comes from:
                  2023: given in Data/reference.csv: 429 582 tonnes
                  2024: given in Data/reference.csv: 428 164 tonnes
                  2025: given in Data/reference.csv: 426 485 tonnes
                  2026: no reference figure: add a figure for 2026 to Data/reference.csv or a "projection" to Data/budget.json

                """)
    }

    @Test("A projection with too little history: the list says what it needs rather than to add a projection")
    func projectionWithoutHistory() throws {
        let folder = try budget(projection: "{ \"method\": \"linearTrend\", \"years\": 5 }", rules: false)
        let settings = folder.appendingPathComponent("Data/budget.json")
        let text = try String(contentsOf: settings, encoding: .utf8)
        let earlier = text.replacingOccurrences(
            of: "\"lastHistoricalYear\": 2019", with: "\"lastHistoricalYear\": 2009")
        try #require(earlier != text)
        try Data(earlier.utf8).write(to: settings)
        // History now ends in 2009, with one figure: a trend needs two, so 2026 gets none.
        let run = ToolRun(["roll", "--period", "2023-2026"], in: folder)
        #expect(
            try referenceSection(run.output).hasSuffix(
                """
                  2026: no reference figure: the "projection" in Data/budget.json needs inventory figures up to 2009 to project from: one, or two for a linear trend, in every sector column; add them, or a figure for 2026, to Data/reference.csv

                """))
    }

    @Test("Every new year projected by one method: the list, no warning")
    func allProjected() throws {
        let folder = try budget(projection: "{ \"method\": \"percentChange\", \"percentPerYear\": -2 }", rules: false)
        let run = ToolRun(["roll", "--period", "2026-2027"], in: folder)
        // 0.98^7 = 0.8681255: 424 456 × 0.8681255 = 368 481.09 → 368 481 in 2026;
        // 0.98^8 = 0.8507630: 424 456 × 0.8507630 = 361 111.47 → 361 111 in 2027.
        #expect(
            try referenceSection(run.output) == """
                Where the reference for 2026-2027 comes from:
                  2026: the 2019 inventory changed by -2 % a year: 368 481 tonnes
                  2027: the 2019 inventory changed by -2 % a year: 361 111 tonnes

                """)
    }
}
