import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetFiles

@Suite("Loading a budget folder")
struct BudgetLoaderTests {
    @Test(
        "A measure file's name ends in .json in any case, and in nothing that only looks like it",
        arguments: [
            ("07-x.json", true), ("07-x.JSON", true), ("07-x.Json", true), (".json", true), ("json", false),
            ("07-x.json~", false), ("07-x.jsonx", false), ("07-x\u{0E}json", false), ("07-x.jsøn", false),
            ("07-\u{0600}.json", false), ("07-ø.json", true),
        ])
    func jsonName(name: String, isJSON: Bool) {
        #expect(BudgetLoader.isJSONName(name) == isJSON)
    }

    @Test("The small fixture loads into exactly the rules' example budget")
    func fixtureLoadsAsExampleBudget() throws {
        let budget = try FixtureBudget().load()
        #expect(budget == ExampleBudget.budget)
    }

    @Test("Malformed JSON names the line and column")
    func malformedJSON() throws {
        let fixture = try FixtureBudget()
        try fixture.write(
            "Measures/02-sykkelstrategi.json",
            "{\n  \"id\": 2,\n  \"title\": \"Sykkel\"\n  \"kind\": \"unquantified\"\n}\n")
        #expect(
            fixture.loadErrors() == [
                "Measures/02-sykkelstrategi.json:4:3: the JSON is malformed (a comma or a closing } is missing before this); "
                    + "look for a missing comma, quote or bracket at or just before this place"
            ])
    }

    @Test("A JSON file cut short points at its end")
    func truncatedJSON() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Data/goals.json", "[\n  { \"id\": \"2a\"")
        let errors = fixture.loadErrors()
        #expect(errors.count == 1)
        #expect(
            errors.first?.hasPrefix(
                "Data/goals.json:2:15: the JSON is malformed (the file ends before the JSON is complete") == true)
    }

    @Test("Text where tonnes are expected names the field and the text found")
    func wrongTypeOfEffect() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"2023\": 60", with: "\"2023\": \"60 t\"", in: "Measures/01-fossilfri-buss.json")
        #expect(
            fixture.loadErrors() == [
                "Measures/01-fossilfri-buss.json: effect.2023: expected a number of tonnes, found the text \"60 t\""
            ])
    }

    @Test("Every problem in every file is reported in one pass")
    func collectsAllProblems() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"id\": 1", with: "\"id\": \"one\"", in: "Measures/01-fossilfri-buss.json")
        try fixture.replace(
            "\"kind\": \"unquantified\"", with: "\"kind\": \"unquantifed\"", in: "Measures/02-sykkelstrategi.json")
        try fixture.replace("\"baseYear\": 2009", with: "\"baseYear\": \"2009\"", in: "Data/budget.json")
        #expect(
            fixture.loadErrors() == [
                "Data/budget.json: baseYear: expected a year such as 2009, found the text \"2009\"",
                "Measures/01-fossilfri-buss.json: id: expected the measure's number, such as 7, found the text \"one\"",
                "Measures/02-sykkelstrategi.json: kind: \"unquantifed\" is not allowed; expected one of \"quantified\", \"unquantified\", \"otherGoals\", \"enabling\"; did you mean \"unquantified\"?",
            ])
    }

    @Test("A misspelt field is an error, with the field it probably meant")
    func unknownField() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"effect\":", with: "\"efect\":", in: "Measures/01-fossilfri-buss.json")
        #expect(
            fixture.loadErrors() == [
                "Measures/01-fossilfri-buss.json: efect: \"efect\" is not allowed; expected one of the fields id, title, kind, "
                    + "sector, goals, goalEvidence, description, responsibility, effect, effectBySector, effectLow, effectHigh, overlaps, status; did you mean \"effect\"?"
            ])
    }

    /// A budget valid in an earlier version stays valid: the small fixture's files predate both fields.
    @Test("A measure file without goalEvidence or reporterLost loads as before")
    func oldMeasureFileLoads() throws {
        let budget = try FixtureBudget().load()
        #expect(budget.measures.map(\.goalEvidence) == [[:], [:]])
        #expect(budget.measures.map(\.responsibility.reporterLost) == [false, false])
    }

    @Test("goalEvidence and reporterLost are read, and a wrong type names the field")
    func goalEvidenceAndReporterLost() throws {
        let fixture = try FixtureBudget()
        try fixture.replace(
            "\"goals\": [\"2a\"],", with: "\"goals\": [\"2a\"],\n  \"goalEvidence\": { \"2a\": \"Sitat.\" },",
            in: "Measures/01-fossilfri-buss.json")
        try fixture.replace(
            "\"reporter\": \"ST\"", with: "\"reporter\": null, \"reporterLost\": true",
            in: "Measures/02-sykkelstrategi.json")
        let budget = try fixture.load()
        #expect(budget.measures[0].goalEvidence == ["2a": "Sitat."])
        #expect(budget.measures[1].responsibility.reporterLost)
        try fixture.replace("{ \"2a\": \"Sitat.\" }", with: "{ \"2a\": 7 }", in: "Measures/01-fossilfri-buss.json")
        try fixture.replace(
            "\"reporterLost\": true", with: "\"reporterLost\": \"yes\"", in: "Measures/02-sykkelstrategi.json")
        #expect(
            fixture.loadErrors() == [
                "Measures/01-fossilfri-buss.json: goalEvidence.2a: expected the source's sentence that ties the measure to goal 2a, in quotes, found the number 7",
                "Measures/02-sykkelstrategi.json: responsibility.reporterLost: expected true or false (without quotes), found the text \"yes\"",
            ])
    }

    // Effects and goal evidence are read as they stand when every entry is right; one wrong entry sends the whole
    // object the long way, where every problem is reported in the order of the names, not of the file.
    @Test("Problems in an effect and in goal evidence come in the order of the names, the right entries kept")
    func seriesAndEvidenceProblemsInNameOrder() throws {
        let fixture = try FixtureBudget()
        let file = "Measures/01-fossilfri-buss.json"
        try fixture.replace(
            "\"effect\": { \"2022\": 50, \"2023\": 60 }",
            with: "\"effect\": { \"2023\": 60, \"2022\": \"50 t\", \"1800\": 1, \"2024\": 70 }", in: file)
        try fixture.replace(
            "\"goals\": [\"2a\"],",
            with: "\"goals\": [\"2a\"],\n  \"goalEvidence\": { \"b\": \"Sitat.\", \"2a\": \" \", \"a\": 7 },",
            in: file)
        #expect(
            fixture.loadErrors() == [
                "\(file): goalEvidence.2a: missing; add the source's sentence that ties the measure to goal 2a, in quotes (it is empty)",
                "\(file): goalEvidence.a: expected the source's sentence that ties the measure to goal a, in quotes, found the number 7",
                "\(file): effect.1800: \"1800\" is not allowed; expected a year such as \"2024\"",
                "\(file): effect.2022: expected a number of tonnes, found the text \"50 t\"",
            ])
    }

    @Test("A missing required field says what to add")
    func missingField() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"printed\": \"ST\",", with: "", in: "Measures/02-sykkelstrategi.json")
        let error = try #require(Self.failure(fixture).errors.first)
        #expect(
            error
                == .missingField(
                    file: "Measures/02-sykkelstrategi.json", measure: 2, field: "responsibility.printed",
                    expected: "a text in quotes"))
        #expect(
            error.description
                == "Measures/02-sykkelstrategi.json: responsibility.printed: missing; add a text in quotes")
        #expect(error.measure == 2)
    }

    @Test("A file in Measures/ that is not JSON is named")
    func notJSONFile() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Measures/notes.txt", "remember to add measure 3")
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: fixture.folder.appendingPathComponent("Measures/03-binary.json"))
        #expect(
            fixture.loadErrors() == [
                "Measures/03-binary.json: not a JSON text file; measure files are UTF-8 text ending in .json, so move this file out of the folder or save it as JSON (UTF-8)",
                "Measures/notes.txt: not a JSON text file; measure files are UTF-8 text ending in .json, so move this file out of the folder or save it as JSON (UTF-8)",
            ])
    }

    @Test("Hidden files such as .DS_Store are skipped")
    func hiddenFilesSkipped() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Measures/.DS_Store", "\u{0}\u{1}")
        #expect(fixture.loadErrors() == [])
    }

    @Test("An empty Measures/ folder is an error")
    func emptyFolder() throws {
        let fixture = try FixtureBudget()
        try fixture.remove("Measures/01-fossilfri-buss.json")
        try fixture.remove("Measures/02-sykkelstrategi.json")
        #expect(
            fixture.loadErrors() == [
                "Measures/: the folder holds no measure files; add one JSON file per measure, named like 01-short-title.json"
            ])
    }

    @Test("A missing Measures/ folder is a problem of the budget (exit 1), not of input/output")
    func missingFolder() throws {
        let fixture = try FixtureBudget()
        try fixture.remove("Measures")
        let failure = try Self.failure(fixture)
        #expect(failure.errors == [.missingFolder(path: "Measures/")])
        #expect(
            failure.description
                == "Measures/: folder not found; a budget folder holds both Data/ and Measures/, so create it or restore it"
        )
        #expect(!failure.isInputOutput)
    }

    @Test("A folder that does not exist is an input/output failure (exit 2), and says it does not exist")
    func missingBudgetFolder() {
        let failure = LoadFailure(errors: [.noSuchFolder(path: "/nonexistent/budget")])
        #expect(throws: failure) {
            try BudgetLoader.load(from: URL(fileURLWithPath: "/nonexistent/budget"))
        }
        #expect(failure.isInputOutput)
        #expect(failure.description == "/nonexistent/budget: the folder does not exist; check the path")
    }

    @Test("A folder that exists but holds neither Data/ nor Measures/ is not a budget folder")
    func notABudgetFolder() throws {
        let fixture = try FixtureBudget()
        let folder = fixture.folder.appendingPathComponent("Notes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("Data"))
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("Measures"))
        let failure = LoadFailure(errors: [.notABudgetFolder(path: "notes")])
        #expect(throws: failure) { try BudgetLoader.load(from: folder, shownAs: "notes") }
        #expect(failure.isInputOutput)
        #expect(
            failure.description
                == "notes: not a budget folder (it needs Data/ and Measures/); check the path, or run the command in a budget folder"
        )
    }

    /// Issue 10, item 2: a budget's own Data/ or Measures/ folder is named with the folder above it, as the
    /// user would type it: ".." from the working folder, or the given path without its last part.
    @Test(
        "A folder inside a budget folder names the folder above it",
        arguments: [
            ("", "Data", ".."), ("Data", "Data", "."), ("budget/Measures", "Measures", "budget"),
            ("../b/Data/.", "Data", "../b"), (".", "Measures", ".."),
        ])
    func insideBudgetFolder(shownAs: String, subfolder: String, parent: String) throws {
        let fixture = try FixtureBudget()
        let folder = fixture.folder.appendingPathComponent(subfolder)
        let shown = shownAs.isEmpty ? folder.path : shownAs
        let failure = LoadFailure(errors: [.insideBudgetFolder(path: shown, parent: parent)])
        #expect(throws: failure) { try BudgetLoader.load(from: folder, shownAs: shownAs) }
        #expect(failure.isInputOutput)
        #expect(
            failure.description
                == "\(shown): not a budget folder, but the folder above it is one (\(parent)); use that folder instead")
    }

    @Test("Paths in messages can be shown as the user named the folder")
    func shownAs() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"2023\": 60", with: "\"2023\": \"60 t\"", in: "Measures/01-fossilfri-buss.json")
        #expect(
            throws: LoadFailure(errors: [
                .wrongType(
                    file: "../budget/Measures/01-fossilfri-buss.json", measure: 1, field: "effect.2023",
                    expected: "a number of tonnes", found: "the text \"60 t\"")
            ])
        ) {
            try BudgetLoader.load(from: fixture.folder, shownAs: "../budget")
        }
        let budget = try BudgetLoader.load(from: FixtureBudget().folder, shownAs: "../budget/")
        #expect(budget.measures[0].file == "../budget/Measures/01-fossilfri-buss.json")
        #expect(budget.files.targetCaps == "../budget/Data/target-caps.csv")
    }

    @Test("A field given twice in one object is an error, not a silent loss")
    func duplicateKey() throws {
        let fixture = try FixtureBudget()
        try fixture.replace(
            "\"effect\": { \"2022\": 50, \"2023\": 60 }",
            with: "\"effect\": { \"2022\": 50, \"2023\": 60 },\n  \"effect\": { \"2022\": 5 }",
            in: "Measures/01-fossilfri-buss.json")
        #expect(
            fixture.loadErrors() == [
                "Measures/01-fossilfri-buss.json:14:3: the field \"effect\" appears twice in the same object, and only one would be kept; remove or merge one of them"
            ])
    }

    @Test("The same key in different objects is fine")
    func sameKeyInOtherObjects() {
        #expect(JSONSyntax.read(Array(#"{"a": {"a": 1}, "b": [{"a": 2}, {"a": "x\"a"}]}"#.utf8)).repeated == nil)
    }

    @Test("An empty file and a folder inside Measures/ are named")
    func emptyFileAndFolder() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Data/goals.json", "\n")
        try FileManager.default.createDirectory(
            at: fixture.folder.appendingPathComponent("Measures/arkiv"), withIntermediateDirectories: true)
        #expect(
            fixture.loadErrors() == [
                "Data/goals.json: the file is empty; write its contents (see the README's section on files) or delete it",
                "Measures/arkiv/: a folder inside Measures/; measure files must lie directly in Measures/, so move this folder out of it",
            ])
    }

    @Test("Years and tonnes out of any sensible range are caught, not computed with")
    func ranges() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"end\": 2023", with: "\"end\": 20233", in: "Data/budget.json")
        try fixture.replace("\"2022\": 50", with: "\"2022\": 1e19", in: "Measures/01-fossilfri-buss.json")
        try fixture.replace("\"id\": 2,", with: "\"id\": 1e20,", in: "Measures/02-sykkelstrategi.json")
        #expect(
            fixture.loadErrors() == [
                "Data/budget.json: period.end: \"20233\" is not allowed; expected a year such as 2025 from 1900 to 2200",
                "Measures/01-fossilfri-buss.json: effect.2022: \"1e+19\" is not allowed; expected a number of tonnes below 1 000 000 000 000",
                "Measures/02-sykkelstrategi.json: id: expected the measure's number, such as 7, found the number 1e+20",
            ])
    }

    @Test("History may reach into the period (its inventory is the actual emissions); the base year may not")
    func historyIntoPeriod() throws {
        let fixture = try FixtureBudget()
        try fixture.replace(
            "\"lastHistoricalYear\": 2009", with: "\"lastHistoricalYear\": 2022", in: "Data/budget.json")
        #expect(fixture.loadErrors() == [])
        try fixture.replace("\"baseYear\": 2009", with: "\"baseYear\": 2022", in: "Data/budget.json")
        #expect(
            fixture.loadErrors() == [
                "Data/budget.json: baseYear: \"2022\" is not allowed; expected a year before the period starts (2022), such as 2009"
            ])
    }

    @Test("A missing data file is named")
    func missingDataFile() throws {
        let fixture = try FixtureBudget()
        try fixture.remove("Data/reference.csv")
        #expect(
            fixture.loadErrors() == [
                "Data/reference.csv: file not found; every budget needs it (see the README's section on files)"
            ])
    }

    @Test("A bad CSV cell names its line, column and header")
    func badCSVCell() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Data/reference.csv", "year,total\n2009,1000\n2022,nine hundred\n2023,880\n")
        #expect(
            fixture.loadErrors() == [
                "Data/reference.csv:3:6: column \"total\": expected a number of tonnes, zero or more, such as 524491, found \"nine hundred\"; correct the cell, or leave it empty where there is no figure"
            ])
    }

    @Test("Reference figures may be given per sector; the total is their sum")
    func sectorColumns() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Data/reference.csv", "year,veitrafikk\n2009,1000\n2022,900\n2023,880\n")
        let budget = try fixture.load()
        #expect(budget.reference.bySector == ["veitrafikk": [2009: 1000, 2022: 900, 2023: 880]])
        #expect(budget.reference.total == [2009: 1000, 2022: 900, 2023: 880])
    }

    @Test("A semicolon CSV with decimal commas and spaces in numbers reads as Excel writes it")
    func excelStyleCSV() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Data/reference.csv", "\u{FEFF}year;total\r\n2009;1 000,5\r\n2022;900\r\n2023;880\r\n")
        #expect(try fixture.load().reference.total == [2009: 1000.5, 2022: 900, 2023: 880])
    }

    @Test("A sector column left empty where others have figures is an error, not a smaller total")
    func incompleteSectors() throws {
        let fixture = try FixtureBudget()
        try fixture.write(
            "Data/sectors.json", #"[{"id": "veitrafikk", "name": "Veitrafikk"}, {"id": "sjofart", "name": "Sjøfart"}]"#)
        try fixture.write("Data/reference.csv", "year,veitrafikk,sjofart\n2009,900,100\n2022,800,\n2023,780,100\n")
        #expect(
            fixture.loadErrors() == [
                "Data/reference.csv:3:10: column \"sjofart\": expected a figure, since other sectors have one for 2022 and the year's total is their sum (write 0 for no emissions), found \"\"; correct the cell, or leave it empty where there is no figure"
            ])
    }

    @Test("A total beside sector columns must equal their sum")
    func totalMatchesSectors() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Data/reference.csv", "year,total,veitrafikk\n2009,1000,1000\n2022,950,900\n2023,880,880\n")
        #expect(
            fixture.loadErrors() == [
                "Data/reference.csv:3:6: column \"total\": expected the sum of the sector columns, 900, found \"950\"; correct the cell, or leave it empty where there is no figure"
            ])
    }

    @Test("A column named twice is an error; rows of separators only are skipped")
    func duplicateColumnAndBlankRows() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Data/target-caps.csv", "year;total;total\n2022;750;1\n")
        try fixture.write("Data/reference.csv", "year;total\n2009;1000\n;\n2022;900\n2023;880\n;;\n")
        #expect(
            fixture.loadErrors() == [
                "Data/target-caps.csv:1:12: the column \"total\" appears twice; keep one of them"
            ])
    }

    @Test("Negative emissions are not a reference figure")
    func negativeReference() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Data/reference.csv", "year,total\n2009,1000\n2022,-900\n2023,880\n")
        #expect(fixture.loadErrors().count == 1)
    }

    @Test("A missing kind lists the four kinds")
    func missingKind() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"kind\": \"unquantified\",", with: "", in: "Measures/02-sykkelstrategi.json")
        #expect(
            fixture.loadErrors() == [
                "Measures/02-sykkelstrategi.json: kind: missing; add the measure's kind, one of \"quantified\", \"unquantified\", \"otherGoals\", \"enabling\""
            ])
    }

    static func failure(_ fixture: FixtureBudget) throws -> LoadFailure {
        do {
            _ = try fixture.load()
        } catch {
            return error
        }
        Issue.record("the budget loaded without errors")
        return LoadFailure(errors: [])
    }
}
