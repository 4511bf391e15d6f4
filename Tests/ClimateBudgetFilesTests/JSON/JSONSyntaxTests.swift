import Foundation
import Testing

@testable import ClimateBudgetFiles

/// Issue 10, item 4: the place of a JSON syntax error comes from our own reading of the file, not from
/// Foundation's English error text, which differs between platforms and versions.
@Suite("Our own reading of JSON syntax")
struct JSONSyntaxTests {
    /// Broken files, each with the line and column (counted from 1, in characters) of the first byte that is
    /// wrong, and what our reading says about it.
    static let broken: [(text: String, line: Int, column: Int, detail: String)] = [
        // A missing comma between two fields: the second field's quote, line 4, column 3.
        (
            "{\n  \"id\": 2,\n  \"title\": \"Sykkel\"\n  \"kind\": \"unquantified\"\n}\n", 4, 3,
            "a comma or a closing } is missing before this"
        ),
        // A missing comma in a list: the 2's position, after "[1 " (column 4).
        ("[1 2]", 1, 4, "a comma or a closing ] is missing before this"),
        // A missing colon: the 1 after "{\"a\" " is at column 6.
        ("{\"a\" 1}", 1, 6, "a colon (:) is missing after the field name"),
        // Two commas: the second, column 9.
        ("{\"a\": 1,,}", 1, 9, "a field name in quotes is missing here"),
        // The file ends inside an object: the position after the last character, line 2, column 15.
        ("[\n  { \"id\": \"2a\"", 2, 15, "the file ends before the JSON is complete; a closing } or ] is missing"),
        ("{ \"id\": 99,", 1, 12, "the file ends before the JSON is complete; a closing } or ] is missing"),
        // A text whose closing quote is missing at the end of the file: its opening quote, column 7.
        ("{\"a\": \"open", 1, 7, "a text in quotes is not closed; add the closing quote"),
        // A text not closed on its line: the line break, after "  \"title\": \"Sykkel," (19 characters) on line 2.
        (
            "{\n  \"title\": \"Sykkel,\n  \"kind\": \"x\"\n}", 2, 20,
            "a text in quotes is not closed before the end of the line; add the closing quote"
        ),
        // A tab inside a text: column 9.
        ("{\"a\": \"x\ty\"}", 1, 9, "a text in quotes holds a control character such as a tab; write a tab as \\t"),
        // A bad escape: the backslash, column 10.
        (
            "{\"a\": \"C:\\mappe\"}", 1, 10,
            "a backslash starts an escape such as \\n; write \\\\ for a backslash itself"
        ),
        ("{\"a\": \"\\u00g1\"}", 1, 8, "\\u must be followed by four hexadecimal digits, such as \\u00e5"),
        // Bad literals: at the word's start.
        (
            "{\"a\": True}", 1, 7,
            "a value is missing or misspelt here: write a number, a text in quotes, true, false, null, a list [ ] or an object { }"
        ),
        (
            "{\"a\": nul}", 1, 7,
            "a value is missing or misspelt here: write a number, a text in quotes, true, false, null, a list [ ] or an object { }"
        ),
        (
            "{\"a\": }", 1, 7,
            "a value is missing or misspelt here: write a number, a text in quotes, true, false, null, a list [ ] or an object { }"
        ),
        // Numbers: a decimal point needs digits after it; a leading zero; a minus without digits.
        ("{\"a\": 1.}", 1, 9, "a number needs a digit after its decimal point"),
        ("{\"a\": 012}", 1, 7, "a number cannot begin with 0 followed by more digits; remove the leading zero"),
        ("[-]", 1, 3, "a number needs a digit after its minus sign"),
        ("[1e]", 1, 4, "a number needs a digit in its exponent"),
        // A value where a field name belongs (a key without quotes): column 3.
        ("{ id: 2 }", 1, 3, "a field name in quotes is missing here"),
        // More after the end: the second object's brace, line 2, column 1.
        ("{}\n{}", 2, 1, "there is more after the end of the JSON; a file holds one object or list"),
        // A closing bracket of the wrong kind: column 8.
        ("{\"a\": 1]", 1, 8, "a comma or a closing } is missing before this"),
        // Characters count, not bytes: "ø" is one column.
        ("{\"tittel\": \"Bærekraft\" x}", 1, 24, "a comma or a closing } is missing before this"),
    ]

    @Test("Each broken file is located at its first wrong character", arguments: broken.indices)
    func located(index: Int) {
        let (text, line, column, detail) = Self.broken[index]
        let problem = JSONSyntax.firstProblem(in: Array(text.utf8))
        let position = problem.map { JSONValue.position(in: Array(text.utf8), offset: $0.offset) }
        #expect(
            position?.line == line && position?.column == column,
            "\(text.debugDescription): at \(String(describing: position))")
        #expect(problem?.detail == detail)
    }

    @Test(
        "Each broken file is a malformedJSON error at that place, whatever Foundation's wording",
        arguments: broken.indices)
    func loadError(index: Int) {
        let (text, line, column, detail) = Self.broken[index]
        #expect(throws: LoadError.malformedJSON(file: "f.json", line: line, column: column, detail: detail)) {
            try JSONValue.parse(Data(text.utf8), file: "f.json")
        }
    }

    @Test(
        "Valid JSON has no problem",
        arguments: [
            "{}", "[]", "0", "-0.5e+3", "\"\\u00e5\\n\\\"\"", "{\"a\": [1, {\"b\": null}, true, false], \"c\": \"ø\"}",
            " \n\t{ } \r\n",
            "\u{FEFF}{\"a\": 1}",
            // A comma before a closing bracket: Foundation reads it, so our reading does too.
            "{\"a\": 1,}", "[\n  1,\n  2,\n]",
        ])
    func valid(text: String) {
        #expect(JSONSyntax.firstProblem(in: Array(text.utf8)) == nil)
    }

    @Test("Deep nesting is read without recursion, in one pass")
    func deep() {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth - 1)
        #expect(JSONSyntax.firstProblem(in: Array(text.utf8))?.offset == 2 * depth - 1)
    }

    /// Until the loader has a parser of its own (the county issue), Foundation's text is the fallback: every
    /// wording we know of, on every platform, gives the same place.
    @Test(
        "Foundation's wordings of the place all give the same line and column",
        arguments: [
            "Invalid value around character 8.",
            "Badly formed object around character 8.",
            "Invalid value around line 1, column 9.",
            "Unexpected character ',' around line 1, column 9.",
            "Unexpected character ',' at line 1 column 9",
            "The data couldn't be read because it isn't in the correct format. (Invalid value around line 1, column 9.)",
        ])
    func foundationWordings(detail: String) {
        let bytes = Array("{\"a\": 1,,}".utf8)
        let position = JSONValue.position(in: bytes, foundationDetail: detail)
        #expect(position.line == 1 && position.column == 9)
    }

    @Test("A wording with no place points at the end of the text")
    func foundationNoPlace() {
        let position = JSONValue.position(
            in: Array("{\n \"a\":".utf8), foundationDetail: "Unexpected end of file during JSON parse.")
        #expect(position.line == 2 && position.column == 6)
    }
}
