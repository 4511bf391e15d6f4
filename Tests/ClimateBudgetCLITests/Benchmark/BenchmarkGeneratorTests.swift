import ClimateBudget
import ClimateBudgetFiles
import Foundation
import TestSupport
import Testing

/// The benchmark's generator (`climate-budget-bench nation`) writes budgets the real loader reads, with exactly
/// the deliberate errors it plans and nothing else.
@Suite("The benchmark's synthetic nation")
struct BenchmarkGeneratorTests {
    /// The built `climate-budget-bench`, found as the end-to-end tests find `climate-budget`.
    static var binary: URL? {
        EndToEndTests.binary.map { $0.deletingLastPathComponent().appendingPathComponent("climate-budget-bench") }
    }

    /// Runs the generator and returns its exit code.
    func generate(_ arguments: [String]) throws -> Int32 {
        let binary = try #require(Self.binary, "climate-budget-bench was not built beside the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test("the first 30 budgets of the nation load, and only the three planned errors are found")
    func smallNationLoads() throws {
        let folder = TemporaryFolders.url("bench-nation")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try generate(["nation", folder.path, "--count", "30"]) == 0)

        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        // Budget i (0-29) is municipality 3001 + 3i: 3001, 3004, ..., 3088.
        #expect(names.count == 30)
        #expect(names.first == "3001-kommune-3001")
        #expect(names.last == "3088-kommune-3088")

        var found: [String] = []
        for name in names {
            let partial = BudgetLoader.loadPartially(from: folder.appendingPathComponent(name))
            #expect(partial.errors.isEmpty, "\(name): \(partial.errors)")
            let budget = try #require(partial.budget)
            // Municipality 3001 (the first, like Oslo) has 200 measures; every budget has 20 to 200.
            #expect((20...200).contains(budget.measures.count))
            if name == "3001-kommune-3001" { #expect(budget.measures.count == 200) }
            #expect(Set(budget.measures.map(\.kind)) == Set(MeasureKind.allCases))
            #expect(budget.referencePathway.bySector.count == 7)
            #expect(budget.targets.caps.count == 4)
            #expect(budget.targets.milestones.count == 2)
            for finding in Validator.validate(budget) {
                found.append("\(name) \(finding.rule) \(finding.measure.map(String.init) ?? "-")")
            }
        }
        // The planned errors: a missing reporter in budgets 3 and 28 (every 25th from the fourth), measure
        // 1 + i % size: 1 + 3 % 56 = 4 and 1 + 28 % 35 = 29; an unknown actor in budget 11 (every 25th from the
        // twelfth), measure 2 + i % (size - 1) = 2 + 11 % 28 = 13.
        #expect(
            found.sorted() == [
                "3010-kommune-3010 missing-reporter 4",
                "3034-kommune-3034 unknown-actor 13",
                "3085-kommune-3085 missing-reporter 29",
            ])
    }

    @Test("the generator writes the same bytes every time, and --copies 2 writes each budget twice")
    func deterministic() throws {
        let folder = TemporaryFolders.url("bench-copies")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try generate(["nation", folder.appendingPathComponent("once").path, "--count", "3"]) == 0)
        #expect(try generate(["nation", folder.appendingPathComponent("again").path, "--count", "3"]) == 0)
        #expect(
            try generate(["nation", folder.appendingPathComponent("twice").path, "--count", "3", "--copies", "2"]) == 0)
        let manager = FileManager.default
        let once = try #require(manager.enumerator(atPath: folder.appendingPathComponent("once").path))
        var files = 0
        for case let path as String in once where path.hasSuffix(".json") || path.hasSuffix(".csv") {
            files += 1
            let first = try Data(contentsOf: folder.appendingPathComponent("once/" + path))
            let second = try Data(contentsOf: folder.appendingPathComponent("again/" + path))
            #expect(first == second, "\(path) differs between two runs")
        }
        #expect(files > 3 * 27)
        // Three budgets, then the same three again as copy 2: six folders.
        #expect(try manager.contentsOfDirectory(atPath: folder.appendingPathComponent("twice").path).count == 6)
    }
}
