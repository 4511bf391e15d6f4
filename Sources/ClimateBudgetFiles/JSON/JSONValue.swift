import ClimateBudget
import Foundation

/// A parsed JSON value with its types kept apart (a number is never a boolean), read through Foundation.
public indirect enum JSONValue: Equatable, Sendable {
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

    /// Parses JSON text; a syntax error names the line and column, counted from 1.
    ///
    /// Foundation parses, but says where a syntax error is only in English text that differs between platforms;
    /// so the place and what is wrong come from our own reading of the bytes (``JSONSyntax``), and Foundation's
    /// text is the fallback should that reading find nothing.
    public static func parse(_ data: Data, file: String) throws(LoadError) -> JSONValue {
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { throw .emptyFile(file: file) }
        guard String(data: data, encoding: .utf8) != nil else { throw .notUTF8(file: file) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if let problem = JSONSyntax.firstProblem(in: bytes) {
                let (line, column) = position(in: bytes, offset: problem.offset)
                throw .malformedJSON(file: file, line: line, column: column, detail: problem.detail)
            }
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            let (line, column) = position(in: bytes, foundationDetail: detail)
            throw .malformedJSON(file: file, line: line, column: column, detail: cleaned(detail))
        }
        if let repeated = JSONDuplicateKeys.find(in: bytes).first {
            throw .duplicateKey(file: file, line: repeated.line, column: repeated.column, key: repeated.key)
        }
        return JSONValue(foundation: object)
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

    private init(foundation value: Any) {
        switch value {
        case let dictionary as [String: Any]:
            self = .object(dictionary.mapValues(JSONValue.init(foundation:)))
        case let array as [Any]:
            self = .array(array.map(JSONValue.init(foundation:)))
        case let string as String:
            self = .string(string)
        case let number as NSNumber:
            // Foundation hands booleans over as NSNumber too; its type code tells them apart.
            if String(cString: number.objCType) == "c" {
                self = .bool(number.boolValue)
            } else {
                self = .number(number.doubleValue)
            }
        default:
            self = .null
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

    /// The place Foundation's error text names, in every wording we know of: "around line 2, column 3" and
    /// "at line 2 column 3" (newer Foundation), "around character 25" (a byte offset, older Foundation and
    /// Darwin); the end of the text when it names none ("Unexpected end of file during JSON parse").
    static func position(in bytes: [UInt8], foundationDetail detail: String) -> (line: Int, column: Int) {
        if let range = detail.range(of: #"line \d+,? column \d+"#, options: .regularExpression) {
            let numbers = detail[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            if numbers.count == 2 { return (numbers[0], numbers[1]) }
        }
        if let range = detail.range(of: #"character \d+"#, options: .regularExpression),
            let number = Int(detail[range].split(separator: " ").last ?? "")
        {
            return position(in: bytes, offset: number)
        }
        return position(in: bytes, offset: bytes.count)
    }

    private static func cleaned(_ detail: String) -> String {
        var text = detail
        if let range = text.range(
            of: #" (around|at) (line \d+,? column \d+|character \d+)"#, options: .regularExpression)
        {
            text.removeSubrange(range)
        }
        while text.hasSuffix(".") { text.removeLast() }
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
