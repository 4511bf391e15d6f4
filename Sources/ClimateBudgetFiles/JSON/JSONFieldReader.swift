import ClimateBudget

/// Reads the fields of one JSON file, collecting every problem with its JSON path instead of stopping at the first.
final class JSONFieldReader {
    /// The file being read, relative to the budget folder.
    let file: String
    /// The measure the file holds, once its id is known, so that errors can carry it.
    var measure: Int?
    /// The problems found so far.
    private(set) var errors: [LoadError] = []

    init(file: String) {
        self.file = file
    }

    /// Records a problem.
    func report(_ error: LoadError) {
        errors.append(error)
    }

    /// The value as an object, or a wrong-type error.
    func object(_ value: JSONValue, at path: String) -> JSONObject? {
        if case .object(let object) = value { return object }
        wrongType(path, expected: "an object { ... }", found: value)
        return nil
    }

    /// The value as a list, or a wrong-type error.
    func array(_ value: JSONValue, at path: String) -> [JSONValue]? {
        if case .array(let array) = value { return array }
        wrongType(path, expected: "a list [ ... ]", found: value)
        return nil
    }

    /// Reports every key of an object that is not among the allowed ones: a misspelt key would
    /// otherwise be ignored without a word, and its data lost.
    func rejectUnknownKeys(_ object: JSONObject, allowed: [String], at path: String) {
        // Most objects have only allowed keys: the keys are sorted (for the order of the problems) only when not.
        guard object.contains(where: { !allowed.contains($0.key) }) else { return }
        for key in object.keys.sorted() where !allowed.contains(key) {
            let guess = closestMatch(to: key, among: allowed).map { "; did you mean \"\($0)\"?" } ?? ""
            report(
                .invalidValue(
                    file: file, measure: measure, field: join(path, key), value: key,
                    expected: "one of the fields \(allowed.joined(separator: ", "))\(guess)"))
        }
    }

    /// Whether the text is empty or only whitespace; a text that begins with a letter or digit of ASCII, as nearly
    /// all do, is answered without looking up a character's Unicode properties.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return !text.contains { !$0.isWhitespace }
    }

    /// A text field; `nil` (with an error when required) when absent or of another type.
    func string(
        _ object: JSONObject, _ key: String, at path: String = "", required: Bool = true,
        meaning: String = "a text in quotes"
    ) -> String? {
        // The path is joined only for a problem: most fields have none, and a read file has thousands of fields.
        switch object[key] {
        case .string(let text)?:
            if required && Self.isBlank(text) {
                report(
                    .missingField(
                        file: file, measure: measure, field: join(path, key), expected: "\(meaning) (it is empty)"))
                return nil
            }
            return text
        case nil, .null?:
            if required {
                report(.missingField(file: file, measure: measure, field: join(path, key), expected: meaning))
            }
            return nil
        case let other?:
            wrongType(join(path, key), expected: meaning, found: other)
            return nil
        }
    }

    /// A text field that must be one of an enumeration's raw values, such as a measure's kind or a status;
    /// `nil` (with an error that lists the values and suggests the closest) when it is none of them.
    func choice<Value: RawRepresentable & CaseIterable>(
        _ object: JSONObject, _ key: String, at path: String = "", meaning: String? = nil, of type: Value.Type
    ) -> Value? where Value.RawValue == String {
        // A value that is one of the choices is taken at once; the list of choices is written only for a problem.
        if case .string(let text)? = object[key], let value = Value(rawValue: text),
            !Self.isBlank(text)
        {
            return value
        }
        let values = Value.allCases.map(\.rawValue)
        let expected = "one of " + values.map { "\"\($0)\"" }.joined(separator: ", ")
        guard let text = string(object, key, at: path, meaning: meaning.map { "\($0), \(expected)" } ?? expected) else {
            return nil
        }
        if let value = Value(rawValue: text) { return value }
        let guess = closestMatch(to: text, among: values).map { "; did you mean \"\($0)\"?" } ?? ""
        report(
            .invalidValue(file: file, measure: measure, field: join(path, key), value: text, expected: expected + guess)
        )
        return nil
    }

    /// The years a budget can speak of; a year outside is a typo such as 20255.
    static let years = 1900...2200

    /// The largest number of tonnes a figure may have: far above any municipality's emissions, and small
    /// enough that no sum or format overflows.
    static let maximumTonnes = 1e12

    /// A whole-number field such as a year or an id, optionally within a range.
    func integer(
        _ object: JSONObject, _ key: String, at path: String = "", required: Bool = true,
        meaning: String = "a whole number", range: ClosedRange<Int>? = nil
    ) -> Int? {
        switch object[key] {
        case .number(let value)? where value == value.rounded() && abs(value) < 1e9:
            if let range, !range.contains(Int(value)) {
                report(
                    .invalidValue(
                        file: file, measure: measure, field: join(path, key), value: plainNumber(value),
                        expected: "\(meaning) from \(range.lowerBound) to \(range.upperBound)"))
                return nil
            }
            return Int(value)
        case nil, .null?:
            if required {
                report(.missingField(file: file, measure: measure, field: join(path, key), expected: meaning))
            }
            return nil
        case let other?:
            wrongType(join(path, key), expected: meaning, found: other)
            return nil
        }
    }

    /// A number field.
    func number(
        _ object: JSONObject, _ key: String, at path: String = "", required: Bool = true,
        meaning: String = "a number"
    ) -> Double? {
        switch object[key] {
        case .number(let value)?:
            return value
        case nil, .null?:
            if required {
                report(.missingField(file: file, measure: measure, field: join(path, key), expected: meaning))
            }
            return nil
        case let other?:
            wrongType(join(path, key), expected: meaning, found: other)
            return nil
        }
    }

    /// An id written as text or as a whole number: goal 2 may be written 2 or "2".
    func identifier(_ object: JSONObject, _ key: String, at path: String = "", required: Bool = true)
        -> String?
    {
        if case .number(let value)? = object[key], value == value.rounded(), abs(value) < 1e9 {
            return String(Int(value))
        }
        return string(object, key, at: path, required: required)
    }

    /// A list of texts; whole numbers are accepted as texts too (goal 2 may be written 2 or "2").
    func strings(_ object: JSONObject, _ key: String, at path: String = "", required: Bool = true) -> [String]? {
        let field = join(path, key)
        guard let value = object[key], value != .null else {
            if required {
                report(
                    .missingField(
                        file: file, measure: measure, field: field, expected: "a list of texts, such as [\"TT\"]"))
            }
            return nil
        }
        guard let items = array(value, at: field) else { return nil }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            switch item {
            case .string(let text): result.append(text)
            case .number(let value) where value == value.rounded() && abs(value) < 1e9:
                result.append(String(Int(value)))
            default: wrongType("\(field)[\(index)]", expected: "a text in quotes", found: item)
            }
        }
        return result
    }

    /// A year-to-tonnes object such as `{"2022": 400, "2023": 500}`.
    func yearlySeries(_ value: JSONValue, at field: String) -> YearlySeries? {
        guard let object = object(value, at: field) else { return nil }
        var series: YearlySeries = [:]
        for key in object.keys.sorted() {
            guard let year = Int(key), key.count == 4, Self.years.contains(year) else {
                report(
                    .invalidValue(
                        file: file, measure: measure, field: join(field, key), value: key,
                        expected: "a year such as \"2024\""))
                continue
            }
            switch object[key] {
            case .number(let tonnes)? where abs(tonnes) < Self.maximumTonnes: series[year] = tonnes
            case .number(let tonnes)?:
                report(
                    .invalidValue(
                        file: file, measure: measure, field: join(field, key), value: plainNumber(tonnes),
                        expected: "a number of tonnes below 1 000 000 000 000"))
            case let other?: wrongType(join(field, key), expected: "a number of tonnes", found: other)
            case nil: break
            }
        }
        return series
    }

    private func wrongType(_ field: String, expected: String, found: JSONValue) {
        report(
            .wrongType(
                file: file, measure: measure, field: field.isEmpty ? "(the whole file)" : field, expected: expected,
                found: found.found))
    }

    /// A JSON path: "responsibility.reporter", "sectors[2].id".
    func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}
