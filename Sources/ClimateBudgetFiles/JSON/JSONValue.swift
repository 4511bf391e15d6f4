import ClimateBudget
import Foundation

/// A parsed JSON value with its types kept apart (a number is never a boolean), read by our own reader
/// (``JSONSyntax``).
///
/// Not `indirect`: objects and lists already hold their members in the heap, and boxing every number and text
/// as well cost an allocation per value.
public enum JSONValue: Equatable, Sendable {
    /// An object `{ ... }`: its fields in the file's order, each name once.
    case object(JSONObject)
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
        let result = data.withUnsafeBytes { raw in
            parse(raw.bindMemory(to: UInt8.self), file: file)
        }
        return try result.get()
    }

    /// Parses the bytes; see ``parse(_:file:)``.
    ///
    /// A file of nothing but whitespace is empty; a file that is not UTF-8 says so, whatever else is wrong with it.
    /// Both are settled without a pass of their own over a file that reads: the reader stops at the first byte
    /// that is not whitespace, and it checks every text in quotes as it decodes it (everything else in a JSON text
    /// is ASCII), so only a file that does not read is checked as a whole.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> Result<JSONValue, LoadError> {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(.emptyFile(file: file))
        }
        let reading = JSONSyntax.read(bytes)
        switch reading.value {
        case .failure(let problem):
            if problem.notUTF8 || String(validating: bytes, as: UTF8.self) == nil {
                return .failure(.notUTF8(file: file))
            }
            let (line, column) = position(in: bytes, offset: problem.offset)
            return .failure(.malformedJSON(file: file, line: line, column: column, detail: problem.detail))
        case .success(let value):
            if let repeated = reading.repeated {
                let (line, column) = position(in: bytes, offset: repeated.offset)
                return .failure(.duplicateKey(file: file, line: line, column: column, key: repeated.key))
            }
            return .success(value)
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
        bytes.withUnsafeBufferPointer { position(in: $0, offset: offset) }
    }

    /// The line and column, counted from 1, of a byte offset in the bytes, as for an array of them.
    static func position(in bytes: UnsafeBufferPointer<UInt8>, offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self).count + 1
        return (line, column)
    }
}
