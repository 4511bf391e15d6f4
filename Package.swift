// swift-tools-version: 6.0
import PackageDescription

// No third-party packages: the toolchain (Foundation and Swift Testing) is all we use, plus the operating system's
// zlib (the product owner's one exception). xlsx files are zips of deflate-compressed XML, and zlib is no third-party
// package here: it ships with macOS, and it is among the packages Swift's own Linux installation requires
// (zlib1g-dev on Debian and Ubuntu), so every machine that builds Swift has it.
let package = Package(
    name: "climate-budget",
    products: [
        .library(
            name: "ClimateBudget",
            targets: ["ClimateBudget", "ClimateBudgetFiles", "ClimateBudgetReports"]
        ),
        .executable(name: "climate-budget", targets: ["climate-budget"]),
        .executable(name: "climate-budget-bench", targets: ["climate-budget-bench"]),
        .executable(name: "climate-budget-baseline", targets: ["climate-budget-baseline"]),
    ],
    targets: [
        // The domain, the calculations and the validation rules: plain values, no I/O.
        .target(name: "ClimateBudget"),
        // The system's zlib, declared as a system library (see above): inflating the zip entries of xlsx files.
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // Reading Data/ and Measures/ into a Budget, with positions in every error; writing files atomically;
        // reading xlsx workbooks (our own zip and XML readers over zlib).
        .target(name: "ClimateBudgetFiles", dependencies: ["ClimateBudget", "CZlib"]),
        // Text, Markdown, CSV, JSON, HTML and the SVG chart, in Norwegian and English (CSV through the one CSV writer in Files).
        .target(name: "ClimateBudgetReports", dependencies: ["ClimateBudget", "ClimateBudgetFiles"]),
        // The commands and our own small argument parser.
        .target(
            name: "ClimateBudgetCLI",
            dependencies: ["ClimateBudget", "ClimateBudgetFiles", "ClimateBudgetReports"]
        ),
        // A release build on Linux links the Swift runtime and Foundation into the program (-static-stdlib): a
        // start then no longer looks up thousands of symbols in twenty shared libraries, a fifth of what `gap` cost
        // on the bundled budget (README, "Performance"). The program's own file is compiled with the flag too, so
        // that its import of Foundation names the static libraries Foundation needs. The libraries, the tests and
        // the benchmark's baseline (what a plain Foundation program costs) keep the default, as do debug builds,
        // and so `swift run` and `swift test`.
        .executableTarget(
            name: "climate-budget",
            dependencies: ["ClimateBudgetCLI"],
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        // The benchmark (README, "Performance"): writes synthetic budgets with a seeded generator of our own and
        // times the tool on them; not part of the tool.
        .executableTarget(name: "climate-budget-bench", dependencies: ["ClimateBudget", "ClimateBudgetFiles"]),
        // The benchmark's baseline: a minimal Foundation program that reads one JSON file, and nothing else.
        .executableTarget(name: "climate-budget-baseline"),

        // Where the tests write their temporary folders, all removed when the test process ends.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "ClimateBudgetTests",
            dependencies: ["ClimateBudget"]
        ),
        .testTarget(
            name: "ClimateBudgetFilesTests",
            dependencies: ["ClimateBudgetFiles", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ClimateBudgetReportsTests",
            dependencies: ["ClimateBudgetReports", "ClimateBudgetFiles"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ClimateBudgetCLITests",
            dependencies: ["ClimateBudgetCLI", "climate-budget", "climate-budget-bench", "TestSupport"]
        ),
    ]
)
