import ClimateBudget
import ClimateBudgetFiles
import Foundation
import TestSupport
import Testing

@testable import ClimateBudgetCLI

/// A temporary folder holding a copy of a statistics sample under a short name, for `init` to read.
func folderWithStatistics(_ sample: String, as name: String) throws -> URL {
    let folder = TemporaryFolders.url("climate-budget-init")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
        at: ToolRun.packageRoot.appendingPathComponent("Tests/Fixtures/inventory/\(sample)"),
        to: folder.appendingPathComponent(name))
    return folder
}

/// The text of the README between `<!-- begin: name -->` and `<!-- end: name -->`, without its code fence.
func readmeBlock(_ name: String) throws -> String {
    let readme = try String(contentsOf: ToolRun.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let begin = try #require(readme.range(of: "<!-- begin: \(name) -->\n```text\n"))
    let end = try #require(readme.range(of: "```\n<!-- end: \(name) -->", range: begin.upperBound..<readme.endIndex))
    return String(readme[begin.upperBound..<end.lowerBound])
}

/// `climate-budget init` (issue 13): a complete budget from the emission statistics.
@Suite("init")
struct InitCommandTests {
    /// Eksempelvik's one-municipality export as Norwegian Excel saves it (the samples' README): the sums of its
    /// 0.1 t rows per sector.
    static let export2009: [String: Double] = [
        "annen-mobil-forbrenning": 574.5, "avfall-og-avlop": 4282.9, "energiforsyning": 1391.5,
        "industri-olje-og-gass": 6355.8, "jordbruk": 2656.9, "luftfart": 0, "oppvarming": 5405.5,
        "produkter-med-fluorgasser": 0, "sjofart": 537.5, "veitrafikk": 10153.9,
    ]
    static let export2024: [String: Double] = [
        "annen-mobil-forbrenning": 478.5, "avfall-og-avlop": 3687.6, "energiforsyning": 1095.1,
        "industri-olje-og-gass": 4826.7, "jordbruk": 2326.0, "luftfart": 4157.0, "oppvarming": 647.6,
        "produkter-med-fluorgasser": 1328.1, "sjofart": 479.1, "veitrafikk": 8539.9,
    ]

    @Test("init on the CSV sample: the README's history per sector, validate exits 0, gap and summary run")
    func csvSample() throws {
        let folder = try folderWithStatistics("utslipp-eksempel-Eksempelvik.csv", as: "utslipp.csv")
        let run = ToolRun(
            [
                "init", "eksempelvik", "--inventory", "utslipp.csv", "--municipality", "Eksempelvik", "--target",
                "2030=-80%",
            ],
            in: folder)
        #expect(run.code == 0 && run.errorOutput == "")
        #expect(
            run.output == """
                Wrote a climate budget for Eksempelvik kommune in eksempelvik/ (10 files):
                  Data/budget.json
                  Data/sectors.json
                  Data/reference.csv
                  Data/targets.json
                  Data/actors.json
                  Data/goals.json
                  Measures/01-eksempel-tallfestet-tiltak.json
                  Measures/02-eksempel-tiltak-uten-tallfestet-effekt.json
                  Measures/03-eksempel-tiltak-for-andre-klimamal.json
                  Measures/04-eksempel-tilretteleggende-tiltak.json
                History from utslipp.csv: 10 sectors, 2009, 2011, 2013, 2015-2024; 2009: 31 358.5 t, 2024: 27 565.6 t.
                validate: 0 error(s), 0 warning(s). Next: edit Data/actors.json and the example measures in Measures/, then:
                  cd eksempelvik
                  climate-budget validate
                  climate-budget gap
                  climate-budget summary --output oppsummering.html

                """)
        let budgetFolder = folder.appendingPathComponent("eksempelvik")
        let budget = try BudgetLoader.load(from: budgetFolder)
        #expect(budget.reference.bySector.mapValues { $0[2009] } == Self.export2009)
        #expect(budget.reference.bySector.mapValues { $0[2024] } == Self.export2024)
        // 2010, 2012 and 2014 are not in the statistics, and not invented.
        #expect(
            budget.reference.bySector["jordbruk"].map { $0.keys.sorted() } == [2009, 2011, 2013] + Array(2015...2024))
        // The total is their sum: 31 358.5 in 2009 (the README's 31 358.5 against the national file's 31 358.08).
        #expect(budget.reference.total[2009] == 31358.5 && budget.reference.total[2024] == 27565.6)
        #expect(budget.settings.baseYear == 2009 && budget.settings.period == Period(start: 2026, end: 2029))
        #expect(budget.reference.lastHistoricalYear == 2024)
        #expect(budget.measures.map(\.kind) == MeasureKind.allCases)
        #expect(
            budget.sectors.first { $0.id == "produkter-med-fluorgasser" }?.publishedNames == [
                "produkter med fluorgasser", "Bruk av produkter med fluorgasser",
            ])

        let validate = ToolRun(["validate"], in: budgetFolder)
        #expect(validate.code == 0)
        #expect(validate.output == "No findings: 0 errors, 0 warnings in 4 measures.\n")
        // The README is in English, so it shows the table as `gap --lang en` prints it.
        let gap = ToolRun(["gap", "--lang", "en"], in: budgetFolder)
        #expect(gap.code == 0 && gap.errorOutput == "")
        // The 2024 inventory, 27 565.6, held; the line from it to 80 % below 31 358.5 (6 271.7) in 2030 falls
        // (27 565.6 − 6 271.7) / 6 = 3 548.98 a year: 2026 27 565.6 − 2 × 3 548.98 = 20 467.6; 2029: 9 820.7.
        #expect(gap.output.contains("Reference pathway         31 359  27 566  27 566  27 566  27 566  27 566\n"))
        #expect(gap.output.contains("Target pathway (cap)                      20 468  16 919  13 370   9 821\n"))
        #expect(gap.output.contains("Gap: further cuts needed                   7 098  10 647  14 196  17 745\n"))
        let summary = ToolRun(["summary"], in: budgetFolder)
        #expect(summary.code == 0)
        #expect(summary.output.contains("Det mangler 17\u{00A0}745 tonn CO2-ekv i 2029."))
    }

    @Test("init on the downloaded export (xlsx): named by its Info sheet, the README's walk-through exactly")
    func xlsxExport() throws {
        let folder = try folderWithStatistics("utslipp-eksempel-Eksempelvik.xlsx", as: "utslipp.xlsx")
        let run = ToolRun(["init", "eksempelvik", "--inventory", "utslipp.xlsx", "--target", "2030=-80%"], in: folder)
        #expect(run.code == 0 && run.errorOutput == "")
        // The README's walk-through shows this output, and the gap table below.
        #expect(try readmeBlock("init") == run.output)
        let budgetFolder = folder.appendingPathComponent("eksempelvik")
        let budget = try BudgetLoader.load(from: budgetFolder)
        #expect(budget.settings.municipality == "Eksempelvik kommune")
        #expect(budget.reference.bySector.mapValues { $0[2009] } == Self.export2009)
        #expect(budget.reference.bySector.mapValues { $0[2024] } == Self.export2024)
        #expect(ToolRun(["validate"], in: budgetFolder).code == 0)
        // The README is in English, so it shows the table as `gap --lang en` prints it.
        let gap = ToolRun(["gap", "--lang", "en"], in: budgetFolder)
        #expect(gap.code == 0)
        #expect(try readmeBlock("init-gap") == gap.output)
    }

    /// Eksempelvik (5099) in the national file, per sector at full precision (the samples' README, four decimals).
    @Test("init on the national file (xlsx) by number: the README's full-precision figures per sector")
    func xlsxNational() throws {
        let folder = try folderWithStatistics("utslipp-eksempel-alle-kommuner.xlsx", as: "alle.xlsx")
        let run = ToolRun(
            ["init", "eksempelvik", "--inventory", "alle.xlsx", "--municipality", "5099", "--target", "2030=-80%"],
            in: folder)
        #expect(run.code == 0 && run.errorOutput == "")
        #expect(
            run.output.contains(
                "History from alle.xlsx: 10 sectors, 2009, 2011, 2013, 2015-2024; 2009: 31 358.078 t, 2024: 27 565.419 t.\n"
            ))
        let budgetFolder = folder.appendingPathComponent("eksempelvik")
        let budget = try BudgetLoader.load(from: budgetFolder)
        #expect(
            budget.reference.bySector.mapValues { $0[2009] } == [
                "annen-mobil-forbrenning": 574.3660, "avfall-og-avlop": 4282.8925, "energiforsyning": 1391.5056,
                "industri-olje-og-gass": 6355.7482, "jordbruk": 2656.9462, "luftfart": 0, "oppvarming": 5405.2665,
                "produkter-med-fluorgasser": 0, "sjofart": 537.5082, "veitrafikk": 10153.8449,
            ])
        #expect(
            budget.reference.bySector.mapValues { $0[2024] } == [
                "annen-mobil-forbrenning": 478.5203, "avfall-og-avlop": 3687.5751, "energiforsyning": 1095.0616,
                "industri-olje-og-gass": 4826.6014, "jordbruk": 2326.0151, "luftfart": 4157.0767,
                "oppvarming": 647.5051, "produkter-med-fluorgasser": 1328.0884, "sjofart": 479.0826,
                "veitrafikk": 8539.8931,
            ])
        // The sum of those sectors: 31 358.0781 and 27 565.4194, the README's totals.
        #expect(budget.reference.total[2009] == 31358.0781 && budget.reference.total[2024] == 27565.4194)
        #expect(ToolRun(["validate"], in: budgetFolder).output == "No findings: 0 errors, 0 warnings in 4 measures.\n")
        #expect(ToolRun(["gap"], in: budgetFolder).code == 0)

        let none = ToolRun(["init", "ny", "--inventory", "alle.xlsx"], in: folder)
        #expect(none.code == 1)
        #expect(
            none.errorOutput
                == "error: alle.xlsx: the file holds more than one municipality (such as Eksempelvik (5099), Prøvdal (5098), Testøy (1899) and Demoby (0399)); choose one with --municipality and its name or number, such as --municipality 5099\n"
        )
        let demoby = ToolRun(["init", "demoby", "--inventory", "alle.xlsx", "--municipality", "399"], in: folder)
        #expect(demoby.code == 0)
        #expect(demoby.output.hasPrefix("Wrote a climate budget for Demoby kommune in demoby/ (10 files):\n"))
    }

    @Test("init --lang nn: nynorsk templates and sector names, language nn, and gap and the summary in nynorsk")
    func nynorsk() throws {
        let folder = try folderWithStatistics("utslipp-eksempel-Eksempelvik.csv", as: "utslipp.csv")
        let run = ToolRun(
            [
                "init", "eksempelvik", "--inventory", "utslipp.csv", "--municipality", "Eksempelvik", "--target",
                "2030=-80%", "--lang", "nn",
            ],
            in: folder)
        #expect(run.code == 0 && run.errorOutput == "")
        #expect(
            run.output.contains(
                """
                  Measures/01-dome-talfesta-tiltak.json
                  Measures/02-dome-tiltak-utan-talfesta-effekt.json
                  Measures/03-dome-tiltak-for-andre-klimamal.json
                  Measures/04-dome-tilretteleggjande-tiltak.json

                """))
        #expect(run.output.hasSuffix("  climate-budget summary --output samandrag.html\n"))
        let budgetFolder = folder.appendingPathComponent("eksempelvik")
        let budget = try BudgetLoader.load(from: budgetFolder)
        #expect(budget.settings.language == "nn")
        let road = try #require(budget.sectors.first { $0.id == "veitrafikk" })
        #expect(road.name == "Vegtrafikk" && road.translations == ["nb": "Veitrafikk", "en": "Road traffic"])
        #expect(budget.sectors.first { $0.id == "annen-mobil-forbrenning" }?.name == "Anna mobil forbrenning")
        #expect(
            budget.goals.map(\.text) == [
                "I 2030 er dei direkte klimagassutsleppa i Eksempelvik reduserte med 80 % samanlikna med 2009"
            ])
        #expect(
            budget.measures.map(\.title) == [
                "Døme: talfesta tiltak", "Døme: tiltak utan talfesta effekt", "Døme: tiltak for andre klimamål",
                "Døme: tilretteleggjande tiltak",
            ])
        #expect(ToolRun(["validate"], in: budgetFolder).output == "No findings: 0 errors, 0 warnings in 4 measures.\n")
        // The figures are the bokmål budget's (csvSample): 2029 target 9 821, gap 17 745.
        let gap = ToolRun(["gap"], in: budgetFolder)
        #expect(
            gap.output.contains("Gap: behov for ytterlegare tiltak                   7 098  10 647  14 196  17 745\n"))
        let summary = ToolRun(["summary"], in: budgetFolder)
        #expect(summary.code == 0 && summary.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"nn\">"))
        #expect(summary.output.contains("<td>Vegtrafikk</td>"))
    }

    @Test("init --lang en: English templates, sectors named in English with the Norwegian names as translations")
    func english() throws {
        let folder = try folderWithStatistics("utslipp-eksempel-Eksempelvik.csv", as: "utslipp.csv")
        let run = ToolRun(
            ["init", "ny", "--inventory", "utslipp.csv", "--municipality", "Eksempelvik", "--lang", "en"], in: folder)
        #expect(run.code == 0)
        let budget = try BudgetLoader.load(from: folder.appendingPathComponent("ny"))
        #expect(budget.settings.language == "en" && budget.settings.name == "Climate budget 2026")
        let road = try #require(budget.sectors.first { $0.id == "veitrafikk" })
        #expect(road.name == "Road traffic" && road.translations == ["nb": "Veitrafikk", "nn": "Vegtrafikk"])
        #expect(budget.measures.first?.title == "Example: quantified measure")
        #expect(run.output.hasSuffix("  climate-budget summary --output summary.html\n"))
    }

    @Test("Without --target the budget has no targets yet: it validates with one warning that names the years")
    func noTargets() throws {
        let folder = try folderWithStatistics("utslipp-eksempel-Eksempelvik.csv", as: "utslipp.csv")
        let run = ToolRun(
            ["init", "ny", "--inventory", "utslipp.csv", "--municipality", "Eksempelvik", "--period", "2027-2030"],
            in: folder)
        #expect(run.code == 0)
        #expect(
            run.output.contains(
                "No targets: add the council's milestones to ny/Data/targets.json (see the README), or run init again with --target 2030=-80%.\n"
            ))
        let validate = ToolRun(["validate"], in: folder.appendingPathComponent("ny"))
        #expect(validate.code == 0)
        #expect(
            validate.output
                == "Data/target-caps.csv: warning: there is no target for 2027, 2028, 2029, 2030, so the gap cannot be computed for those years; add a cap for each year, or milestones in Data/targets.json on both sides of them [missing-target]\n\n0 errors, 1 warning in 4 measures.\n"
        )
    }

    @Test("init refuses a folder that is not empty, and writes nothing")
    func refusesNonEmptyFolder() throws {
        let folder = try folderWithStatistics("utslipp-eksempel-Eksempelvik.csv", as: "utslipp.csv")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("budsjett/Data"), withIntermediateDirectories: true)
        let run = ToolRun(
            ["init", "budsjett", "--inventory", "utslipp.csv", "--municipality", "Eksempelvik"], in: folder)
        #expect(run.code == 2)
        #expect(
            run.errorOutput
                == "error: DIR 'budsjett' cannot be used: expected an empty or new folder; it holds 1 file(s) or folder(s) already, and init never writes over a budget: choose another folder\n"
        )
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("budsjett/Data").path)
                == [])
    }

    @Test("A base year the statistics lack, or a last milestone before the period's end, is a usage error")
    func usageErrors() throws {
        let folder = try folderWithStatistics("utslipp-eksempel-Eksempelvik.csv", as: "utslipp.csv")
        let base = ["init", "ny", "--inventory", "utslipp.csv", "--municipality", "Eksempelvik"]
        let year = ToolRun(base + ["--base-year", "2010"], in: folder)
        #expect(year.code == 2)
        #expect(
            year.errorOutput
                == "error: '2010' is not a valid value for '--base-year'. Expected a year the statistics have figures for: 2009, 2011, 2013, 2015-2024 (2010, 2012 and 2014 do not exist).\n"
        )
        let target = ToolRun(base + ["--target", "2028=-50%"], in: folder)
        #expect(
            target.errorOutput
                == "error: '2028=-50%' is not a valid value for '--target'. Expected a last milestone in 2029 or later, so that every period year has a target on the line to it (such as 2030=-80%).\n"
        )
        let typo = ToolRun(base + ["--target", "2030:-80%"], in: folder)
        #expect(
            typo.errorOutput
                == "error: '2030:-80%' is not a valid value for '--target'. Expected a year and a change against the base year in percent, such as 2030=-80% (a cut is negative), several separated by commas.\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ny").path))
    }

    @Test("--target takes several milestones, each with its goal")
    func severalTargets() throws {
        #expect(
            try InitCommand.milestones("2035=-90 %, 2030=−55%") == [
                Milestone(year: 2030, percentChange: -55, goal: "1"),
                Milestone(year: 2035, percentChange: -90, goal: "2"),
            ])
    }

    @Test("The export saved as CSV needs the municipality's name; the problem says so and nothing is written")
    func needsName() throws {
        let folder = try folderWithStatistics("utslipp-eksempel-Eksempelvik.csv", as: "utslipp.csv")
        let run = ToolRun(["init", "ny", "--inventory", "utslipp.csv"], in: folder)
        #expect(run.code == 1)
        #expect(
            run.errorOutput
                == "error: utslipp.csv: the file does not say whose emissions it holds (a one-municipality export saved as CSV has no Info sheet); name the municipality with --municipality, such as --municipality Eksempelvik\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ny").path))
    }
}
