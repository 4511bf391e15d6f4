import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetFiles

/// Long or repetitive input must cost linear time: messages name a long text once and guess nothing for it,
/// and positions are counted on, not from the start of the line each time.
@Suite("Long input in data files")
struct LongInputTests {
    @Test("A 2 MB misspelt field is reported once, without a guess")
    func longUnknownField() throws {
        let fixture = try FixtureBudget()
        let key = String(repeating: "description", count: 190_000)  // 11 × 190 000 = 2 090 000 characters
        try fixture.replace("\"description\":", with: "\"\(key)\":", in: "Measures/01-fossilfri-buss.json")
        #expect(
            fixture.loadErrors() == [
                "Measures/01-fossilfri-buss.json: \(key): \"\(key)\" is not allowed; expected one of the fields id, title, kind, "
                    + "sector, goals, goalEvidence, description, responsibility, effect, effectLow, effectHigh, overlaps, status"
            ])
    }

    @Test("Repeated keys on one line get their own columns, counted in characters")
    func repeatedKeysOnOneLine() {
        // {"ø": 1, "ø": 2, "b": 3, "ø": 4, "b": 5}: the keys start at characters 2, 10, 18, 26 and 34.
        let text = #"{"ø": 1, "ø": 2, "b": 3, "ø": 4, "b": 5}"#
        let found = JSONDuplicateKeys.find(in: Array(text.utf8))
        #expect(found.map(\.key) == ["ø", "ø", "b"])
        #expect(found.map(\.line) == [1, 1, 1])
        #expect(found.map(\.column) == [10, 26, 34])
    }

    @Test("Repeated keys on later lines count from their own line")
    func repeatedKeysOnLaterLines() {
        let text = "{\"a\": 1,\n  \"å\": 2, \"å\": 3,\n \"a\": 4}"
        let found = JSONDuplicateKeys.find(in: Array(text.utf8))
        #expect(found.map(\.key) == ["å", "a"])
        #expect(found.map(\.line) == [2, 3])
        // Line 2 is `  "å": 2, "å": 3,`: the second "å" starts at character 11. Line 3 is ` "a": 4}`: character 2.
        #expect(found.map(\.column) == [11, 2])
    }

    @Test("An object with many keys is scanned in one pass")
    func manyKeys() {
        // 100 000 distinct keys, then the first again: one repeat, on line 1.
        let keys = (0..<100_000).map { "\"k\($0)\": 0" }.joined(separator: ", ")
        let text = "{" + keys + ", \"k0\": 1}"
        let found = JSONDuplicateKeys.find(in: Array(text.utf8))
        #expect(found.map(\.key) == ["k0"])
        // The text ends `"k0": 1}`: the repeat's opening quote is the 8th character from the end.
        #expect(found.first?.column == text.count - 7)
    }
}
