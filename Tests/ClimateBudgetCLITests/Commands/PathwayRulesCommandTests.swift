import Foundation
import Testing

/// Issue 11's reference case: Trondheim's caps are the rule "from the last inventory, straight line, to the
/// milestones"; stating the rule instead of the caps gives the same 2022 figure, and the milestone years and the
/// line to 2030 after it.
@Suite("Pathways computed by the rules a budget states")
struct PathwayRulesCommandTests {
    /// The fixture without `Data/target-caps.csv`, with the rule stated in `Data/targets.json`.
    func ruleBudget() throws -> URL {
        let folder = try copyOfBundledBudget()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Data/target-caps.csv"))
        let targets = folder.appendingPathComponent("Data/targets.json")
        let contents = try String(contentsOf: targets, encoding: .utf8)
        let stated = contents.replacingOccurrences(
            of: "  \"milestones\": [",
            with:
                "  \"rules\": [{ \"from\": \"inventory\", \"to\": \"milestones\", \"shape\": \"line\" }],\n  \"milestones\": ["
        )
        #expect(stated != contents)
        try Data(stated.utf8).write(to: targets)
        return folder
    }

    @Test("From the 2019 inventory by a straight line to the milestones: 381 472, then 367 144, 329 680, 292 216")
    func trondheimByRule() throws {
        let run = ToolRun(["gap", "--lang", "en"], in: try ruleBudget())
        // 2019 inventory 424 456; 2023 milestone −30 %: 524 491 × 0.7 = 367 143.7; 2030 −80 %: 104 898.2.
        // 2022: 424 456 + (367 143.7 − 424 456) × 3/4 = 381 471.8 → 381 472; gap 401 313 − 381 472 = 19 841.
        // 2023: the milestone 367 143.7 → 367 144 (the printed cap 367 143 cuts it off); gap 394 682 − 367 144 = 27 538.
        // 2024: 367 143.7 + (104 898.2 − 367 143.7) × 1/7 = 329 680.06 → 329 680; gap 391 664 − 329 680 = 61 984.
        // 2025: 367 143.7 + (104 898.2 − 367 143.7) × 2/7 = 292 216.43 → 292 216; gap 387 285 − 292 216 = 95 069.
        // Points: −23 − (−27) = 4; −25 − (−30) = 5; −25 − (−37) = 12; −26 − (−44) = 18.
        let lines = run.output.components(separatedBy: "\n")
        try #require(lines.count > 12, "gap printed no table: \(run.errorOutput)")
        #expect(lines[8] == "Target pathway (cap)                        381 472  367 144  329 680  292 216")
        #expect(lines[9] == "  change vs 2009                              -27 %    -30 %    -37 %    -44 %")
        #expect(lines[10] == "Gap: further cuts needed                     19 841   27 538   61 984   95 069")
        #expect(lines[11] == "  in percentage points                         4 pp     5 pp    12 pp    18 pp")
        #expect(
            run.output.contains(
                "2022: target on the straight line from the 2019 inventory (424 456 t) to the 2023 milestone (-30 %, goal 2a), by rules[0] in Data/targets.json.\n"
            ))
        #expect(run.output.contains("2023: target from the 2023 milestone (-30 %, goal 2a) in Data/targets.json.\n"))
        #expect(
            run.output.contains(
                "Past goal, before the period and not drawn through by the rules: the 2020 milestone (-10 %, goal 2).\n"
            ))
        #expect(
            run.output.contains(
                "2025: target on the straight line from the 2023 milestone (-30 %, goal 2a) to the 2030 milestone (-80 %, goal 5), by rules[0] in Data/targets.json.\n"
            ))
    }

    @Test("JSON carries each figure's origin: reference source and sentence, target source and sentence")
    func originsInJSON() throws {
        let run = ToolRun(["gap", "--format", "json"], in: try ruleBudget())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let years = try #require(object["years"] as? [[String: Any]])
        let year2022 = try #require(years.first { $0["year"] as? Int == 2022 })
        #expect(year2022["target"] as? Double == 381472)
        #expect(year2022["targetSource"] as? String == "interpolated")
        #expect(
            year2022["targetOrigin"] as? String
                == "on the straight line from the 2019 inventory (424 456 t) to the 2023 milestone (-30 %, goal 2a), by rules[0] in Data/targets.json"
        )
        #expect(year2022["referenceSource"] as? String == "explicit")
        #expect(year2022["referenceOrigin"] as? String == "given in Data/reference.csv")
        let year2019 = try #require(years.first { $0["year"] as? Int == 2019 })
        #expect(year2019["referenceSource"] as? String == "history")
        #expect(year2019["targetSource"] is NSNull)
    }

    @Test("A held projection fills a period year the reference file lacks, and says so")
    func heldProjection() throws {
        let folder = try ruleBudget()
        let reference = folder.appendingPathComponent("Data/reference.csv")
        let contents = try String(contentsOf: reference, encoding: .utf8)
        try Data(contents.replacingOccurrences(of: "2025,426485\n", with: "").utf8).write(to: reference)
        let settings = folder.appendingPathComponent("Data/budget.json")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try Data(
            text.replacingOccurrences(
                of: "\"lastHistoricalYear\": 2019,",
                with: "\"lastHistoricalYear\": 2019,\n  \"projection\": { \"method\": \"hold\" },"
            ).utf8
        ).write(to: settings)
        let run = ToolRun(["gap", "--lang", "en"], in: folder)
        // 2025 holds the 2019 inventory, 424 456; the measure pathway is 424 456 − 39 200 = 385 256;
        // the gap 385 256 − 292 216 = 93 040.
        let lines = run.output.components(separatedBy: "\n")
        try #require(lines.count > 12, "gap printed no table: \(run.errorOutput)")
        #expect(lines[3] == "Reference pathway         524 491  424 456  430 613  429 582  428 164  424 456")
        #expect(lines[10] == "Gap: further cuts needed                     19 841   27 538   61 984   93 040")
        #expect(
            run.output.contains(
                "Reference: the inventory for 2009 and 2019; given in Data/reference.csv for 2022, 2023 and 2024; the 2019 inventory held for 2025.\n"
            ))
    }
}
