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
        // The quick look compares lengths first: a name of another length can be equal only with characters
        // beyond ASCII (the Kelvin sign is "K"), and such a name then only goes the exact way below.
        guard object.containsName(where: { key in !allowed.contains { $0.utf8.count == key.utf8.count && $0 == key } })
        else { return }
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
    func isBlank(_ text: String) -> Bool {
        Self.isBlank(text)
    }

    /// Whether the text is empty or only whitespace (see ``isBlank(_:)``).
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
            if required && isBlank(text) {
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
            !isBlank(text)
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
        // The path is joined only for a problem, as for a text: every measure has two lists.
        guard let value = object[key], value != .null else {
            if required {
                report(
                    .missingField(
                        file: file, measure: measure, field: join(path, key),
                        expected: "a list of texts, such as [\"TT\"]"))
            }
            return nil
        }
        guard case .array(let items) = value else {
            _ = array(value, at: join(path, key))
            return nil
        }
        var result: [String] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            switch item {
            case .string(let text): result.append(text)
            case .number(let value) where value == value.rounded() && abs(value) < 1e9:
                result.append(String(Int(value)))
            default: wrongType("\(join(path, key))[\(index)]", expected: "a text in quotes", found: item)
            }
        }
        return result
    }

    /// A year-to-tonnes object such as `{"2022": 400, "2023": 500}`.
    func yearlySeries(_ value: JSONValue, at field: String) -> YearlySeries? {
        guard let object = object(value, at: field) else { return nil }
        if let series = Self.plainSeries(object) { return series }
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

    /// The series of an object whose every name is four ASCII digits of a year in ``years`` and every value a
    /// number of tonnes below ``maximumTonnes``, as nearly every effect is: read as it stands, without sorting
    /// the names and finding each again; `nil` for any other object, which ``yearlySeries(_:at:)`` reads name by
    /// name, reporting what is wrong in the order of the names.
    private static func plainSeries(_ object: JSONObject) -> YearlySeries? {
        var series: YearlySeries = [:]
        series.reserveCapacity(object.count)
        for (key, value) in object {
            guard case .number(let tonnes) = value, abs(tonnes) < maximumTonnes, let year = plainYear(key),
                years.contains(year)
            else { return nil }
            series[year] = tonnes
        }
        return series
    }

    /// The number a text of exactly four ASCII digits spells; `nil` for any other text.
    private static func plainYear(_ text: String) -> Int? {
        guard text.utf8.count == 4 else { return nil }
        var year = 0
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            year = year * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return year
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
