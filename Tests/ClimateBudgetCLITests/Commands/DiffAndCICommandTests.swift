import Foundation
import TestSupport
import Testing

@Suite("climate-budget diff and the CI formats")
struct DiffAndCICommandTests {
    /// The bundled budget with measure 37 removed, measure 7's 2024 effect raised to 700 and measure 38 added.
    func changedBudget() throws -> URL {
        let folder = try copyOfBundledBudget()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Measures/37-revisjon-kpa.json"))
        let seven = folder.appendingPathComponent("Measures/07-fossile-drivstoff-tyngre-kjoretoy.json")
        let text = try String(contentsOf: seven, encoding: .utf8).replacingOccurrences(
            of: "\"2024\": 500", with: "\"2024\": 700")
        try Data(text.utf8).write(to: seven)
        try Data(
            """
            {
              "id": 38,
              "title": "Elektriske ferger",
              "kind": "quantified",
              "sector": "sjofart",
              "responsibility": { "printed": "TFK (MLLT)", "implementers": ["TFK"], "reporter": "MLLT" },
              "effect": { "2022": 0, "2023": 500, "2024": 1000, "2025": 1000 }
            }
            """.utf8
        ).write(to: folder.appendingPathComponent("Measures/38-elektriske-ferger.json"))
        return folder
    }

    @Test("The exact diff: one added, one removed, one effect changed, and the gap per year")
    func diff() throws {
        let new = try changedBudget()
        let run = ToolRun(["diff", ToolRun.trondheim.path, new.path])
        #expect(run.code == 0)
        #expect(
            run.output == """
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
        let run = ToolRun(["diff", ToolRun.trondheim.path, try changedBudget().path, "--format", "json"])
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

    @Test(
        "validate --format github on the bundled budget: three error lines for Tabell 7-6's slip, six for the reporters"
    )
    func github() {
        let run = ToolRun(["validate", "--format", "github"])
        #expect(run.code == 1)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 9)
        #expect(
            lines.prefix(3).allSatisfy {
                $0.hasPrefix("::error file=Data/financing.json,title=financing-printed-differs::")
            })
        #expect(
            lines.dropFirst(3).allSatisfy {
                $0.hasPrefix("::error file=Measures/") && $0.contains(",title=missing-reporter (measure ")
            })
    }

    @Test("validate --format junit on the bundled budget: seven failed cases among 21 rules x 37 measures + 14")
    func junit() {
        // 21 × 37 = 777 cases for the rules on measures, and one case for each of the 14 rules on the data files;
        // six missing reporters and one failed financing-printed-differs (with Tabell 7-6's three findings).
        let run = ToolRun(["validate", "--format", "junit"])
        #expect(run.code == 1)
        #expect(run.output.contains("<testsuites name=\"climate-budget validate\" tests=\"791\" failures=\"7\">"))
    }

    @Test("--strict makes warnings fail")
    func strict() throws {
        let folder = try copyOfBundledBudget()
        try removePrintedFigures(from: folder)
        // Without Tabell 7-6, whose slip is an error.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Data/financing.json"))
        let ten = folder.appendingPathComponent("Measures/10-nullvekst-personbiltrafikk.json")
        let text = try String(contentsOf: ten, encoding: .utf8).replacingOccurrences(
            of: "\"2025\": 3400", with: "\"2025\": 3400, \"2026\": 3500")
        try Data(text.utf8).write(to: ten)
        try FileManager.default.removeItem(
            at: folder.appendingPathComponent("Measures/01-anleggsplass-egne-investeringsprosjekter.json"))
        for id in [
            "07-fossile-drivstoff-tyngre-kjoretoy", "08-nullutslipps-lette-kjoretoy",
            "11-utslippsfri-bygg-anleggsdrift", "16-etablering-bildelingsplasser", "20-lavere-klimafotavtrykk-bygg",
        ] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent("Measures/\(id).json"))
        }
        #expect(ToolRun(["validate"], in: folder).code == 0)
        #expect(ToolRun(["validate", "--strict"], in: folder).code == 1)
    }
}

/// `diff` compares every file by content, and says plainly when and why the figures are withheld.
@Suite("climate-budget diff: every file, and withheld figures")
struct DiffFilesTests {
    /// Two copies of the bundled budget, `old` and `new`, in one folder, so that output names them shortly.
    func twoBudgets() throws -> (folder: URL, old: URL, new: URL) {
        let folder = TemporaryFolders.url("climate-budget-diff")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let old = folder.appendingPathComponent("old")
        let new = folder.appendingPathComponent("new")
        try FileManager.default.moveItem(at: try copyOfBundledBudget(), to: old)
        try FileManager.default.moveItem(at: try copyOfBundledBudget(), to: new)
        return (folder, old, new)
    }

    func edit(_ folder: URL, _ path: String, _ change: (String) -> String) throws {
        let file = folder.appendingPathComponent(path)
        try Data(change(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
    }

    /// The issue's case: in NEW the 2019 row of the reference is deleted and the 2024 figure changed, and
    /// measure 10 lost its 2025 effect, a data error that withholds the figures. Before, diff said
    /// "No changes."-like output without the reference rows and exited 0.
    func brokenNew() throws -> URL {
        let budgets = try twoBudgets()
        try edit(budgets.new, "Data/reference.csv") {
            $0.replacingOccurrences(of: "2019,424456\n", with: "").replacingOccurrences(
                of: "2024,428164", with: "2024,428000")
        }
        try edit(budgets.new, "Measures/10-nullvekst-personbiltrafikk.json") {
            $0.replacingOccurrences(of: ", \"2025\": 3400", with: "")
        }
        return budgets.folder
    }

    static let missingEffect =
        "new/Measures/10-nullvekst-personbiltrafikk.json: error: measure 10: effect has no figure for 2025; a quantified measure needs a yearly reduction in tonnes for every year 2022-2025 (write 0 if there is none) [missing-effect-year]"

    @Test(
        "A deleted reference row, a changed figure and a data error in NEW: every difference, figures withheld, exit 1")
    func withheldText() throws {
        let run = ToolRun(["diff", "old", "new"], in: try brokenNew())
        #expect(run.code == 1)
        #expect(
            run.output == """
                Data/reference.csv: row for 2019 removed (was total 424 456)
                Data/reference.csv: 2024 total 428 164 → 428 000
                Measures: 0 added, 0 removed, 1 changed.
                ~ 10 Nullvekst i personbiltrafikk: effect 2025: 3 400 → (none)

                Some yearly figures are withheld, and left out of the table ("(none)"):
                NEW (new) has 1 error that would make them wrong:
                  \(Self.missingEffect)
                Run 'climate-budget validate --budget new' to see every problem and what to do, then run diff again.

                Year         Reference   Target   Measure pathway              Gap
                2019  424 456 → (none)
                2024    428 000 (-164)  345 793    391 500 (-164)    45 707 (-164)
                2025           426 485  324 442  387 285 → (none)  62 843 → (none)

                Total change in the gap in the years that have a gap before and after (2022, 2023, 2024): -164 tonnes (fewer cuts are needed); the gap of 2025 can no longer be computed ("(none)" in the table): a figure it needs is missing or withheld by an error.

                """)
        // Issue 14: 2025's gap is lost, so the total says it covers 2022-2024 only, rather than counting 2025 as
        // no change.
        // 2025's measure pathway and gap are withheld in NEW (measure 10 has no 2025 effect); 2024 is compared:
        // 428 000 - 36 500 = 391 500; 391 500 - 345 793 = 45 707, 164 below 45 871.
        #expect(
            run.errorOutput
                == "error: some yearly figures are withheld: NEW (new) has 1 error that would make them wrong; see the report\n"
        )
    }

    @Test("The same case in Markdown: withheld first, then every difference")
    func withheldMarkdown() throws {
        // Issue 14: the total names the years it covers and the year whose gap is lost (see withheldText).
        let run = ToolRun(["diff", "old", "new", "--format", "markdown"], in: try brokenNew())
        #expect(run.code == 1)
        #expect(
            run.output == """
                ### Climate budget changes

                **Total change in the gap in the years that have a gap before and after (2022, 2023, 2024): -164 tonnes (fewer cuts are needed); the gap of 2025 can no longer be computed ("(none)" in the table): a figure it needs is missing or withheld by an error.**

                **Some yearly figures are withheld, and left out of the table ("(none)"):**

                NEW (new) has 1 error that would make them wrong:

                - \(Self.missingEffect.replacingOccurrences(of: "[missing-effect-year]", with: "\\[missing-effect-year\\]"))

                Run 'climate-budget validate --budget new' to see every problem and what to do, then run diff again.

                - Data/reference.csv: row for 2019 removed (was total 424 456)
                - Data/reference.csv: 2024 total 428 164 → 428 000

                | Year | Reference | Target | Measure pathway | Gap |
                | --- | ---: | ---: | ---: | ---: |
                | 2019 | 424 456 → (none) |  |  |  |
                | 2024 | 428 000 (-164) | 345 793 | 391 500 (-164) | 45 707 (-164) |
                | 2025 | 426 485 | 324 442 | 387 285 → (none) | 62 843 → (none) |

                Measures: 0 added, 0 removed, 1 changed.

                - **Changed** 10 Nullvekst i personbiltrafikk: effect 2025: 3 400 → (none)

                """)
    }

    @Test("The same case in JSON: changed, the row and the cell, and why the figures are withheld")
    func withheldJSON() throws {
        let run = ToolRun(["diff", "old", "new", "--format", "json"], in: try brokenNew())
        #expect(run.code == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["changed"] as? Bool == true)
        // The figures are compared year by year: 2019 and 2024 differ, 2025's measure pathway and gap are withheld.
        #expect(object["figuresWithheld"] as? Bool == false)
        #expect(object["totalGapChange"] as? Int == -164)
        #expect((object["years"] as? [[String: Any]])?.map { $0["year"] as? Int } == [2019, 2024, 2025])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["file"] as? String == "Data/reference.csv")
        #expect(files[0]["change"] as? String == "row-removed")
        #expect(files[0]["row"] as? String == "2019")
        #expect((files[0]["cells"] as? [String: Any])?["total"] as? Int == 424456)
        #expect(files[0]["text"] as? String == "row for 2019 removed (was total 424 456)")
        #expect(files[1]["change"] as? String == "cell")
        #expect(files[1]["row"] as? String == "2024")
        #expect(files[1]["column"] as? String == "total")
        #expect(files[1]["old"] as? Int == 428164)
        #expect(files[1]["new"] as? Int == 428000)
        let withheld = try #require(object["withheld"] as? [[String: Any]])
        #expect(withheld.count == 1)
        #expect(withheld[0]["budget"] as? String == "NEW")
        #expect(withheld[0]["folder"] as? String == "new")
        #expect(withheld[0]["loads"] as? Bool == true)
        #expect(withheld[0]["errors"] as? [String] == [Self.missingEffect])
        let measures = try #require(object["changedMeasures"] as? [[String: Any]])
        #expect(measures.map { $0["id"] as? Int } == [10])
    }

    @Test(
        "Two budgets that differ only in layout (separators, spaces, row and key order, indentation): no changes, exit 0"
    )
    func formattingOnly() throws {
        let budgets = try twoBudgets()
        // The same figures as the bundled reference: semicolons, a byte order mark, CRLF, grouped thousands,
        // a blank line and 2024/2025 swapped.
        try Data(
            "\u{FEFF}year;total\r\n2009;524 491\r\n2019; 424456\r\n\r\n2022;430613\r\n2023;429582\r\n2025;426485\r\n2024;428164\r\n"
                .utf8
        )
        .write(to: budgets.new.appendingPathComponent("Data/reference.csv"))
        for path in ["Data/budget.json", "Data/actors.json", "Measures/07-fossile-drivstoff-tyngre-kjoretoy.json"] {
            let file = budgets.new.appendingPathComponent(path)
            let value = try JSONSerialization.jsonObject(with: try Data(contentsOf: file))
            try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]).write(to: file)
        }
        let run = ToolRun(["diff", "old", "new"], in: budgets.folder)
        #expect(run.code == 0)
        #expect(run.output == "No changes.\n")
        #expect(
            ToolRun(["diff", "old", "new", "--format", "markdown"], in: budgets.folder).output
                == "### Climate budget: no changes\n")
        let json = ToolRun(["diff", "old", "new", "--format", "json"], in: budgets.folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["changed"] as? Bool == false)
        #expect(object["figuresWithheld"] as? Bool == false)
    }

    @Test(
        "A measure file added, one removed, one renamed and a field changed, with the settings and a register field by field"
    )
    func measuresAndFields() throws {
        let budgets = try twoBudgets()
        let measures = budgets.new.appendingPathComponent("Measures")
        try FileManager.default.removeItem(at: measures.appendingPathComponent("37-revisjon-kpa.json"))
        try FileManager.default.moveItem(
            at: measures.appendingPathComponent("36-klimavennlig-landbruk.json"),
            to: measures.appendingPathComponent("36-landbruk.json"))
        try edit(budgets.new, "Measures/35-utredning-nullutslippssoner.json") {
            $0.replacingOccurrences(
                of: "\"kind\": \"enabling\"", with: "\"kind\": \"unquantified\", \"sector\": \"veitrafikk\"")
        }
        try Data(
            """
            { "id": 38, "title": "Klimaregnskap for kommunens innkjøp", "kind": "enabling",
              "responsibility": { "printed": "NI", "implementers": ["NI"], "reporter": "NI" } }
            """.utf8
        ).write(to: measures.appendingPathComponent("38-klimaregnskap-innkjop.json"))
        try edit(budgets.new, "Data/budget.json") {
            $0.replacingOccurrences(of: "Klimabudsjett 2022", with: "Klimabudsjett 2022, revidert")
        }
        try edit(budgets.new, "Data/actors.json") {
            $0.replacingOccurrences(of: "\"aliases\": [\"Helse\"]", with: "\"aliases\": [\"Helse\", \"Omsorg\"]")
        }
        let run = ToolRun(["diff", "old", "new"], in: budgets.folder)
        #expect(run.code == 0)
        #expect(
            run.output == """
                Data/budget.json: name "Klimabudsjett 2022" → "Klimabudsjett 2022, revidert"
                Data/actors.json: serviceAreas[HO].aliases ["Helse"] → ["Helse", "Omsorg"]
                Measures: 1 added, 1 removed, 2 changed.
                + 38 Klimaregnskap for kommunens innkjøp (enabling)
                - 37 Revisjon kommuneplanens arealdel (KPA) (enabling)
                ~ 35 Utredning av nullutslippssoner: kind enabling → unquantified; sector (none) → veitrafikk
                ~ 36 Klimavennlig landbruk: file Measures/36-klimavennlig-landbruk.json → Measures/36-landbruk.json

                """)
    }

    @Test(
        "NEW does not load: the differences it can read, a file it cannot read in detail, and why the figures are withheld"
    )
    func notLoading() throws {
        let budgets = try twoBudgets()
        try edit(budgets.new, "Data/reference.csv") {
            $0.replacingOccurrences(of: "2024,428164", with: "2024,428164 t")
        }
        try Data("{ \"id\": 7,\n".utf8).write(
            to: budgets.new.appendingPathComponent("Measures/07-fossile-drivstoff-tyngre-kjoretoy.json"))
        let run = ToolRun(["diff", "old", "new"], in: budgets.folder)
        #expect(run.code == 1)
        #expect(
            run.output == """
                Data/reference.csv: 2024 total 428 164 → "428164 t"
                Measures/07-fossile-drivstoff-tyngre-kjoretoy.json: changed, but cannot be compared in detail, as it cannot be read in NEW: line 2, column 1: the JSON is malformed (the file ends before the JSON is complete; a closing } or ] is missing); look for a missing comma, quote or bracket at or just before this place
                Measures: 0 added, 0 removed, 0 changed.

                The yearly figures (reference, target, measure pathway and gap) are withheld:
                NEW (new) does not load: 2 problems in its files:
                  new/Data/reference.csv:6:6: column "total": expected a number of tonnes, zero or more, such as 524491, found "428164 t"; correct the cell, or leave it empty where there is no figure
                  new/Measures/07-fossile-drivstoff-tyngre-kjoretoy.json:2:1: the JSON is malformed (the file ends before the JSON is complete; a closing } or ] is missing); look for a missing comma, quote or bracket at or just before this place
                Run 'climate-budget validate --budget new' to see every problem and what to do, then run diff again.

                """)
    }
}
