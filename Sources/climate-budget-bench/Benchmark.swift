import ClimateBudget
import ClimateBudgetFiles
import Foundation

/// The whole benchmark: writes the synthetic budgets into a temporary folder, times the tool on them and on the
/// bundled budget, and prints each figure beside its target.
struct Benchmark {
    /// How many timed runs each measurement takes the median of (short processes run three times as often).
    var runs: Int
    /// The package folder, whose bundled budget `gap` runs on.
    var package: URL

    /// The folder this program lies in, where the release build put `climate-budget` and the baseline too.
    var binaries: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    }

    func run() {
        let tool = binaries.appendingPathComponent("climate-budget").path
        let baseline = binaries.appendingPathComponent("climate-budget-baseline").path
        for program in [tool, baseline] where !FileManager.default.isExecutableFile(atPath: program) {
            fail("climate-budget-bench: \(program) is missing; build it first: swift build -c release")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("climate-budget-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        let large = work.appendingPathComponent("large")
        let nation = work.appendingPathComponent("nation")
        let twice = work.appendingPathComponent("nation-twice")
        let hasOverview = Timing.process([tool, "overview", "--help"], runs: 0).status == 0
        let largeBytes: Int
        var nationBytes = 0
        do {
            largeBytes = try BudgetGenerator.write(BudgetGenerator.large(), to: large)
            if hasOverview {
                nationBytes = try Nation.write(to: nation).1
                _ = try Nation.write(to: twice, copies: 2)
            }
        } catch {
            fail("climate-budget-bench: cannot write the synthetic budgets: \(error.localizedDescription)")
        }
        // The 100 MB just written are written out to the disk before anything is timed: the kernel otherwise
        // writes them out during the first measurements, on one of the two cores that the measurements share.
        sync()
        print("climate-budget benchmark: release build, medians of \(runs) runs (\(3 * runs) for short processes)")
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory()), \(load())")
        print("times are wall (processor time: user and system, which a busy machine inflates less)")
        print("")

        // (a) gap on the bundled budget, as a whole process, against a minimal Foundation program.
        // The two take turns, so that both meet the same moments of a shared machine.
        let pair = Timing.alternating(
            [
                [tool, "gap", "--budget", package.path],
                [baseline, package.appendingPathComponent("Data/budget.json").path],
            ], runs: 3 * runs)
        let (gap, minimal) = (pair[0], pair[1])
        let ratio = gap.median / minimal.median
        let cpuRatio = gap.cpuMedian / minimal.cpuMedian
        print("(a) gap on the bundled budget (whole process)")
        print(
            "    climate-budget gap:                 \(times(gap)), peak \(megabytes(gap.peakKilobytes))")
        print(
            "    minimal Foundation program:         \(times(minimal)), peak \(megabytes(minimal.peakKilobytes)) (JSONSerialization on Data/budget.json)"
        )
        print(
            "    ratio \(String(format: "%.2f", ratio))× (processor time \(String(format: "%.2f", cpuRatio))×), target at most 1.5× \(verdict(ratio <= 1.5))"
        )
        print("")

        // (b) loading the budget of 9 999 measures, and loading and validating it, in this process. The issue's target
        // names loading; its benchmark, loading and validating: both are shown against it.
        // The two take turns, so that both meet the same moments of the machine.
        var findings = 0
        let loads = Timing.inProcess(
            runs: runs,
            [
                { withExtendedLifetime(BudgetLoader.loadPartially(from: large)) {} },
                {
                    let partial = BudgetLoader.loadPartially(from: large)
                    if let budget = partial.budget {
                        findings = partial.errors.count + Validator.validate(budget, without: partial.unloaded).count
                    }
                },
            ])
        let (loadOnly, load) = (loads[0], loads[1])
        let rate = Double(largeBytes) / 1e6 / load.median
        let cpuRate = Double(largeBytes) / 1e6 / load.cpuMedian
        let loadRate = Double(largeBytes) / 1e6 / loadOnly.median
        print("(b) load and validate the budget of 9 999 measures (\(megabytes(largeBytes / 1000)) of files)")
        print(
            "    loading alone, in process:          \(times(loadOnly)), \(String(format: "%.0f", loadRate)) MB/s; target at least 100 MB/s \(verdict(loadRate >= 100))"
        )
        print(
            "    loading and validating, in process: \(times(load)), \(String(format: "%.0f", rate)) MB/s (\(String(format: "%.0f", cpuRate)) MB/s of processor time), \(findings) findings; target at least 100 MB/s \(verdict(rate >= 100))"
        )
        let validate = Timing.process([tool, "validate", "--budget", large.path], runs: runs)
        let gapLarge = Timing.process([tool, "gap", "--budget", large.path], runs: runs)
        print(
            "    climate-budget validate (process):  \(times(validate)), peak \(megabytes(validate.peakKilobytes))"
        )
        print(
            "    climate-budget gap (process):       \(times(gapLarge)), peak \(megabytes(gapLarge.peakKilobytes))"
        )
        print("")

        // (c) overview of the nation and of twice the nation, once the command exists.
        print("(c) overview of the nation (356 budgets) and of twice the nation")
        guard hasOverview else {
            print("    skipped: this build of climate-budget has no overview command")
            return
        }
        print("    the nation's files: \(megabytes(nationBytes / 1000))")
        let nations = Timing.alternating(
            [[tool, "overview", nation.path], [tool, "overview", twice.path]], runs: runs)
        let (one, two) = (nations[0], nations[1])
        let scaling = two.median / one.median
        print(
            "    nation:        \(times(one)), peak \(megabytes(one.peakKilobytes)); target under 500 ms \(verdict(one.median < 0.5)) and under 150 MB \(verdict(one.peakKilobytes < 150_000))"
        )
        print("    twice nation:  \(times(two)), peak \(megabytes(two.peakKilobytes))")
        print("    scaling \(String(format: "%.2f", scaling))×, target at most 2.2× \(verdict(scaling <= 2.2))")
    }

    private func milliseconds(_ seconds: Double) -> String {
        String(format: "%.1f ms", seconds * 1000)
    }

    /// The median wall time and, in parentheses, the median processor time.
    private func times(_ result: Timing.Result) -> String {
        "\(milliseconds(result.median)) (\(milliseconds(result.cpuMedian)))"
    }

    /// The load average over the last minute, which says how busy the machine was.
    private func load() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return "load average " + (text.split(separator: " ").first.map(String.init) ?? "unknown")
    }

    private func megabytes(_ kilobytes: Int) -> String {
        String(format: "%.1f MB", Double(kilobytes) / 1000)
    }

    private func verdict(_ met: Bool) -> String {
        met ? "(met)" : "(NOT met)"
    }

    /// The machine's memory, as the benchmark's header shows it.
    private func memory() -> String {
        String(format: "%.1f GB memory", Double(ProcessInfo.processInfo.physicalMemory) / 1e9)
    }
}
