import Foundation
import Testing

@testable import ClimateBudgetFiles

@Suite("Field names read from the table of known names")
struct JSONNamesTests {
    @Test("The table gives a name for its bytes and nothing for other bytes")
    func table() {
        let names = JSONNames(["id", "title", "goalEvidence", "responsibility", "2024", "sixteen-bytes-ok", "øre"])
        func look(_ text: String) -> String? {
            Array(text.utf8).withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { names.name($0, count: buffer.count) }
            }
        }
        #expect(look("id") == "id")
        #expect(look("goalEvidence") == "goalEvidence")
        #expect(look("sixteen-bytes-ok") == "sixteen-bytes-ok")
        #expect(look("2024") == "2024")
        // Another name, a name cut short or longer, and a name the table left out (not ASCII).
        #expect(look("ix") == nil)
        #expect(look("titl") == nil)
        #expect(look("titles") == nil)
        #expect(look("øre") == nil)
    }

    // Names in the table, names that are not (too long, not ASCII, escaped, empty) and a text value spelled like a
    // name: every one reads as the text its bytes spell, whichever way it was read.
    @Test("Every name reads as its bytes spell it, in the table or not")
    func reading() throws {
        let text = #"""
            {"id": 1, "title": "title", "effect": {"2024": 1, "1989": 2}, "responsibilityFields": 3, "tiltaksnavn": 4,
             "sjø": 5, "ti\u0074le2": 6, "": 7, "status": [{"period": "2024-T1", "comment": "c"}], "a\"b": 8}
            """#
        let value = try JSONValue.parse(Data(text.utf8), file: "f.json")
        guard case .object(let root) = value else {
            Issue.record("not an object")
            return
        }
        #expect(
            root.keys == [
                "id", "title", "effect", "responsibilityFields", "tiltaksnavn", "sjø", "title2", "", "status", "a\"b",
            ])
        #expect(root["title"] == .string("title"))
        guard case .object(let effect)? = root["effect"] else {
            Issue.record("no effect")
            return
        }
        #expect(effect.keys == ["2024", "1989"])
    }

    // A name repeated in an object is still reported with its place, read from the table or not.
    @Test("A repeated known name is reported where it appears again")
    func repeated() {
        #expect(throws: LoadError.duplicateKey(file: "f.json", line: 2, column: 2, key: "title")) {
            try JSONValue.parse(Data("{\"title\": 1,\n \"title\": 2}".utf8), file: "f.json")
        }
    }
}
