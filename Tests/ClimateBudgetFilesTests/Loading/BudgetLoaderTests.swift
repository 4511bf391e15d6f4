import ClimateBudget
@testable import ClimateBudgetFiles
import Foundation
import Testing

@Suite("Loading a budget folder")
struct BudgetLoaderTests {
    @Test("The small fixture loads into exactly the rules' example budget")
    func fixtureLoadsAsExampleBudget() throws {
        let budget = try FixtureBudget().load()
        #expect(budget == ExampleBudget.budget)
    }

    @Test("Malformed JSON names the line and column")
    func malformedJSON() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Measures/02-sykkelstrategi.json", "{\n  \"id\": 2,\n  \"title\": \"Sykkel\"\n  \"kind\": \"unquantified\"\n}\n")
        #expect(fixture.loadErrors() == [
            "Measures/02-sykkelstrategi.json:4:3: the JSON is malformed (invalid value); "
                + "look for a missing comma, quote or bracket at or just before this place",
        ])
    }

    @Test("A JSON file cut short points at its end")
    func truncatedJSON() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Data/goals.json", "[\n  { \"id\": \"2a\"")
        let errors = fixture.loadErrors()
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("Data/goals.json:2:15: the JSON is malformed (unexpected end of file") == true)
    }

    @Test("Text where tonnes are expected names the field and the text found")
    func wrongTypeOfEffect() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"2023\": 60", with: "\"2023\": \"60 t\"", in: "Measures/01-fossilfri-buss.json")
        #expect(fixture.loadErrors() == [
            "Measures/01-fossilfri-buss.json: effect.2023: expected a number of tonnes, found the text \"60 t\"",
        ])
    }

    @Test("Every problem in every file is reported in one pass")
    func collectsAllProblems() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"id\": 1", with: "\"id\": \"one\"", in: "Measures/01-fossilfri-buss.json")
        try fixture.replace("\"kind\": \"unquantified\"", with: "\"kind\": \"unquantifed\"", in: "Measures/02-sykkelstrategi.json")
        try fixture.replace("\"baseYear\": 2009", with: "\"baseYear\": \"2009\"", in: "Data/budget.json")
        #expect(fixture.loadErrors() == [
            "Data/budget.json: baseYear: expected a year such as 2009, found the text \"2009\"",
            "Measures/01-fossilfri-buss.json: id: expected the measure's number, such as 7, found the text \"one\"",
            "Measures/02-sykkelstrategi.json: kind: \"unquantifed\" is not allowed; expected one of \"quantified\", \"unquantified\", \"otherGoals\", \"enabling\"",
        ])
    }

    @Test("A misspelt field is an error, with the field it probably meant")
    func unknownField() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"effect\":", with: "\"efect\":", in: "Measures/01-fossilfri-buss.json")
        #expect(fixture.loadErrors() == [
            "Measures/01-fossilfri-buss.json: efect: \"efect\" is not allowed; expected one of the fields id, title, kind, "
                + "sector, goals, description, responsibility, effect; did you mean \"effect\"?",
        ])
    }

    @Test("A missing required field says what to add")
    func missingField() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"printed\": \"ST\",", with: "", in: "Measures/02-sykkelstrategi.json")
        let error = try #require(Self.failure(fixture).errors.first)
        #expect(error == .missingField(file: "Measures/02-sykkelstrategi.json", measure: 2, field: "responsibility.printed", expected: "a text in quotes"))
        #expect(error.description == "Measures/02-sykkelstrategi.json: responsibility.printed: missing; add a text in quotes")
        #expect(error.measure == 2)
    }

    @Test("A file in Measures/ that is not JSON is named")
    func notJSONFile() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Measures/notes.txt", "remember to add measure 3")
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: fixture.folder.appendingPathComponent("Measures/03-binary.json"))
        #expect(fixture.loadErrors() == [
            "Measures/03-binary.json: not a JSON text file; measure files are UTF-8 text ending in .json, so move this file out of the folder or save it as JSON",
            "Measures/notes.txt: not a JSON text file; measure files are UTF-8 text ending in .json, so move this file out of the folder or save it as JSON",
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
        #expect(fixture.loadErrors() == [
            "Measures/: the folder holds no measure files; add one JSON file per measure, named like 01-short-title.json",
        ])
    }

    @Test("A missing Data/ or Measures/ folder is an input/output failure")
    func missingFolder() throws {
        let fixture = try FixtureBudget()
        try fixture.remove("Measures")
        let failure = try Self.failure(fixture)
        #expect(failure.errors == [.missingFolder(path: "Measures/")])
        #expect(failure.isInputOutput)
    }

    @Test("A budget folder that does not exist is named")
    func missingBudgetFolder() {
        #expect(throws: LoadFailure(errors: [.missingFolder(path: "/nonexistent/budget")])) {
            try BudgetLoader.load(from: URL(fileURLWithPath: "/nonexistent/budget"))
        }
    }

    @Test("A missing data file is named")
    func missingDataFile() throws {
        let fixture = try FixtureBudget()
        try fixture.remove("Data/reference.csv")
        #expect(fixture.loadErrors() == [
            "Data/reference.csv: file not found; every budget needs it (see the README's section on files)",
        ])
    }

    @Test("A bad CSV cell names its line, column and header")
    func badCSVCell() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Data/reference.csv", "year,total\n2009,1000\n2022,nine hundred\n2023,880\n")
        #expect(fixture.loadErrors() == [
            "Data/reference.csv:3:6: column \"total\": expected a number of tonnes, found \"nine hundred\"",
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
