import Foundation
import Testing

@testable import ClimateBudgetCLI

/// A `Data/financing.json` that does not load withholds only the money figures (issue 16, a new user's trial): the
/// measures are listed, `diff` compares every emission figure, `overview` shows the budget as loading and counts
/// the problem; `money` alone cannot run.
@Suite("A broken financing file withholds only the money")
struct BrokenFinancingTests {
    /// The bundled budget with the decimal comma in a string: `"2022": "15,5"`.
    static func broken() throws -> URL {
        let folder = try copyOfBundledBudget()
        let file = folder.appendingPathComponent("Data/financing.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"2022\": 15.5", with: "\"2022\": \"15,5\"").utf8).write(to: file)
        return folder
    }

    static let problem =
        "Data/financing.json: lines[0].amounts.2022: expected an amount in million kroner with at most three decimals, such as 15.5, found the text \"15,5\""

    @Test("measures lists every measure, withholds the cost per tonne, and exits 1")
    func measures() throws {
        let run = ToolRun(["measures"], in: try Self.broken())
        #expect(run.code == 1)
        #expect(run.output.contains("37 measures.\n"))
        #expect(
            run.output.hasSuffix(
                "\nCost per tonne: withheld, because Data/financing.json does not load (see 'climate-budget validate').\n"
            ))
        #expect(
            run.errorOutput == "error: \(Self.problem)\n"
                + "Data/financing.json does not load, so the money figures (financing, cost per tonne) are withheld; the rest is shown. Fix it and run the command again.\n"
        )
    }

    @Test("diff compares the emission figures and withholds only the financing lines")
    func diff() throws {
        let broken = try Self.broken()
        let run = ToolRun(["diff", ToolRun.trondheim.path, broken.path])
        #expect(run.code == 1)
        #expect(!run.output.contains("withheld"))
        #expect(!run.errorOutput.contains("yearly figures are withheld"))
        #expect(
            run.errorOutput
                == "error: the financing lines are not compared: NEW (\(broken.path)) \(broken.path)/Data/financing.json does not load: \(broken.path)/\(Self.problem)\n"
        )
    }

    @Test("overview shows the budget as loading and counts the financing problem among its errors; money cannot run")
    func overviewAndMoney() throws {
        let broken = try Self.broken()
        let overview = ToolRun(["overview", broken.path, "--format", "csv"])
        #expect(overview.code == 1)
        // The bundled budget's six responsibility findings and three Tabell 7-6 slips are 9 errors; with the file
        // broken the slips cannot be checked, so 6 + the one load problem = 7.
        #expect(overview.output.contains(",7,0"))
        #expect(!overview.output.lowercased().contains("does not load"))
        let money = ToolRun(["money"], in: broken)
        #expect(money.code == 1)
        #expect(money.output == "")
        #expect(money.errorOutput.hasPrefix("error: \(Self.problem)\n"))
    }
}
