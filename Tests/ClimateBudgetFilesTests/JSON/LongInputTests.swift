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
                    + "sector, goals, goalEvidence, description, responsibility, effect, effectBySector, effectLow, effectHigh, overlaps, status"
            ])
    }

    /// The first field that appears twice, with its line and column.
    func repeated(_ text: String) -> (key: String, line: Int, column: Int)? {
        let bytes = Array(text.utf8)
        guard let found = JSONSyntax.read(bytes).repeated else { return nil }
        let (line, column) = JSONValue.position(in: bytes, offset: found.offset)
        return (found.key, line, column)
    }

    @Test("The first repeated key on a line is named with its column, counted in characters")
    func repeatedKeysOnOneLine() throws {
        // {"ø": 1, "ø": 2, ...}: the second "ø" starts at character 10.
        let found = try #require(repeated(#"{"ø": 1, "ø": 2, "b": 3, "ø": 4, "b": 5}"#))
        #expect(found.key == "ø" && found.line == 1 && found.column == 10)
    }

    @Test("A repeated key on a later line counts from its own line")
    func repeatedKeysOnLaterLines() throws {
        // Line 2 is `  "å": 2, "å": 3,`: the second "å" starts at character 11.
        let found = try #require(repeated("{\"a\": 1,\n  \"å\": 2, \"å\": 3,\n \"a\": 4}"))
        #expect(found.key == "å" && found.line == 2 && found.column == 11)
    }

    @Test("An object with many keys is scanned in one pass")
    func manyKeys() {
        // 100 000 distinct keys, then the first again: one repeat, on line 1.
        let keys = (0..<100_000).map { "\"k\($0)\": 0" }.joined(separator: ", ")
        let text = "{" + keys + ", \"k0\": 1}"
        let found = repeated(text)
        #expect(found?.key == "k0")
        // The text ends `"k0": 1}`: the repeat's opening quote is the 8th character from the end.
        #expect(found?.column == text.count - 7)
    }
}
