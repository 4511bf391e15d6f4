import Foundation
import TestSupport
import Testing

@testable import ClimateBudgetCLI

/// Issue 10, item 2: what the tool says when it is pointed at the wrong folder, or asked for measures by a
/// reporter that cannot report.
@Suite("Messages about the budget folder and reporters")
struct BudgetFolderMessageTests {
    @Test("--budget to a folder that does not exist says so (exit 2)")
    func noSuchFolder() {
        let run = ToolRun(["gap", "--budget", "/nonexistent/budget"])
        #expect(run.code == 2)
        #expect(
            run.errorOutput
                == "error: /nonexistent/budget: the folder does not exist; check the path given with --budget\n")
    }

    @Test("A folder that exists but holds neither Data/ nor Measures/ is not a budget folder (exit 2)")
    func emptyFolder() throws {
        let folder = TemporaryFolders.url("climate-budget-empty")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let run = ToolRun(["gap"], in: folder)
        #expect(run.code == 2)
        #expect(
            run.errorOutput
                == "error: \(folder.path): not a budget folder (it needs Data/ and Measures/); check the path, or run the command in a budget folder\n"
        )
    }

    @Test("Run inside a budget's Data/ folder, the tool suggests the folder above (exit 2)")
    func insideData() throws {
        let budget = try copyOfBundledBudget()
        let data = budget.appendingPathComponent("Data")
        let run = ToolRun(["gap"], in: data)
        #expect(run.code == 2)
        #expect(
            run.errorOutput == "error: \(data.path): not a budget folder, but the folder above it is one; "
                + "run the command in the folder above, or pass --budget ..\n")
        // Named with --budget, the suggestion is the folder that holds it, as the user would type it.
        let named = ToolRun(["validate", "--budget", "Measures"], in: budget)
        #expect(named.code == 2)
        #expect(
            named.errorOutput == "error: Measures: not a budget folder, but the folder above it is one; "
                + "run the command in the folder above, or pass --budget .\n")
        let nested = ToolRun(
            ["measures", "--budget", budget.lastPathComponent + "/Data"], in: budget.deletingLastPathComponent())
        #expect(
            nested.errorOutput
                == "error: \(budget.lastPathComponent)/Data: not a budget folder, but the folder above it is one; "
                + "run the command in the folder above, or pass --budget \(budget.lastPathComponent)\n")
    }

    @Test("measures --reporter with a group is a usage error that names its members and suggests --implementer")
    func reporterGroup() {
        let run = ToolRun(["measures", "--reporter", "ALLE"])
        #expect(run.code == 2)
        #expect(run.output == "")
        #expect(
            run.errorOutput == "error: 'ALLE' cannot be given to '--reporter': it is a group of the service areas "
                + "TT, ET, ST, MLLT, HO, PBT, NI, and only a single service area reports on a measure; "
                + "give one of them, or use '--implementer ALLE' to find the measures the group carries out\n")
    }

    @Test("measures --reporter with an outside actor is a usage error that suggests --implementer")
    func reporterOutside() {
        let run = ToolRun(["measures", "--reporter", "AtB"])
        #expect(run.code == 2)
        #expect(
            run.errorOutput == "error: 'AtB' cannot be given to '--reporter': it is an outside actor, "
                + "and only a single municipal service area reports on a measure; give one of TT, ET, ST, MLLT, HO, PBT, NI, KK, "
                + "or use '--implementer AtB' to find the measures it carries out\n")
    }

    @Test("measures --reporter with an unknown name lists the service areas and suggests the closest")
    func reporterUnknown() {
        let run = ToolRun(["measures", "--reporter", "MLTT"])
        #expect(run.code == 2)
        #expect(
            run.errorOutput == "error: 'MLTT' is not a valid value for '--reporter'; did you mean 'MLLT'? "
                + "Expected a service area: one of TT, ET, ST, MLLT, HO, PBT, NI, KK.\n")
    }
}
