import ClimateBudget
import Testing

@testable import ClimateBudgetFiles

/// One catalogue of every problem the tool can report (issue 10, item 9).
@Suite("The catalogue of problems")
struct ProblemCatalogueTests {
    @Test("Every code is listed once: the 22 kinds of load problem, the 10 of the emission statistics, then every rule")
    func codesOnce() {
        let codes = ProblemCatalogue.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        // LoadError has 32 cases; the catalogue's words come from an exhaustive switch, its examples list one of each.
        #expect(LoadError.catalogue.count == 32)
        #expect(LoadError.catalogue.filter { $0.kind == .statistics }.count == 10)
        #expect(Array(codes.suffix(Validator.rules.count)) == Validator.rules.map { $0.id })
    }

    @Test("Every entry has a title, a description and an example message")
    func complete() {
        for problem in ProblemCatalogue.all {
            #expect(
                !problem.title.isEmpty && !problem.description.isEmpty && !problem.example.isEmpty, "\(problem.code)")
        }
    }

    @Test("A rule's entry carries its example message, from running its breaking example")
    func ruleExample() throws {
        let entry = try #require(ProblemCatalogue.problem(code: "cap-breaks-milestone"))
        #expect(entry.kind == .rule && entry.severity == .error)
        #expect(entry.example.hasPrefix("Data/target-caps.csv: error: the cap for 2023 is "))
        #expect(entry.withholds == [.target, .gap])
    }

    @Test("A load problem's entry carries the message the loader prints")
    func loadExample() throws {
        let entry = try #require(ProblemCatalogue.problem(code: "missing-file"))
        #expect(entry.kind == .load && entry.severity == .error)
        #expect(
            entry.example
                == "Data/sectors.json: file not found; every budget needs it (see the README's section on files)")
    }

    @Test("Every code a loaded budget's findings or load errors can carry is in the catalogue")
    func findingsUseCatalogueCodes() {
        let codes = Set(ProblemCatalogue.all.map(\.code))
        for rule in Validator.rules {
            for finding in rule.check(rule.examples.breaking.budget) { #expect(codes.contains(finding.rule)) }
        }
        for error in LoadError.examples { #expect(codes.contains(error.code)) }
    }
}
