import ClimateBudget
import Foundation

/// A parsed JSON value with its types kept apart (a number is never a boolean), read by our own reader
/// (``JSONSyntax``).
///
/// Not `indirect`: objects and lists already hold their members in the heap, and boxing every number and text
/// as well cost an allocation per value.
public enum JSONValue: Equatable, Sendable {
    /// An object `{ ... }`, by key.
    case object([String: JSONValue])
    /// A list `[ ... ]`.
    case array([JSONValue])
    /// A text in quotes.
    case string(String)
    /// A number.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// Parses JSON text; a syntax error and a field that appears twice in an object name the line and column,
    /// counted from 1.
    ///
    /// One pass of our own reader builds the tree and finds both (``JSONSyntax/read(_:)``): Foundation's parser
    /// said where an error is only in English text that differs between platforms, and kept the last of two equal
    /// fields without a word, so a measure file with two `"effect"` blocks would have lost one.
    public static func parse(_ data: Data, file: String) throws(LoadError) -> JSONValue {
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .emptyFile(file: file) }
        guard String(validating: bytes, as: UTF8.self) != nil else { throw .notUTF8(file: file) }
        let reading = JSONSyntax.read(bytes)
        switch reading.value {
        case .failure(let problem):
            let (line, column) = position(in: bytes, offset: problem.offset)
            throw .malformedJSON(file: file, line: line, column: column, detail: problem.detail)
        case .success(let value):
            if let repeated = reading.repeated {
                let (line, column) = position(in: bytes, offset: repeated.offset)
                throw .duplicateKey(file: file, line: line, column: column, key: repeated.key)
            }
            return value
        }
    }

    /// A short description of the value for error messages: `the text "500 t"`, `a list`, ...
    public var found: String {
        switch self {
        case .object: "an object { ... }"
        case .array: "a list [ ... ]"
        case .string(let text): "the text \"\(text)\""
        case .number(let value): "the number \(plainNumber(value))"
        case .bool(let value): "\(value)"
        case .null: "null"
        }
    }

    /// The line and column, counted from 1, of a byte offset; columns count characters, so "ø" moves by one.
    static func position(in bytes: [UInt8], offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return (line, column)
    }
}
