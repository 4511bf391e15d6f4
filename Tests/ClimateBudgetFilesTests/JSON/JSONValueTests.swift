import Foundation
import Testing

@testable import ClimateBudgetFiles

@Suite("Parsing JSON")
struct JSONValueTests {
    @Test("Booleans and numbers stay apart")
    func types() throws {
        let value = try JSONValue.parse(Data(#"{"a": 1, "b": true, "c": 0, "d": null, "e": "x"}"#.utf8), file: "f.json")
        #expect(value == .object(["a": .number(1), "b": .bool(true), "c": .number(0), "d": .null, "e": .string("x")]))
    }

    @Test("A byte offset becomes a line and a column counted in characters")
    func position() {
        let data = Data("{\n  \"tittel\": \"Bærekraft\" x\n}".utf8)
        let offset = [UInt8](data).firstIndex(of: UInt8(ascii: "x"))!
        let (line, column) = JSONValue.position(in: [UInt8](data), offset: offset)
        #expect(line == 2)
        #expect(column == 25)
    }

    @Test("A syntax error is a malformedJSON error with the file name")
    func syntaxError() {
        #expect(
            throws: LoadError.malformedJSON(
                file: "f.json", line: 1, column: 9, detail: "a field name in quotes is missing here")
        ) {
            try JSONValue.parse(Data(#"{"a": 1,,}"#.utf8), file: "f.json")
        }
    }
}
