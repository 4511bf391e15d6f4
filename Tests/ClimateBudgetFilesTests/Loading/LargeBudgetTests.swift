import ClimateBudget
import Foundation
import TestSupport
import Testing

@testable import ClimateBudgetFiles

/// A budget of 500 measure files or more is read on every core, and its rules run on every core: what it reports
/// must be what the one-thread path reports, in the same order.
@Suite("A large budget is read and checked on every core, with the same results")
struct LargeBudgetTests {
    /// The Trondheim fixture with its measure files copied until the budget has `count` of them (copies named
    /// "9xxx-copy-of-....json"), plus the three broken files of ``broken``.
    private func budget(measureFiles count: Int) throws -> URL {
        let folder = TemporaryFolders.url("large-budget")
        try FileManager.default.copyItem(at: FixtureBudget.trondheim, to: folder)
        let measures = folder.appendingPathComponent("Measures")
        let originals = try FileManager.default.contentsOfDirectory(atPath: measures.path).sorted()
        var copy = 0
        while originals.count + copy + Self.broken.count < count {
            let original = originals[copy % originals.count]
            try FileManager.default.copyItem(
                at: measures.appendingPathComponent(original),
                to: measures.appendingPathComponent("9\(String(format: "%03d", copy))-copy-of-\(original)"))
            copy += 1
        }
        for (name, text) in Self.broken {
            try Data(text.utf8).write(to: measures.appendingPathComponent(name))
        }
        return folder
    }

    /// Three files with a load problem each, named to fall among the copies: a syntax error, a misspelt field and
    /// a wrong kind.
    static let broken = [
        ("9100-syntax.json", #"{"id": 9100, "title": "x",}}"#),
        (
            "9300-misspelt.json",
            #"{"id": 9300, "titel": "x", "kind": "quantified", "responsibility": {"printed": "MH"}}"#
        ),
        ("9500-kind.json", #"{"id": 9500, "title": "x", "kind": "quantifed", "responsibility": {"printed": "MH"}}"#),
    ]

    @Test("600 measure files give the load problems of the same broken files among 40, in file-name order")
    func loadProblems() throws {
        let large = try budget(measureFiles: 600)
        let small = try budget(measureFiles: 40)
        defer {
            try? FileManager.default.removeItem(at: large)
            try? FileManager.default.removeItem(at: small)
        }
        let many = BudgetLoader.loadPartially(from: large, shownAs: "b")
        let few = BudgetLoader.loadPartially(from: small, shownAs: "b")
        #expect(try FileManager.default.contentsOfDirectory(atPath: large.path + "/Measures").count == 600)
        #expect(many.budget?.measures.count == 597)
        #expect(few.budget?.measures.count == 37)
        // The syntax error; the misspelt field, the title it leaves missing and the implementers the responsibility
        // lacks; the wrong kind and, again, the implementers: six problems, in file-name order.
        let m = "b/Measures/"
        #expect(
            many.errors.map { String($0.description.prefix { $0 != ":" }) }
                == [m + "9100-syntax.json"] + Array(repeating: m + "9300-misspelt.json", count: 3)
                + Array(repeating: m + "9500-kind.json", count: 2))
        #expect(many.errors.map(\.description) == few.errors.map(\.description))
    }

    @Test("The rules on every core find what they find one after another, in the same order")
    func findings() throws {
        let large = try budget(measureFiles: 600)
        defer { try? FileManager.default.removeItem(at: large) }
        let partial = BudgetLoader.loadPartially(from: large, shownAs: "b")
        let budget = try #require(partial.budget)
        // Validator.concurrentMeasures is 500: from there the rules run on every core.
        #expect(budget.measures.count >= 500)
        // One rule after another, sorted as the validator sorts (severity, file, measure; a stable sort).
        let oneByOne = Validator.rules(without: partial.unloaded).flatMap { $0.check(budget) }.sorted { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            if a.file != b.file { return a.file < b.file }
            return (a.measure ?? 0) < (b.measure ?? 0)
        }
        let found = Validator.validate(budget, without: partial.unloaded)
        // Every copy repeats an id and has a file name that does not start with it: thousands of findings.
        #expect(found.count > 1_000)
        #expect(found == oneByOne)
    }
}
