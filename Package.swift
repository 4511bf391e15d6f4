// swift-tools-version: 6.0
import PackageDescription

// No third-party packages: the toolchain (Foundation, XCTest, Swift Testing) is all we use.
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
        // Reading Data/ and Measures/ into a Budget, with positions in every error.
        .target(name: "ClimateBudgetFiles", dependencies: ["ClimateBudget"]),
        // Text, Markdown, CSV and JSON renderings of the results (CSV through the one CSV writer in Files).
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
            dependencies: ["ClimateBudgetReports", "ClimateBudgetFiles"]
        ),
        .testTarget(
            name: "ClimateBudgetCLITests",
            dependencies: ["ClimateBudgetCLI", "climate-budget"]
        ),
    ]
)
