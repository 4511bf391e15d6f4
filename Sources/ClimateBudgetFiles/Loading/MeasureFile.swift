import ClimateBudget
import Foundation

/// Reads one measure file (`Measures/07-....json`) into a ``Measure``.
enum MeasureFile {
    /// The fields a measure file may have, in the order the README documents them.
    static let fields = [
        "id", "title", "kind", "sector", "goals", "goalEvidence", "description", "responsibility", "effect",
        "effectBySector", "effectLow", "effectHigh", "overlaps", "status",
    ]
    /// The fields of one status report.
    static let statusFields = ["period", "status", "comment", "date"]
    /// The fields of one overlap with another measure: the measure, and either a share or tonnes.
    static let overlapFields = ["measure", "share", "tonnes"]
    /// The fields of the `responsibility` object.
    static let responsibilityFields = ["printed", "implementers", "reporter", "reporterLost"]

    /// The numbers a measure may have.
    static let idRange = 0...9999

    /// The measure in a parsed file, or `nil` with its problems added to `errors`.
    static func read(_ value: JSONValue, file: String, errors: inout [LoadError]) -> Measure? {
        let reader = JSONFieldReader(file: file)
        defer { errors += reader.errors }
        guard let root = reader.object(value, at: "") else { return nil }
        let id = reader.integer(root, "id", meaning: "the measure's number, such as 7", range: idRange)
        reader.measure = id
        reader.rejectUnknownKeys(root, allowed: fields, at: "")
        let title = reader.string(root, "title")
        let kind = reader.choice(root, "kind", meaning: "the measure's kind", of: MeasureKind.self)
        let sector = reader.string(root, "sector", required: false)
        let goals = reader.strings(root, "goals", required: false) ?? []
        let goalEvidence = readGoalEvidence(root, reader: reader)
        let description = reader.string(root, "description", required: false) ?? ""
        let responsibility = readResponsibility(root, reader: reader)
        let effect = series(root, "effect", reader: reader)
        let effectBySector = readEffectBySector(root, reader: reader)
        let effectLow = series(root, "effectLow", reader: reader)
        let effectHigh = series(root, "effectHigh", reader: reader)
        let overlaps = readOverlaps(root, reader: reader)
        let statusReports = readStatus(root, reader: reader)

        guard reader.errors.isEmpty, let id, let title, let kind, let responsibility else { return nil }
        return Measure(
            id: id, title: title, kind: kind, sector: sector, goals: goals, goalEvidence: goalEvidence,
            description: description,
            responsibility: responsibility, effect: effect, effectBySector: effectBySector, effectLow: effectLow,
            effectHigh: effectHigh,
            overlaps: overlaps, statusReports: statusReports, file: file)
    }

    /// A year-to-tonnes field such as `"effect"`; empty when absent or `null`.
    private static func series(_ root: JSONObject, _ key: String, reader: JSONFieldReader) -> YearlySeries {
        root[key].flatMap { $0 == .null ? nil : reader.yearlySeries($0, at: key) } ?? [:]
    }

    /// `"effectBySector": {"veitrafikk": {"2022": 300}, "sjofart": {"2022": 200}}`: the effect split per sector.
    /// Whether the sectors are known and the parts add up is for validation.
    private static func readEffectBySector(_ root: JSONObject, reader: JSONFieldReader)
        -> [String: YearlySeries]
    {
        guard let value = root["effectBySector"], value != .null,
            let object = reader.object(value, at: "effectBySector")
        else { return [:] }
        var result: [String: YearlySeries] = [:]
        for sector in object.keys.sorted() {
            guard let part = object[sector] else { continue }
            if let series = reader.yearlySeries(part, at: "effectBySector.\(sector)") { result[sector] = series }
        }
        return result
    }

    /// `"overlaps": [{"measure": 10, "share": 25}, {"measure": 12, "tonnes": {"2022": 500}}]`: each names the
    /// other measure and either a share in percent of the smaller effect or tonnes per year, not both. Whether
    /// the measure exists and the share is within 0-100 % is for validation, which knows the other measures.
    private static func readOverlaps(_ root: JSONObject, reader: JSONFieldReader) -> [MeasureOverlap] {
        guard let value = root["overlaps"], value != .null, let items = reader.array(value, at: "overlaps") else {
            return []
        }
        return items.enumerated().compactMap { index, item -> MeasureOverlap? in
            let path = "overlaps[\(index)]"
            guard let object = reader.object(item, at: path) else { return nil }
            reader.rejectUnknownKeys(object, allowed: overlapFields, at: path)
            let measure = reader.integer(
                object, "measure", at: path, meaning: "the number of the other measure, such as 10", range: 0...9999)
            let share = object["share"].flatMap { $0 == .null ? nil : $0 }
            let tonnes = object["tonnes"].flatMap { $0 == .null ? nil : $0 }
            var amount: MeasureOverlap.Amount?
            switch (share, tonnes) {
            case (nil, nil):
                reader.report(
                    .missingField(
                        file: reader.file, measure: reader.measure, field: path + ".share",
                        expected:
                            "the overlap: \"share\", a percent of the smaller of the two effects such as 25, or \"tonnes\" per year such as {\"2022\": 500}"
                    ))
            case (.some, .some):
                reader.report(
                    .invalidValue(
                        file: reader.file, measure: reader.measure, field: path + ".tonnes", value: "share and tonnes",
                        expected:
                            "either \"share\" (a percent of the smaller effect) or \"tonnes\" (per year); remove one of them"
                    ))
            case (.some, nil):
                amount = reader.number(object, "share", at: path, meaning: "a percent such as 25").map { .share($0) }
            case (nil, .some(let value)):
                amount = reader.yearlySeries(value, at: path + ".tonnes").map { .tonnes($0) }
            }
            guard let measure, let amount else { return nil }
            return MeasureOverlap(measure: measure, amount: amount)
        }
    }

    /// `"status": [{"period": "2022-T1", "status": "on-track", "comment": "...", "date": "2022-05-15"}]`.
    private static func readStatus(_ root: JSONObject, reader: JSONFieldReader) -> [StatusReport] {
        guard let value = root["status"], value != .null, let items = reader.array(value, at: "status") else {
            return []
        }
        return items.enumerated().compactMap { index, item -> StatusReport? in
            let path = "status[\(index)]"
            guard let object = reader.object(item, at: path) else { return nil }
            reader.rejectUnknownKeys(object, allowed: statusFields, at: path)
            var period: ReportingPeriod?
            if let text = reader.string(object, "period", at: path, meaning: "a reporting period such as \"2022-T1\"") {
                period = ReportingPeriod(text)
                if period == nil {
                    reader.report(
                        .invalidValue(
                            file: reader.file, measure: reader.measure, field: path + ".period", value: text,
                            expected: "a reporting period such as \"2022-T1\" (year, then T1, T2 or T3)"))
                }
            }
            let status = reader.choice(object, "status", at: path, of: MeasureStatus.self)
            let comment = reader.string(object, "comment", at: path, required: false) ?? ""
            let date = reader.string(object, "date", at: path, required: false)
            if let date, !isDate(date) {
                reader.report(
                    .invalidValue(
                        file: reader.file, measure: reader.measure, field: path + ".date", value: date,
                        expected: "a date written year-month-day, such as \"2022-05-15\""))
            }
            guard let period, let status else { return nil }
            return StatusReport(period: period, status: status, comment: comment, date: date)
        }
    }

    /// The pattern a status report's date must match: year-month-day.
    static let datePattern = #"^\d{4}-\d{2}-\d{2}$"#

    /// Whether a status report's date is written year-month-day (``datePattern``).
    ///
    /// Ten ASCII characters "dddd-dd-dd" match without a regular expression (a measure file may hold many
    /// dates, and compiling the pattern for each cost more than reading the rest of the file); anything else goes
    /// to the pattern itself, whose `\d` and `$` also accept other digits and a final line break.
    static func isDate(_ text: String) -> Bool {
        let utf8 = text.utf8
        if utf8.count == 10 {
            var plain = true
            for (offset, byte) in utf8.enumerated() {
                let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                if offset == 4 || offset == 7 ? byte != UInt8(ascii: "-") : !isDigit {
                    plain = false
                    break
                }
            }
            if plain { return true }
        }
        return text.range(of: datePattern, options: .regularExpression) != nil
    }

    private static func readResponsibility(_ root: JSONObject, reader: JSONFieldReader) -> Responsibility? {
        guard let value = root["responsibility"] else {
            reader.report(
                .missingField(
                    file: reader.file, measure: reader.measure, field: "responsibility",
                    expected: "an object with \"printed\", \"implementers\" and \"reporter\""))
            return nil
        }
        guard let object = reader.object(value, at: "responsibility") else { return nil }
        reader.rejectUnknownKeys(object, allowed: responsibilityFields, at: "responsibility")
        let printed = reader.string(object, "printed", at: "responsibility")
        let implementers = reader.strings(object, "implementers", at: "responsibility")
        let reporter = reader.string(object, "reporter", at: "responsibility", required: false)
        var reporterLost = false
        switch object["reporterLost"] {
        case nil, .null?: break
        case .bool(let flag)?: reporterLost = flag
        case let other?:
            reader.report(
                .wrongType(
                    file: reader.file, measure: reader.measure, field: "responsibility.reporterLost",
                    expected: "true or false (without quotes)", found: other.found))
        }
        guard let printed, let implementers else { return nil }
        return Responsibility(
            printed: printed, implementers: implementers, reporter: reporter, reporterLost: reporterLost)
    }

    /// `"goalEvidence": { "6": "the source's sentence" }`: optional, so files written before it existed stay valid.
    private static func readGoalEvidence(_ root: JSONObject, reader: JSONFieldReader) -> [String: String] {
        guard let value = root["goalEvidence"], value != .null,
            let object = reader.object(value, at: "goalEvidence")
        else { return [:] }
        var evidence: [String: String] = [:]
        for goal in object.keys.sorted() {
            evidence[goal] = reader.string(
                object, goal, at: "goalEvidence",
                meaning: "the source's sentence that ties the measure to goal \(goal), in quotes")
        }
        return evidence
    }
}
