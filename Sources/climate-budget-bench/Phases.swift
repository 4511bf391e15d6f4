import ClimateBudget
import ClimateBudgetFiles
import Foundation

/// `climate-budget-bench phases DIR`: where loading a budget's time goes, step by step, each step on its own
/// (medians of repeated runs, what a step makes freed before its clock stops): reading the measure files' bytes
/// and parsing them as JSON, each on one thread; the whole loader (which reads, parses and reads the fields, on
/// every core for a large budget); the rules (on every core); both, one after the other, as the benchmark's (b)
/// times them; and the slowest rules one by one.
///
/// The steps use only the library's public interface, so they time what the tool does, not a copy of it.
enum Phases {
    static func run(_ folder: URL, runs: Int) {
        let measures = folder.appendingPathComponent("Measures")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: measures.path)) ?? []).sorted()
            .filter { $0.hasSuffix(".json") }
        let folderHandle = OpenFolder(path: measures.path)
        // Read as the loader reads them, each into a buffer that is freed once the file is parsed.
        let buffer = FileDecoding.ReadBuffer()
        let read = Timing.inProcess(runs: runs) {
            names.reduce(0) { total, name in
                total + (folderHandle?.withContents(of: name, in: buffer) { $0.count } ?? 0)
            }
        }
        let contents = names.compactMap { folderHandle?.contents(of: $0) }
        let bytes = contents.reduce(0) { $0 + $1.count }
        let parse = Timing.inProcess(runs: runs) {
            zip(contents, names).map { data, name in try? JSONValue.parse(data, file: name) }
        }
        let load = Timing.inProcess(runs: runs) { BudgetLoader.loadPartially(from: folder) }
        let partial = BudgetLoader.loadPartially(from: folder)
        var findings = 0
        let validate = Timing.inProcess(runs: runs) {
            let found = partial.budget.map { Validator.validate($0, without: partial.unloaded) } ?? []
            findings = found.count
            return found
        }
        // Both, one after the other on each run, as the benchmark's (b) times them.
        let both = Timing.inProcess(runs: runs) {
            let loaded = BudgetLoader.loadPartially(from: folder)
            return (loaded, loaded.budget.map { Validator.validate($0, without: loaded.unloaded) })
        }
        print("\(names.count) measure files, \(bytes) bytes; medians of \(runs) runs (wall, processor)")
        for (name, result) in [
            ("read the files (one thread)", read), ("parse them as JSON (one thread)", parse),
            ("load the budget", load), ("validate it (\(findings) findings)", validate), ("load and validate it", both),
        ] {
            let rate = Double(bytes) / 1e6 / result.median
            print(
                "  \(name.padding(toLength: 40, withPad: " ", startingAt: 0)) \(String(format: "%7.1f ms (%7.1f ms) %6.0f MB/s", result.median * 1000, result.cpuMedian * 1000, rate))"
            )
        }
        // The rules one by one, slowest first: the validation step runs them on every core, so its time is at
        // least the slowest rule's.
        guard let budget = partial.budget else { return }
        let rules = Validator.rules.map { rule in
            (rule.id, Timing.inProcess(runs: runs) { rule.check(budget) }.median)
        }
        print("  the slowest rules (one thread):")
        for (id, seconds) in rules.sorted(by: { $0.1 > $1.1 }).prefix(6) {
            print(
                "    \(id.padding(toLength: 38, withPad: " ", startingAt: 0)) \(String(format: "%7.1f ms", seconds * 1000))"
            )
        }
    }
}
