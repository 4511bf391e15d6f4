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

    @Test("Nesting within the limit that is not closed is found at the end, in one pass")
    func deep() {
        let depth = JSONSyntax.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth - 1)
        #expect(JSONSyntax.firstProblem(in: Array(text.utf8))?.offset == 2 * depth - 1)
    }

    /// What the reader builds: the loader's tree, straight from the bytes.
    func value(_ text: String) throws -> JSONValue {
        try JSONSyntax.read(Array(text.utf8)).value.get()
    }

    @Test("Escapes are decoded: the simple ones, \\u, a surrogate pair as one character, a lone one replaced")
    func escapes() throws {
        #expect(try value(#""a\"b\\c\/d\n\t""#) == .string("a\"b\\c/d\n\t"))
        #expect(try value(#""Bu\u00e5s""#) == .string("Buås"))
        #expect(try value(#""\ud83d\ude00""#) == .string("\u{1F600}"))
        #expect(try value(#""x\ud83dy""#) == .string("x\u{FFFD}y"))
    }

    @Test("Numbers as JSON writes them, and a comma before a closing bracket, as Foundation allowed")
    func numbersAndTrailingComma() throws {
        #expect(
            try value("[-0.5e2, 0, 12.25, 1E3,]") == .array([.number(-50), .number(0), .number(12.25), .number(1000)]))
        #expect(
            try value(#"{"a": [], "b": {}, "c": [{}],}"#)
                == .object(["a": .array([]), "b": .object([:]), "c": .array([.object([:])])]))
    }

    @Test("Nesting up to the limit is read on a stack of its own; deeper is refused at the first bracket too many")
    func deepNesting() throws {
        let depth = JSONSyntax.maximumDepth
        var inner = try value(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        var levels = 1
        while case .array(let items) = inner, let first = items.first {
            inner = first
            levels += 1
        }
        #expect(levels == depth)
        let tooDeep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(
            JSONSyntax.firstProblem(in: Array(tooDeep.utf8))
                == JSONSyntax.Problem(
                    offset: depth,
                    detail: "lists and objects are nested more than 1000 deep here; a budget file needs a few levels"))
    }
}
