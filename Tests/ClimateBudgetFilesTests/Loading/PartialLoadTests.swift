import ClimateBudget
import ClimateBudgetFiles
import Foundation
import Testing

/// `validate` checks what loads while it reports what does not: the loader hands back the budget as far as
/// it loaded, every problem, and which parts did not load, so that no rule runs on a missing part.
@Suite("Loading what loads of a broken budget")
struct PartialLoadTests {
    @Test("A whole budget loads with no problems and nothing unloaded")
    func whole() throws {
        let partial = BudgetLoader.loadPartially(from: try FixtureBudget().folder)
        #expect(partial.errors.isEmpty)
        #expect(partial.unloaded.isEmpty)
        #expect(partial.budget == ExampleBudget.budget)
    }

    @Test("A broken measure file leaves the other measures and every data file loaded")
    func brokenMeasure() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"description\":", with: "\"descripton\":", in: "Measures/01-fossilfri-buss.json")
        let partial = BudgetLoader.loadPartially(from: fixture.folder)
        #expect(partial.errors.map(\.code) == ["invalid-value"])
        #expect(partial.unloaded == [.measures])
        #expect(partial.budget?.measures.map(\.id) == [2])
        #expect(partial.budget?.sectors == ExampleBudget.budget.sectors)
        #expect(partial.budget?.settings == ExampleBudget.budget.settings)
        // `load` still refuses the budget, with the same problem.
        #expect(throws: LoadFailure(errors: partial.errors)) { try fixture.load() }
    }

    @Test("A broken data file is the only part unloaded; the measures load")
    func brokenDataFile() throws {
        let fixture = try FixtureBudget()
        try fixture.write("Data/sectors.json", "[ { \"id\": \"veitrafikk\" ")
        let partial = BudgetLoader.loadPartially(from: fixture.folder)
        #expect(partial.errors.map(\.code) == ["malformed-json"])
        #expect(partial.unloaded == [.sectors])
        #expect(partial.budget?.measures.map(\.id) == [1, 2])
        #expect(partial.budget?.sectors == [])
    }

    @Test("Without Measures/, every data file is still read and every missing one named")
    func onlyData() throws {
        let fixture = try FixtureBudget()
        try fixture.remove("Measures")
        for file in ["sectors.json", "actors.json", "goals.json", "reference.csv", "targets.json", "target-caps.csv"] {
            try fixture.remove("Data/" + file)
        }
        let partial = BudgetLoader.loadPartially(from: fixture.folder)
        // targets.json and target-caps.csv are optional: their absence is no problem and leaves nothing unloaded.
        #expect(
            partial.errors == [
                .missingFolder(path: "Measures/"),
                .missingFile(file: "Data/sectors.json"), .missingFile(file: "Data/actors.json"),
                .missingFile(file: "Data/goals.json"), .missingFile(file: "Data/reference.csv"),
            ])
        #expect(partial.unloaded == [.measures, .sectors, .actors, .goals, .reference])
        #expect(partial.budget?.settings == ExampleBudget.budget.settings)
    }

    @Test("Without Data/, the measures still load; the data files are not named one by one")
    func onlyMeasures() throws {
        let fixture = try FixtureBudget()
        try fixture.remove("Data")
        let partial = BudgetLoader.loadPartially(from: fixture.folder)
        #expect(partial.errors == [.missingFolder(path: "Data/")])
        #expect(partial.unloaded == Set(BudgetPart.allCases).subtracting([.measures]))
        #expect(partial.budget?.measures.map(\.id) == [1, 2])
    }

    @Test("A folder that is no budget has no budget to check")
    func noBudget() {
        let partial = BudgetLoader.loadPartially(from: URL(fileURLWithPath: "/nonexistent/budget"))
        #expect(partial.budget == nil)
        #expect(partial.errors == [.noSuchFolder(path: "/nonexistent/budget")])
    }

    @Test(
        "Rules that need a broken file are skipped, so it causes no findings elsewhere",
        arguments: [
            // Each file broken, and the rules that would otherwise report every measure that names something in it.
            ("Data/sectors.json", ["unknown-sector"]),
            ("Data/actors.json", ["unknown-actor", "reporter-not-service-area"]),
            ("Data/goals.json", ["unknown-goal"]),
        ])
    func skipsRulesOfBrokenFile(file: String, skipped: [String]) throws {
        let fixture = try FixtureBudget()
        try fixture.write(file, "{")
        let partial = BudgetLoader.loadPartially(from: fixture.folder)
        let budget = try #require(partial.budget)
        // Run unguarded, the rules would report the fixture's sector, actors or goal as unknown.
        #expect(!Validator.validate(budget).filter { skipped.contains($0.rule) }.isEmpty)
        #expect(Validator.validate(budget, without: partial.unloaded) == [])
        #expect(
            Validator.skippedRules(without: partial.unloaded, in: budget)
                == skipped.map { SkippedRule(rule: $0, files: [file]) })
    }

    @Test("Without the settings, the rules on each measure still run")
    func withoutSettings() throws {
        let fixture = try FixtureBudget()
        try fixture.remove("Data/budget.json")
        try fixture.replace("\"reporter\": \"ST\"", with: "\"reporter\": \"\"", in: "Measures/01-fossilfri-buss.json")
        let partial = BudgetLoader.loadPartially(from: fixture.folder)
        let budget = try #require(partial.budget)
        #expect(partial.unloaded == [.settings])
        #expect(Validator.validate(budget, without: partial.unloaded).map(\.rule) == ["missing-reporter"])
        #expect(
            Validator.skippedRules(without: partial.unloaded, in: budget).map(\.rule) == [
                "missing-effect-year", "effect-after-period", "missing-reference-year", "actual-before-base-year",
                "missing-target", "cap-breaks-milestone",
                "milestone-increase", "target-rule-conflict", "target-rule-unreached", "sector-targets-sum",
                "printed-figure-differs",
                "carbon-budget-targets",
            ])
    }

    @Test("A file with a problem reaches no rule, even the parts of it that were read")
    func brokenPartIsEmpty() throws {
        let fixture = try FixtureBudget()
        // A group that names itself: the loader reports it, and a rule that followed it would never end.
        try fixture.replace(
            "\"members\": [\"ST\", \"HO\"]", with: "\"members\": [\"ST\", \"ALLE\"]", in: "Data/actors.json")
        try fixture.replace(
            "\"implementers\": [\"AtB\"]", with: "\"implementers\": [\"ALLE\"]", in: "Measures/01-fossilfri-buss.json")
        try fixture.replace("\"reporter\": \"ST\"", with: "\"reporter\": \"\"", in: "Measures/01-fossilfri-buss.json")
        let partial = BudgetLoader.loadPartially(from: fixture.folder)
        let budget = try #require(partial.budget)
        #expect(partial.errors.map(\.code) == ["invalid-value"])
        #expect(partial.unloaded == [.actors])
        #expect(budget.actors == ActorRegistry())
        #expect(
            Validator.validate(budget, without: partial.unloaded).map(\.description) == [
                "Measures/01-fossilfri-buss.json: error: measure 1: our files record no service area to report on this measure, and the budget names none "
                    + "(responsibility as printed: \"AtB (ST)\"); the environment unit must record which service area reports: agree it with the service areas, "
                    + "then set responsibility.reporter to it [missing-reporter]"
            ])
    }
}
