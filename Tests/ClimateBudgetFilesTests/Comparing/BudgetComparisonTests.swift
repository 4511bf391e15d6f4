import Foundation
import Testing

@testable import ClimateBudgetFiles

@Suite("Comparing two budgets' files by content")
struct BudgetComparisonTests {
    func json(_ text: String) throws -> JSONValue {
        try JSONValue.parse(Data(text.utf8), file: "test.json")
    }

    @Test("List items with an id pair by id, whatever their order; a changed list of names shows whole")
    func jsonByID() throws {
        let old = try json(
            #"{"serviceAreas": [{"id": "TT", "name": "tekniske"}, {"id": "HO", "name": "helse", "aliases": ["Helse"]}]}"#
        )
        let new = try json(
            #"{"serviceAreas": [{"id": "HO", "name": "helse", "aliases": ["Helse", "Omsorg"]}, {"id": "NI", "name": "næring"}]}"#
        )
        #expect(
            JSONComparison.compare(old, new) == [
                .field(
                    path: "serviceAreas[HO].aliases", old: .array([.string("Helse")]),
                    new: .array([.string("Helse"), .string("Omsorg")])),
                .field(
                    path: "serviceAreas[NI]", old: nil, new: .object(["id": .string("NI"), "name": .string("næring")])),
                .field(
                    path: "serviceAreas[TT]", old: .object(["id": .string("TT"), "name": .string("tekniske")]), new: nil
                ),
            ])
    }

    @Test("List items without ids: the removed and the added ones, not a cascade of shifted positions")
    func jsonWithoutIDs() throws {
        let old = try json(
            #"{"milestones": [{"goal": "2", "year": 2020}, {"goal": "2a", "year": 2023}, {"goal": "5", "year": 2030}]}"#
        )
        let new = try json(
            #"{"milestones": [{"year": 2023, "goal": "2a"}, {"goal": "5", "year": 2030}, {"goal": "6", "year": 2035}]}"#
        )
        #expect(
            JSONComparison.compare(old, new) == [
                .field(path: "milestones", old: .object(["goal": .string("2"), "year": .number(2020)]), new: nil),
                .field(path: "milestones", old: nil, new: .object(["goal": .string("6"), "year": .number(2035)])),
            ])
    }

    @Test("CSV: a column added with its cells, a row removed, a cell changed; numbers compare as numbers")
    func csv() throws {
        let old = try CSV.parse("year,total\n2009,524491\n2019,424456\n2024,428164\n")
        let new = try CSV.parse("year;total;veitrafikk\n2024;428 000;1,5\n2009;524 491;\n")
        #expect(
            CSVComparison.compare(old, new) == [
                .columnAdded(column: "veitrafikk", cells: [LabelledCell(label: "2024", value: .number(1.5))]),
                .rowRemoved(row: "2019", cells: [LabelledCell(label: "total", value: .number(424456))]),
                .cell(row: "2024", column: "total", old: .number(428164), new: .number(428000)),
            ])
    }

    @Test("A measure file that cannot be parsed in NEW is named with why; one that is new and unreadable is added")
    func unreadableMeasure() throws {
        let budget = try FixtureBudget()
        let old = try BudgetContents.read(from: budget.folder, shownAs: "")
        try budget.write("Measures/01-fossilfri-buss.json", "{ \"id\": 1,")
        try budget.write("Measures/03-ny.json", "")
        let comparison = BudgetComparison.compare(old, try BudgetContents.read(from: budget.folder, shownAs: ""))
        #expect(comparison.files.map(\.file) == ["Measures/01-fossilfri-buss.json", "Measures/03-ny.json"])
        #expect(
            comparison.files.map(\.change) == [
                .notComparable(
                    old: nil,
                    new:
                        "line 1, column 11: the JSON is malformed (the file ends before the JSON is complete; a closing } or ] is missing); look for a missing comma, quote or bracket at or just before this place"
                ),
                .added,
            ])
        #expect(comparison.added.isEmpty && comparison.removed.isEmpty && comparison.changed.isEmpty)
    }
}
