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
    /// Foundation reports a byte offset ("around character 25"); this turns it into a line and column
    /// a person can find in an editor.
    public static func parse(_ data: Data, file: String) throws(LoadError) -> JSONValue {
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { throw .emptyFile(file: file) }
        guard String(data: data, encoding: .utf8) != nil else { throw .notJSON(file: file) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            let (line, column) = position(in: data, detail: detail)
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

    /// The line and column of the byte offset Foundation names, or of the end of the text.
    static func position(in data: Data, detail: String) -> (line: Int, column: Int) {
        let bytes = [UInt8](data)
        var offset = bytes.count
        if let range = detail.range(of: #"character (\d+)"#, options: .regularExpression),
           let number = Int(detail[range].split(separator: " ").last ?? "") {
            offset = min(number, bytes.count)
        }
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        // Count characters, not bytes, so "ø" moves the column by one.
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return (line, column)
    }

    private static func cleaned(_ detail: String) -> String {
        var text = detail
        if let range = text.range(of: #" around (line \d+, column \d+|character \d+)"#, options: .regularExpression) {
            text.removeSubrange(range)
        }
        while text.hasSuffix(".") { text.removeLast() }
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
