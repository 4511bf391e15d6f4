import Foundation
import Testing

@testable import ClimateBudgetFiles

@Suite("Field names read from the table of known names")
struct JSONNamesTests {
    // Every name of the measure files' table is in it: a table keeps at most 128 names, and one left out would
    // only be read more slowly, which no other test would notice.
    @Test("The measure files' table holds every name it is given")
    func measureFilesTable() {
        let names =
            MeasureFile.fields + MeasureFile.statusFields + MeasureFile.responsibilityFields
            + MeasureFile.overlapFields + ["2000", "2024", "2100"]
        for name in names {
            let found = Array(name.utf8).withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { JSONNames.measureFiles.name($0, count: buffer.count) }
            }
            #expect(found == name)
        }
    }

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

    // Names are read sixteen bytes at a time where the file has sixteen more bytes, byte by byte near its end: a
    // known name, the name with a letter added or cut, and with an escape, a letter that is not ASCII or a quote
    // at every place must each read as the text it spells, both ways.
    @Test("Every place of an escape, a letter that is not ASCII or an escaped quote in a name", arguments: [0, 24])
    func everyPlace(padding: Int) throws {
        for known in ["id", "goalEvidence", "responsibility", "implementers", "2024"] {
            var names: [(json: String, text: String)] = [
                (known, known), (known + "x", known + "x"), (String(known.dropLast()), String(known.dropLast())),
                (known + "-sixteen-bytes", known + "-sixteen-bytes"),
            ]
            for place in 0...known.count {
                let head = String(known.prefix(place))
                let tail = String(known.dropFirst(place))
                names += [
                    (head + "\\n" + tail, head + "\n" + tail), (head + "ø" + tail, head + "ø" + tail),
                    (head + "\\\"" + tail, head + "\"" + tail), (head + "\\u0041" + tail, head + "A" + tail),
                ]
            }
            for (json, text) in names {
                let file = "{\"" + json + "\": 1}" + String(repeating: " ", count: padding)
                let value = try JSONValue.parse(Data(file.utf8), file: "f.json")
                #expect(value == .object([text: .number(1)]), "\(file)")
            }
        }
    }

    // A known name is added without a search while the object has only known names and not that one; a name
    // repeated in an object is still reported with its place, whichever way each of its two appearances was read.
    @Test(
        "A repeated known name is reported where it appears again",
        arguments: [
            #"{"title": 1,"# + "\n" + #" "title": 2}"#, #"{"ti\u0074le": 1,"# + "\n" + #" "title": 2}"#,
            #"{"title": 1,"# + "\n" + #" "ti\u0074le": 2}"#, #"{"title": 1, "x": 0,"# + "\n" + #" "title": 2}"#,
            #"{"title": 1, "x": 0,"# + "\n" + #" "x": 2, "title": 3}"#,
        ])
    func repeated(text: String) {
        let key = text.contains("\"x\": 2") ? "x" : "title"
        #expect(throws: LoadError.duplicateKey(file: "f.json", line: 2, column: 2, key: key)) {
            try JSONValue.parse(Data(text.utf8), file: "f.json")
        }
    }

    // An object of more than 16 known names keeps an index by name; a repeated name among them is still found.
    @Test("An object of many known names, with and without a repeated one")
    func manyKnownNames() throws {
        let years = (2000..<2030).map { "\"\($0)\": \($0 - 2000)" }
        let object = try JSONValue.parse(Data(("{" + years.joined(separator: ", ") + "}").utf8), file: "f.json")
        guard case .object(let fields) = object else {
            Issue.record("not an object")
            return
        }
        #expect(fields.count == 30)
        #expect(fields["2029"] == .number(29))
        #expect(fields["2000"] == .number(0))
        // The repeat's quote: "{" (1), ten fields "2000": 0 of 9 characters and twenty "2010": 10 of 10 (290),
        // 29 separators ", " (58) and one more (2) come before it: column 1 + 290 + 58 + 2 + 1 = 352.
        #expect(throws: LoadError.duplicateKey(file: "f.json", line: 1, column: 352, key: "2003")) {
            try JSONValue.parse(
                Data(("{" + years.joined(separator: ", ") + ", \"2003\": 1}").utf8), file: "f.json")
        }
    }
}
