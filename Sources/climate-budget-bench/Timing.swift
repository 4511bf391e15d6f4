import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Times whole processes and work in this process: medians over repeated runs and the peak memory.
enum Timing {
    /// What repeated runs measured.
    struct Result {
        /// Every run's wall time in seconds, in the order they ran.
        var seconds: [Double]
        /// The largest resident set of any run in kilobytes (for work in this process: of this process so far).
        var peakKilobytes: Int
        /// The exit status of the last run (0 for work in this process).
        var status: Int32
        /// Every run's processor time (user and system) in seconds: what the work itself costs, which other
        /// programs on a busy machine do not add to as they add to the wall time.
        var cpuSeconds: [Double] = []

        /// The median processor time.
        var cpuMedian: Double {
            let sorted = cpuSeconds.sorted()
            guard !sorted.isEmpty else { return 0 }
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }

        /// The median wall time.
        var median: Double {
            let sorted = seconds.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }
    }

    /// The time now, in seconds, from a clock that never jumps.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Runs `arguments` (the program first) `runs` times, its output thrown away, after one run to warm the file
    /// cache; then once more under GNU time for the peak memory.
    ///
    /// The peak cannot come from `wait4` here: Linux carries the largest resident set of a process across `exec`,
    /// and `posix_spawn` starts the child in this process's memory, so every child would report at least this
    /// process's own peak. GNU time starts its child with `fork` from its own small process, so its figure is the
    /// program's.
    static func process(_ arguments: [String], runs: Int) -> Result {
        alternating([arguments], runs: runs)[0]
    }

    /// Runs each of the programs `runs` times, taking turns (the first, the second, the first, ...), after one
    /// round that warms the file cache; then each once more under GNU time for its peak memory.
    ///
    /// Taking turns puts the two sides of a ratio (a command and its baseline, the nation and twice the nation)
    /// into the same moments of a shared machine, whose load drifts: run one after the other, a busy minute fell
    /// on one side only, and a ratio moved by a third between two runs of the benchmark.
    static func alternating(_ programs: [[String]], runs: Int) -> [Result] {
        var results = programs.map { _ in Result(seconds: [], peakKilobytes: 0, status: 0) }
        for run in 0...runs {
            for (index, arguments) in programs.enumerated() {
                let start = now()
                let (exit, kilobytes, processor) = spawn(arguments)
                let elapsed = now() - start
                results[index].status = exit
                guard run > 0 else { continue }
                results[index].seconds.append(elapsed)
                results[index].cpuSeconds.append(processor)
                results[index].peakKilobytes = max(results[index].peakKilobytes, kilobytes)
            }
        }
        guard runs > 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return results }
        for (index, arguments) in programs.enumerated() {
            let report = FileManager.default.temporaryDirectory.appendingPathComponent("bench-time-\(getpid())")
            defer { try? FileManager.default.removeItem(at: report) }
            _ = spawn(["/usr/bin/time", "-f", "%M", "-o", report.path] + arguments)
            let text = (try? String(contentsOf: report, encoding: .utf8)) ?? ""
            if let kilobytes = text.split(separator: "\n").last.flatMap({ Int($0) }) {
                results[index].peakKilobytes = kilobytes
            }
        }
        return results
    }

    /// Runs `work` `runs` times in this process after one warm-up run.
    ///
    /// What `work` returns is freed before the clocks stop: a command frees what it loaded before it exits, so
    /// freeing it is part of the time the command takes.
    static func inProcess<Kept>(runs: Int, _ work: () -> Kept) -> Result {
        withoutActuallyEscaping(work) { work in inProcess(runs: runs, [{ withExtendedLifetime(work()) {} }])[0] }
    }

    /// Runs each piece of work `runs` times in this process, taking turns (the first, the second, the first, ...),
    /// after one warm-up round, as ``alternating(_:runs:)`` does for programs: two figures that are compared meet
    /// the same moments of a shared machine.
    static func inProcess(runs: Int, _ works: [() -> Void]) -> [Result] {
        var seconds = works.map { _ in [Double]() }
        var cpu = seconds
        for run in 0...runs {
            for (index, work) in works.enumerated() {
                let start = now()
                let startCPU = processorTime()
                work()
                let elapsed = now() - start
                let elapsedCPU = processorTime() - startCPU
                if run > 0 {
                    seconds[index].append(elapsed)
                    cpu[index].append(elapsedCPU)
                }
            }
        }
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return works.indices.map {
            Result(seconds: seconds[$0], peakKilobytes: Int(usage.ru_maxrss), status: 0, cpuSeconds: cpu[$0])
        }
    }

    /// This process's processor time so far (user and system), in seconds.
    private static func processorTime() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return seconds(usage)
    }

    private static func seconds(_ usage: rusage) -> Double {
        Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
            + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// Starts a program with its standard output and error sent to /dev/null and waits for it: its exit status,
    /// its peak resident memory in kilobytes (see ``process(_:runs:)`` for why that is not trusted) and its
    /// processor time in seconds.
    private static func spawn(_ arguments: [String]) -> (Int32, Int, Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return (-1, 0, 0) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        return ((status >> 8) & 0xFF, Int(usage.ru_maxrss), seconds(usage))
    }
}
