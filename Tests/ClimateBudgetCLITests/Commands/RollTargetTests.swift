import Foundation
import Testing

/// `roll` says where each new year's target comes from, and warns when the rule changes inside the period; the
/// reference's list before it is tested in RollReferenceTests.
@Suite("roll lists where the new period's targets come from")
struct RollTargetTests {
    /// The part of roll's output from the target list up to the closing "Nothing written" line.
    func targetSection(_ output: String) throws -> String {
        let start = try #require(output.range(of: "Where the targets for")).lowerBound
        let end = try #require(output.range(of: "Nothing written;")).lowerBound
        return String(output[start..<end])
    }

    @Test("Trondheim rolled to 2023-2026: three caps, then 2026 interpolated between 2a and 5, with a warning")
    func trondheimRolled() throws {
        let budget = try copyOfBundledBudget()
        let run = ToolRun(["roll", "--period", "2023-2026"], in: budget)
        #expect(run.code == 0)
        // 2026: 524 491 × 0.70 = 367 143.7 (2a, 2023) and 524 491 × 0.20 = 104 898.2 (5, 2030);
        // 367 143.7 + (104 898.2 − 367 143.7) × 3/7 = 367 143.7 − 112 390.93 = 254 752.77 → 254 753.
        // Below the 2025 cap: 324 442 − 254 752.77 = 69 689.23 → 69 689.
        #expect(
            try targetSection(run.output) == """
                Where the targets for 2023-2026 come from:
                  2023: explicit cap in Data/target-caps.csv: 367 143 tonnes
                  2024: explicit cap in Data/target-caps.csv: 345 793 tonnes
                  2025: explicit cap in Data/target-caps.csv: 324 442 tonnes
                  2026: on the straight line from the 2023 milestone (-30 %, goal 2a) to the 2030 milestone (-80 %, goal 5) in Data/targets.json: 254 753 tonnes
                warning: the target changes rule inside 2023-2026: 2023, 2024 and 2025 have explicit caps, 2026 takes its target \
                from the milestones. In 2026 the target from the milestones is 254 753 tonnes, 69 689 below the 2025 cap of 324 442. \
                Add a cap for 2026 to Data/target-caps.csv, or accept the target from the milestones: 254 753 tonnes in 2026.

                """)
    }

    @Test("A change at both ends: the milestone year 2023 without a cap, caps for 2024-2025, 2026 interpolated")
    func bothEnds() throws {
        let budget = try copyOfBundledBudget()
        let caps = budget.appendingPathComponent("Data/target-caps.csv")
        let text = try String(contentsOf: caps, encoding: .utf8).replacingOccurrences(of: "2023,367143\n", with: "")
        try Data(text.utf8).write(to: caps)
        let run = ToolRun(["roll", "--period", "2023-2026"], in: budget)
        // 2023: the milestone itself, 367 143.7 → 367 144; 2024's cap 345 793 is 21 350.7 → 21 351 below it.
        #expect(
            try targetSection(run.output) == """
                Where the targets for 2023-2026 come from:
                  2023: from the 2023 milestone (-30 %, goal 2a) in Data/targets.json: 367 144 tonnes
                  2024: explicit cap in Data/target-caps.csv: 345 793 tonnes
                  2025: explicit cap in Data/target-caps.csv: 324 442 tonnes
                  2026: on the straight line from the 2023 milestone (-30 %, goal 2a) to the 2030 milestone (-80 %, goal 5) in Data/targets.json: 254 753 tonnes
                warning: the target changes rule inside 2023-2026: 2024 and 2025 have explicit caps, 2023 and 2026 take their \
                targets from the milestones. In 2024 the cap is 345 793 tonnes, 21 351 below the 2023 target from the milestones \
                of 367 144. In 2026 the target from the milestones is 254 753 tonnes, 69 689 below the 2025 cap of 324 442. \
                Add caps for 2023 and 2026 to Data/target-caps.csv, or accept the targets from the milestones: 367 144 tonnes \
                in 2023 and 254 753 tonnes in 2026.

                """)
    }

    @Test("Every year from caps: the list, no warning")
    func allCaps() throws {
        let run = ToolRun(["roll", "--period", "2023-2025"], in: try copyOfBundledBudget())
        #expect(
            try targetSection(run.output) == """
                Where the targets for 2023-2025 come from:
                  2023: explicit cap in Data/target-caps.csv: 367 143 tonnes
                  2024: explicit cap in Data/target-caps.csv: 345 793 tonnes
                  2025: explicit cap in Data/target-caps.csv: 324 442 tonnes

                """)
    }

    @Test("Years after the last milestone have no target, and the list says where one would come from")
    func noTarget() throws {
        let run = ToolRun(["roll", "--period", "2030-2031"], in: try copyOfBundledBudget())
        // 2030: mål 5's -80 %: 524 491 × 0.20 = 104 898.2 → 104 898.
        #expect(
            try targetSection(run.output) == """
                Where the targets for 2030-2031 come from:
                  2030: from the 2030 milestone (-80 %, goal 5) in Data/targets.json: 104 898 tonnes
                  2031: no target: no cap in Data/target-caps.csv and no milestones on both sides of it in Data/targets.json

                """)
    }
}
