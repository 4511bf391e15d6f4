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

    // Texts are scanned eight bytes at a time: every special byte must be found wherever it falls in a word.

    @Test("A byte that is not UTF-8 makes the file not UTF-8 wherever it stands in a long text", arguments: 0..<24)
    func latin1Byte(at position: Int) {
        // {"t": "aaa…"} with one "a" replaced by 0xF8, "ø" in Latin-1; the text starts at byte 7.
        var bytes = Array(#"{"t": "aaaaaaaaaaaaaaaaaaaaaaaa"}"#.utf8)
        bytes[7 + position] = 0xF8
        #expect(throws: LoadError.notUTF8(file: "f.json")) { try JSONValue.parse(Data(bytes), file: "f.json") }
    }

    // The reader steps over the ordinary bytes before a text's closing quote at once: a byte that is not UTF-8
    // among them, just before the quote or anywhere else, must still make the file one that is not UTF-8.
    // The text is 21 bytes from byte 7, so its last five share eight bytes with the closing quote (at byte 28),
    // which the spaces after the object let the reader take at once.
    @Test("A byte that is not UTF-8 is found wherever it stands in a text", arguments: 0..<21)
    func notUTF8(at position: Int) {
        let text =
            Array("{\"t\": \"".utf8) + Array(repeating: UInt8(ascii: "a"), count: position) + [0xFF]
            + Array(repeating: UInt8(ascii: "b"), count: 20 - position) + Array("\"}        ".utf8)
        #expect(throws: LoadError.notUTF8(file: "f.json")) { try JSONValue.parse(Data(text), file: "f.json") }
    }

    @Test("An \"ø\", an escape and a tab are read wherever they stand in a long text", arguments: 0..<24)
    func specialBytes(at position: Int) throws {
        let before = String(repeating: "a", count: position)
        let after = String(repeating: "b", count: 24 - position)
        let letter = try JSONValue.parse(Data("{\"t\": \"\(before)ø\(after)\"}".utf8), file: "f.json")
        #expect(letter == .object(["t": .string(before + "ø" + after)]))
        let escape = try JSONValue.parse(Data("{\"t\": \"\(before)\\\"\(after)\"}".utf8), file: "f.json")
        #expect(escape == .object(["t": .string(before + "\"" + after)]))
        // The tab is at byte 7 + position, column 8 + position.
        #expect(
            throws: LoadError.malformedJSON(
                file: "f.json", line: 1, column: 8 + position,
                detail: "a text in quotes holds a control character such as a tab; write a tab as \\t")
        ) {
            try JSONValue.parse(Data("{\"t\": \"\(before)\t\(after)\"}".utf8), file: "f.json")
        }
    }
}
