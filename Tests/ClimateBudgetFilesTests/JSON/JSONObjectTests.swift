import Foundation
import Testing

@testable import ClimateBudgetFiles

@Suite("JSON objects: fields in order, found by name")
struct JSONObjectTests {
    /// An object of `count` fields named f0, f1, ... with the numbers 0, 1, ... as values, written as JSON.
    private func text(fields count: Int, repeating repeated: Int? = nil) -> String {
        var fields = (0..<count).map { "\"f\($0)\": \($0)" }
        if let repeated { fields.append("\"f\(repeated)\": -1") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    @Test("The fields keep the file's order, and each is found by its name")
    func order() throws {
        let value = try JSONValue.parse(Data(#"{"b": 1, "a": "x", "c": null}"#.utf8), file: "f.json")
        guard case .object(let object) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(object.keys == ["b", "a", "c"])
        #expect(object.values == [.number(1), .string("x"), .null])
        #expect(object["a"] == .string("x"))
        #expect(object["c"] == .null)
        #expect(object["d"] == nil)
        #expect(object.count == 3)
    }

    // Names of other lengths are passed over by their lengths while every name is ASCII and so is the name looked
    // for; a name that is not ASCII is compared as a text, as Swift compares texts: the Kelvin sign (U+212A, three
    // bytes) is the letter K, "å" as one character is "a" with a combining ring (two characters, three bytes).
    @Test("A name is found as Swift compares texts, of whatever length in bytes")
    func canonicalNames() throws {
        let value = try JSONValue.parse(
            Data(#"{"title": 1, "K": 2, "kind": 3, "id": 5}"#.utf8), file: "f.json")
        guard case .object(var object) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(object["K"] == .number(2))
        #expect(object["\u{212A}"] == .number(2))
        #expect(object["kind"] == .number(3))
        #expect(object["kin"] == nil)
        #expect(object["id"] == .number(5))
        #expect(object["\u{212A}ind"] == nil)
        // An object with a name that is not ASCII compares every name as a text.
        object["\u{00E5}r"] = .number(6)
        #expect(object["a\u{030A}r"] == .number(6))
        #expect(object["\u{212A}"] == .number(2))
        var built = JSONObject()
        built["\u{212A}"] = .number(1)
        built["abc"] = .number(2)
        #expect(built["K"] == .number(1))
        #expect(built["abc"] == .number(2))
    }

    @Test("Equal objects have the same names with equal values, in any order")
    func equality() {
        let one: JSONObject = ["a": .number(1), "b": .bool(true)]
        let other: JSONObject = ["b": .bool(true), "a": .number(1)]
        #expect(one == other)
        #expect(one != ["a": .number(1)])
        #expect(one != ["a": .number(1), "b": .bool(false)])
        #expect(one != ["a": .number(1), "c": .bool(true)])
        #expect(JSONObject(["b": .bool(true), "a": .number(1)]).keys == ["a", "b"])
    }

    @Test("Setting a value replaces it where it stands or adds it at the end; removing a field returns its value")
    func changes() {
        var object: JSONObject = ["a": .number(1), "b": .number(2)]
        object["a"] = .number(3)
        object["c"] = .number(4)
        #expect(object.keys == ["a", "b", "c"])
        #expect(object["a"] == .number(3))
        #expect(object.removeValue(forKey: "b") == .number(2))
        #expect(object.removeValue(forKey: "b") == nil)
        object["a"] = nil
        #expect(object.keys == ["c"])
        #expect(!object.isEmpty)
    }

    @Test(
        "An object of more fields than a search should pass keeps an index, through every change",
        arguments: [16, 17, 40])
    func large(fields count: Int) throws {
        let value = try JSONValue.parse(Data(text(fields: count).utf8), file: "f.json")
        guard case .object(var object) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(object.count == count)
        #expect(object["f\(count - 1)"] == .number(Double(count - 1)))
        #expect(object["f\(count)"] == nil)
        object["extra"] = .bool(true)
        #expect(object["extra"] == .bool(true))
        #expect(object.removeValue(forKey: "f0") == .number(0))
        // Removing the first field moves every other: each is still found at its new place.
        #expect(object["f1"] == .number(1))
        #expect(object["extra"] == .bool(true))
        #expect(object.keys.first == "f1")
        var reversed = JSONObject()
        for (key, value) in object.reversed() { reversed[key] = value }
        #expect(reversed == object)
    }

    @Test("A field repeated in an object of any size is reported where it appears again", arguments: [3, 16, 17, 40])
    func repeated(fields count: Int) {
        let json = text(fields: count, repeating: 1)
        // The repeated "f1" is the last field, `"f1": -1}`: its opening quote is the ninth byte from the end, at
        // offset count - 9, which is column count - 8 on the one line.
        let column = json.utf8.count - 8
        #expect(
            throws: LoadError.duplicateKey(file: "f.json", line: 1, column: column, key: "f1")
        ) {
            try JSONValue.parse(Data(json.utf8), file: "f.json")
        }
    }

    @Test("A name written once as \"å\" and once as \"a\" with a combining ring is one name, repeated")
    func canonicallyEqualNames() {
        // {"å": 1, "å": 2}: the second name's opening quote is byte 10, after nine characters (the first "å" is
        // one character of two bytes), so column 10.
        #expect(throws: LoadError.duplicateKey(file: "f.json", line: 1, column: 10, key: "a\u{030A}")) {
            try JSONValue.parse(Data("{\"\u{00E5}\": 1, \"a\u{030A}\": 2}".utf8), file: "f.json")
        }
    }
}
