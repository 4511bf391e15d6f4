import Foundation
import Testing

@Suite("climate-budget diff and the CI formats")
struct DiffAndCICommandTests {
    /// The bundled budget with measure 37 removed, measure 7's 2024 effect raised to 700 and measure 38 added.
    func changedBudget() throws -> URL {
        let folder = try copyOfBundledBudget()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Measures/37-revisjon-kpa.json"))
        let seven = folder.appendingPathComponent("Measures/07-fossile-drivstoff-tyngre-kjoretoy.json")
        let text = try String(contentsOf: seven, encoding: .utf8).replacingOccurrences(of: "\"2024\": 500", with: "\"2024\": 700")
        try Data(text.utf8).write(to: seven)
        try Data("""
            {
              "id": 38,
              "title": "Elektriske ferger",
              "kind": "quantified",
              "sector": "sjofart",
              "responsibility": { "printed": "TFK (MLLT)", "implementers": ["TFK"], "reporter": "MLLT" },
              "effect": { "2022": 0, "2023": 500, "2024": 1000, "2025": 1000 }
            }
            """.utf8).write(to: folder.appendingPathComponent("Measures/38-elektriske-ferger.json"))
        return folder
    }

    @Test("The exact diff: one added, one removed, one effect changed, and the gap per year")
    func diff() throws {
        let new = try changedBudget()
        let run = ToolRun(["diff", ToolRun.packageRoot.path, new.path])
        #expect(run.code == 0)
        #expect(run.output == """
            Measures: 1 added, 1 removed, 1 changed.
            + 38 Elektriske ferger (quantified, effect 2022: 0, 2023: 500, 2024: 1 000, 2025: 1 000)
            - 37 Revisjon kommuneplanens arealdel (KPA) (enabling)
            ~ 7 Utfasing av fossile drivstoff i egen virksomhet - tyngre kjøretøy og maskiner: effect 2024: 500 → 700

            Year  Reference   Target   Measure pathway              Gap
            2023    429 582  367 143    394 182 (-500)    27 039 (-500)
            2024    428 164  345 793  390 464 (-1 200)  44 671 (-1 200)
            2025    426 485  324 442  386 285 (-1 000)  61 843 (-1 000)

            Total change in the gap: -2 700 tonnes (fewer cuts are needed).

            """)
    }

    @Test("The JSON diff carries the gap change per year and in total")
    func diffJSON() throws {
        let run = ToolRun(["diff", ToolRun.packageRoot.path, try changedBudget().path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["totalGapChange"] as? Int == -2700)
        let years = try #require(object["years"] as? [[String: Any]])
        #expect(years.map { ($0["gap"] as? [String: Any])?["change"] as? Int } == [-500, -1200, -1000])
        #expect((object["added"] as? [[String: Any]])?.map { $0["id"] as? Int } == [38])
    }

    @Test("Two equal budgets: 'No changes.' and exit 0")
    func noChanges() {
        let run = ToolRun(["diff", ".", "."])
        #expect(run.code == 0)
        #expect(run.output == "No changes.\n")
        #expect(ToolRun(["diff", ".", ".", "--format", "markdown"]).output == "### Climate budget: no changes\n")
    }

    @Test("diff needs two folders")
    func missingArgument() {
        let run = ToolRun(["diff", "."])
        #expect(run.code == 2)
        #expect(run.errorOutput == "error: 'diff' needs NEW; run 'climate-budget diff --help' for its usage\n")
    }

    @Test("validate --format github on the bundled budget: six error lines")
    func github() {
        let run = ToolRun(["validate", "--format", "github"])
        #expect(run.code == 1)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.hasPrefix("::error file=Measures/") && $0.contains(",title=missing-reporter (measure ") })
    }

    @Test("validate --format junit on the bundled budget: six failed cases among 14 rules x 37 measures + 4")
    func junit() {
        let run = ToolRun(["validate", "--format", "junit"])
        #expect(run.code == 1)
        #expect(run.output.contains("<testsuites name=\"climate-budget validate\" tests=\"522\" failures=\"6\">"))
    }

    @Test("--strict makes warnings fail")
    func strict() throws {
        let folder = try copyOfBundledBudget()
        let ten = folder.appendingPathComponent("Measures/10-nullvekst-personbiltrafikk.json")
        let text = try String(contentsOf: ten, encoding: .utf8).replacingOccurrences(of: "\"2025\": 3400", with: "\"2025\": 3400, \"2026\": 3500")
        try Data(text.utf8).write(to: ten)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Measures/01-anleggsplass-egne-investeringsprosjekter.json"))
        for id in ["07-fossile-drivstoff-tyngre-kjoretoy", "08-nullutslipps-lette-kjoretoy", "11-utslippsfri-bygg-anleggsdrift", "16-etablering-bildelingsplasser", "20-lavere-klimafotavtrykk-bygg"] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent("Measures/\(id).json"))
        }
        #expect(ToolRun(["validate"], in: folder).code == 0)
        #expect(ToolRun(["validate", "--strict"], in: folder).code == 1)
    }
}
