// swift-tools-version: 6.0
import PackageDescription

// No third-party packages: the toolchain (Foundation and Swift Testing) is all we use.
let package = Package(
    name: "climate-budget",
    products: [
        .library(
            name: "ClimateBudget",
            targets: ["ClimateBudget", "ClimateBudgetFiles", "ClimateBudgetReports"]
        ),
        .executable(name: "climate-budget", targets: ["climate-budget"]),
    ],
    targets: [
        // The domain, the calculations and the validation rules: plain values, no I/O.
        .target(name: "ClimateBudget"),
        // Reading Data/ and Measures/ into a Budget, with positions in every error; writing files atomically.
        .target(name: "ClimateBudgetFiles", dependencies: ["ClimateBudget"]),
        // Text, Markdown, CSV, JSON, HTML and the SVG chart, in Norwegian and English (CSV through the one CSV writer in Files).
        .target(name: "ClimateBudgetReports", dependencies: ["ClimateBudget", "ClimateBudgetFiles"]),
        // The commands and our own small argument parser.
        .target(
            name: "ClimateBudgetCLI",
            dependencies: ["ClimateBudget", "ClimateBudgetFiles", "ClimateBudgetReports"]
        ),
        .executableTarget(name: "climate-budget", dependencies: ["ClimateBudgetCLI"]),

        .testTarget(
            name: "ClimateBudgetTests",
            dependencies: ["ClimateBudget"]
        ),
        .testTarget(
            name: "ClimateBudgetFilesTests",
            dependencies: ["ClimateBudgetFiles"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ClimateBudgetReportsTests",
            dependencies: ["ClimateBudgetReports", "ClimateBudgetFiles"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ClimateBudgetCLITests",
            dependencies: ["ClimateBudgetCLI", "climate-budget"]
        ),
    ]
)
