import ClimateBudget
import ClimateBudgetFiles
import Foundation

/// `climate-budget-bench`: writes synthetic budgets and times the tool on them (see the README's "Performance").
///
///     climate-budget-bench nation DIR [--copies N] [--count N]   356 budgets (N times; or the first N)
///     climate-budget-bench large DIR                              one budget of 9 999 measures
///     climate-budget-bench run [--runs N] [--package DIR]         the whole benchmark, in a release build
///     climate-budget-bench phases DIR [--runs N]                  loading one budget, step by step
///     climate-budget-bench repeat DIR [--runs N]                  loads and validates, N times, for a profiler
let usage = """
    usage: climate-budget-bench nation DIR [--copies N] [--count N]
           climate-budget-bench large DIR
           climate-budget-bench run [--runs N] [--package DIR]
           climate-budget-bench phases DIR [--runs N]
           climate-budget-bench repeat DIR [--runs N]
    """

/// The value after `--name`, if given.
func option(_ name: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(64)
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "nation":
    guard arguments.count >= 2 else { fail(usage) }
    let folder = URL(fileURLWithPath: arguments[1])
    let copies = option("--copies", in: arguments).flatMap(Int.init) ?? 1
    let count = option("--count", in: arguments).flatMap(Int.init) ?? 356
    do {
        let (budgets, bytes) = try Nation.write(to: folder, count: count, copies: copies)
        print("wrote \(budgets) budgets (\(bytes) bytes) in \(folder.path)")
    } catch {
        fail("climate-budget-bench: \(error.localizedDescription)")
    }
case "large":
    guard arguments.count >= 2 else { fail(usage) }
    let folder = URL(fileURLWithPath: arguments[1])
    do {
        let bytes = try BudgetGenerator.write(BudgetGenerator.large(), to: folder)
        print("wrote one budget of 9999 measures (\(bytes) bytes) in \(folder.path)")
    } catch {
        fail("climate-budget-bench: \(error.localizedDescription)")
    }
case "run":
    let runs = option("--runs", in: arguments).flatMap(Int.init) ?? 7
    let package = option("--package", in: arguments) ?? FileManager.default.currentDirectoryPath
    Benchmark(runs: runs, package: URL(fileURLWithPath: package)).run()
case "phases":
    guard arguments.count >= 2 else { fail(usage) }
    Phases.run(URL(fileURLWithPath: arguments[1]), runs: option("--runs", in: arguments).flatMap(Int.init) ?? 5)
case "repeat":
    // Only what the benchmark's (b) times, run after run, so that a profiler attached to the process
    // (`perf record`, callgrind) sees that work and nothing else.
    guard arguments.count >= 2 else { fail(usage) }
    let folder = URL(fileURLWithPath: arguments[1])
    var findings = 0
    for _ in 0..<(option("--runs", in: arguments).flatMap(Int.init) ?? 20) {
        let loaded = BudgetLoader.loadPartially(from: folder)
        findings = loaded.budget.map { Validator.validate($0, without: loaded.unloaded).count } ?? -1
    }
    print("\(findings) findings")
default:
    fail(usage)
}
