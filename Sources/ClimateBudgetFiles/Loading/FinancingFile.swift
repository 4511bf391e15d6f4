import ClimateBudget

/// Reads `Data/financing.json`: the financing of the measures (Tabell 7-6) and the changes against last year's
/// budget (Tabell 7-7), in million kroner. The file is optional: a budget without it has no financing.
enum FinancingFile {
    /// The fields of the file.
    static let fields = ["source", "lines", "printedTotals", "changes"]
    /// The fields of a line; a sub-line (in `parts`) has the same but `kind` and `parts`, which it takes from its pot.
    static let lineFields = [
        "id", "name", "kind", "serviceArea", "several", "amounts", "printedSum", "parts", "measures",
    ]
    /// The fields of a tie to a measure.
    static let tieFields = ["id", "inferred", "basis"]
    /// The fields of the changes against last year's budget.
    static let changesFields = ["source", "against", "lines", "printedNet"]
    /// The fields of one change.
    static let changeFields = ["id", "name", "amounts"]
    /// What an amount is, for messages.
    static let amountMeaning = "an amount in million kroner with at most three decimals, such as 15.5"

    /// The financing in a parsed file, or `nil` with its problems added to `errors`. With the budget's period, every
    /// line, sub-line and change must give an amount for each year of it (0 where there is none) and none outside
    /// it: a missing year would otherwise count as 0 and give a cost per tonne of 0.
    static func read(_ value: JSONValue, file: String, period: Period? = nil, errors: inout [LoadError]) -> Financing? {
        let reader = JSONFieldReader(file: file)
        defer { errors += reader.errors }
        let years = period?.years
        guard let root = reader.object(value, at: "") else { return nil }
        reader.rejectUnknownKeys(root, allowed: fields, at: "")
        var financing = Financing(source: reader.string(root, "source", required: false))
        if let value = root["lines"], let items = reader.array(value, at: "lines") {
            financing.lines = items.enumerated().compactMap { index, item in
                line(item, at: "lines[\(index)]", pot: nil, years: years, reader: reader)
            }
        } else if root["lines"] == nil {
            reader.report(
                .missingField(
                    file: file, measure: nil, field: "lines",
                    expected: "a list of financing lines, such as [{\"id\": \"klimamidler\", ...}]"))
        }
        var seen: [String: String] = [:]
        for line in financing.allLines {
            guard let first = seen[line.id] else {
                seen[line.id] = line.place
                continue
            }
            reader.report(
                .invalidValue(
                    file: file, measure: nil, field: line.place + ".id", value: line.id,
                    expected: "an id no other line has (\(first) already has \"\(line.id)\")"))
        }
        if let value = root["printedTotals"], let totals = reader.object(value, at: "printedTotals") {
            reader.rejectUnknownKeys(totals, allowed: FinancingTotalKind.allCases.map(\.rawValue), at: "printedTotals")
            for kind in FinancingTotalKind.allCases {
                guard let value = totals[kind.rawValue] else { continue }
                financing.printedTotals[kind] = printedAmounts(
                    value, at: "printedTotals.\(kind.rawValue)", reader: reader)
            }
        }
        if let value = root["changes"], let object = reader.object(value, at: "changes") {
            financing.changes = changes(object, years: years, reader: reader)
        }
        guard reader.errors.isEmpty else { return nil }
        return financing
    }

    /// One line at `path`; a sub-line of a pot takes the pot's kind.
    private static func line(
        _ value: JSONValue, at path: String, pot: FinancingKind?, years: [Int]?, reader: JSONFieldReader
    ) -> FinancingLine? {
        guard let object = reader.object(value, at: path) else { return nil }
        let allowed = pot == nil ? lineFields : lineFields.filter { $0 != "kind" && $0 != "parts" }
        reader.rejectUnknownKeys(object, allowed: allowed, at: path)
        let id = reader.string(object, "id", at: path, meaning: "a short id such as \"klimamidler\"")
        let name = reader.string(object, "name", at: path, meaning: "the line's name as printed")
        let kind = pot ?? reader.choice(object, "kind", at: path, meaning: "what the money is", of: FinancingKind.self)
        let area = reader.string(object, "serviceArea", at: path, required: false)
        let several = reader.string(object, "several", at: path, required: false)
        if area != nil && several != nil {
            reader.report(
                .invalidValue(
                    file: reader.file, measure: nil, field: reader.join(path, "several"), value: several ?? "",
                    expected:
                        "either \"serviceArea\" (one service area) or \"several\" (the word printed for several), not both"
                ))
        }
        let amounts = amounts(object["amounts"], at: reader.join(path, "amounts"), years: years, reader: reader)
        var printedSum: MNOK?
        if object["printedSum"] != nil {
            printedSum = amount(object["printedSum"], at: reader.join(path, "printedSum"), reader: reader)
        }
        var parts: [FinancingLine] = []
        if let value = object["parts"], value != .null, let items = reader.array(value, at: reader.join(path, "parts"))
        {
            parts = items.enumerated().compactMap { index, item in
                line(item, at: "\(path).parts[\(index)]", pot: kind ?? .investment, years: years, reader: reader)
            }
        }
        if area == nil && several == nil && parts.isEmpty {
            reader.report(
                .missingField(
                    file: reader.file, measure: nil, field: reader.join(path, "serviceArea"),
                    expected:
                        "the service area that carries the line, such as \"Miljø og Landbruk\" (or \"several\": \"Diverse\" when several do, or \"parts\" for a pot)"
                ))
        }
        let measures = ties(object["measures"], at: reader.join(path, "measures"), reader: reader)
        guard let id, let name, let kind, let amounts else { return nil }
        let carrier: FinancingCarrier? = area.map { .serviceArea($0) } ?? several.map { .several(printed: $0) }
        return FinancingLine(
            id: id, name: name, kind: kind, carrier: carrier, amounts: amounts, printedSum: printedSum, parts: parts,
            measures: measures, place: path)
    }

    /// `"measures": [{"id": 7, "inferred": true, "basis": "the source's sentence"}]`.
    private static func ties(_ value: JSONValue?, at path: String, reader: JSONFieldReader) -> [FinancingTie] {
        guard let value, value != .null, let items = reader.array(value, at: path) else { return [] }
        return items.enumerated().compactMap { index, item -> FinancingTie? in
            let at = "\(path)[\(index)]"
            guard let object = reader.object(item, at: at) else { return nil }
            reader.rejectUnknownKeys(object, allowed: tieFields, at: at)
            let id = reader.integer(object, "id", at: at, meaning: "the measure's number, such as 7", range: 0...9999)
            let basis = reader.string(object, "basis", at: at, meaning: "the sentence of the source the tie rests on")
            var inferred = true
            switch object["inferred"] {
            case .bool(let value)?: inferred = value
            case nil, .null?: break
            case let other?:
                reader.report(
                    .wrongType(
                        file: reader.file, measure: nil, field: reader.join(at, "inferred"), expected: "true or false",
                        found: other.found))
            }
            guard let id, let basis else { return nil }
            return FinancingTie(measure: id, inferred: inferred, basis: basis)
        }
    }

    /// `{"2022": 15.5, "2023": 11.5}`: million kroner per year; with the period's years, one for each, and none after
    /// the period (years before it are an earlier round's and are not counted).
    private static func amounts(_ value: JSONValue?, at path: String, years: [Int]?, reader: JSONFieldReader)
        -> [Int: MNOK]?
    {
        guard let value, value != .null else {
            reader.report(
                .missingField(
                    file: reader.file, measure: nil, field: path,
                    expected: "million kroner per year, such as {\"2022\": 15.5, \"2023\": 11.5}"))
            return nil
        }
        guard let object = reader.object(value, at: path) else { return nil }
        var result: [Int: MNOK] = [:]
        for key in object.keys.sorted() {
            guard let year = year(key, at: path, reader: reader) else { continue }
            // A year before the period is an earlier round's money (after `roll`): kept in the file, not counted.
            if let first = years?.first, year < first { continue }
            if let years, !years.contains(year) {
                reader.report(
                    .invalidValue(
                        file: reader.file, measure: nil, field: reader.join(path, key), value: key,
                        expected:
                            "a year of the budget's period \(years.first ?? 0)-\(years.last ?? 0); remove the amount, or change the period in Data/budget.json"
                    ))
                continue
            }
            if let amount = amount(object[key], at: reader.join(path, key), reader: reader) { result[year] = amount }
        }
        for year in years ?? [] where object[String(year)] == nil {
            reader.report(
                .missingField(
                    file: reader.file, measure: nil, field: reader.join(path, String(year)),
                    expected:
                        "the amount in \(year) in million kroner, such as 11.5 (write 0 if the line has no money that year; a missing year is not counted as 0)"
                ))
        }
        return result
    }

    /// `{"2022": 31, "period": 90}`: printed amounts per year and over the period.
    private static func printedAmounts(_ value: JSONValue, at path: String, reader: JSONFieldReader) -> PrintedAmounts {
        guard let object = reader.object(value, at: path) else { return PrintedAmounts() }
        var result = PrintedAmounts()
        for key in object.keys.sorted() {
            if key == "period" {
                result.period = amount(object[key], at: reader.join(path, key), reader: reader)
            } else if let year = year(key, at: path, reader: reader, orPeriod: true) {
                result.years[year] = amount(object[key], at: reader.join(path, key), reader: reader)
            }
        }
        return result
    }

    private static func changes(_ object: JSONObject, years: [Int]?, reader: JSONFieldReader)
        -> FinancingChanges
    {
        reader.rejectUnknownKeys(object, allowed: changesFields, at: "changes")
        var result = FinancingChanges(
            source: reader.string(object, "source", at: "changes", required: false),
            against: reader.string(object, "against", at: "changes", required: false))
        if let value = object["lines"], let items = reader.array(value, at: "changes.lines") {
            result.lines = items.enumerated().compactMap { index, item -> FinancingChange? in
                let path = "changes.lines[\(index)]"
                guard let line = reader.object(item, at: path) else { return nil }
                reader.rejectUnknownKeys(line, allowed: changeFields, at: path)
                let id = reader.string(line, "id", at: path, meaning: "a short id such as \"nye-satsinger\"")
                let name = reader.string(line, "name", at: path, meaning: "the change's name as printed")
                let amounts = amounts(line["amounts"], at: reader.join(path, "amounts"), years: years, reader: reader)
                guard let id, let name, let amounts else { return nil }
                return FinancingChange(id: id, name: name, amounts: amounts)
            }
        }
        if let value = object["printedNet"] {
            result.printedNet = printedAmounts(value, at: "changes.printedNet", reader: reader).years
        }
        return result
    }

    private static func year(_ key: String, at path: String, reader: JSONFieldReader, orPeriod: Bool = false) -> Int? {
        guard let year = Int(key), key.count == 4, JSONFieldReader.years.contains(year) else {
            reader.report(
                .invalidValue(
                    file: reader.file, measure: nil, field: reader.join(path, key), value: key,
                    expected: orPeriod ? "a year such as \"2024\", or \"period\"" : "a year such as \"2024\""))
            return nil
        }
        return year
    }

    private static func amount(_ value: JSONValue?, at path: String, reader: JSONFieldReader) -> MNOK? {
        switch value {
        case .number(let number)?:
            guard let amount = MNOK(exactly: number) else {
                reader.report(
                    .invalidValue(
                        file: reader.file, measure: nil, field: path, value: plainNumber(number, decimals: 9),
                        expected: amountMeaning))
                return nil
            }
            return amount
        case nil, .null?:
            reader.report(.missingField(file: reader.file, measure: nil, field: path, expected: amountMeaning))
        case let other?:
            reader.report(
                .wrongType(file: reader.file, measure: nil, field: path, expected: amountMeaning, found: other.found))
        }
        return nil
    }
}
