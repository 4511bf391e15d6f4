import ClimateBudget
import ClimateBudgetFiles

/// A JSON document for output, with object keys kept in the order they are written.
///
/// Foundation's encoder sorts keys or leaves them in hash order; a contract that CI reads and people
/// diff is easier to follow when `year` comes first and `gap` last, every time.
public indirect enum JSONOutput: Equatable, Sendable {
    /// An object whose members are written in this order.
    case object([(String, JSONOutput)])
    /// A list.
    case array([JSONOutput])
    /// A text.
    case string(String)
    /// A number; whole numbers are written without a decimal point.
    case number(Double)
    /// A whole number.
    case integer(Int)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// A number, or `null` when absent.
    public static func number(_ value: Double?) -> JSONOutput {
        value.map { .number($0) } ?? .null
    }

    /// An integer, or `null` when absent.
    public static func integer(_ value: Int?) -> JSONOutput {
        value.map { .integer($0) } ?? .null
    }

    /// A string, or `null` when absent.
    public static func string(_ value: String?) -> JSONOutput {
        value.map { .string($0) } ?? .null
    }

    /// The document as pretty-printed JSON with two-space indentation and a final newline.
    public func rendered() -> String {
        var output = ""
        write(to: &output, indent: "")
        return output + "\n"
    }

    private func write(to output: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += inner + Self.quoted(key) + ": "
                value.write(to: &output, indent: inner)
                output += index < members.count - 1 ? ",\n" : "\n"
            }
            output += indent + "}"
        case .array(let items):
            if items.isEmpty {
                output += "[]"
                return
            }
            if items.allSatisfy(\.isScalar) {
                var parts: [String] = []
                for item in items {
                    var text = ""
                    item.write(to: &text, indent: inner)
                    parts.append(text)
                }
                output += "[" + parts.joined(separator: ", ") + "]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                item.write(to: &output, indent: inner)
                output += index < items.count - 1 ? ",\n" : "\n"
            }
            output += indent + "]"
        case .string(let text):
            output += Self.quoted(text)
        case .number(let value):
            // Written to the kilogram at most (the rule of `Tonnes`): never binary noise such as 952299.4800000001.
            output += plainNumber(Tonnes.decimal(value), decimals: 3)
        case .integer(let value):
            output += String(value)
        case .bool(let value):
            output += value ? "true" : "false"
        case .null:
            output += "null"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    private static func quoted(_ text: String) -> String {
        JSONText.quoted(text)
    }

    /// Compares two documents; object members compare in order.
    public static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool {
        lhs.rendered() == rhs.rendered()
    }
}
