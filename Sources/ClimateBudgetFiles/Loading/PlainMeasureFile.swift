import ClimateBudget

/// The fast way through a measure file: a plain file, as nearly every one is, is read from its bytes straight into
/// a ``Measure``, without the tree of ``JSONValue`` that ``MeasureFile`` reads its fields from; any other file
/// gives `nil`, and the loader reads it that way, which names every problem it has.
///
/// Building the tree, finding each field in it again and freeing it was half of reading a budget of 9 999
/// measures. A file is plain when it is one JSON object, without a byte order mark, of the fields ``MeasureFile``
/// knows (each once, its name written without escapes), and every field is what ``MeasureFile`` takes without a
/// problem: the id a whole number in ``MeasureFile/idRange``; the title a text that is not blank; the kind and
/// each status one of their values; the sector, the description, a comment and the reporter a text or `null`;
/// the goals and the implementers lists of texts (not numbers); the goal evidence an object of sentences that are
/// not blank; the effects objects of the years 2000 to 2100 and numbers of tonnes below
/// ``JSONFieldReader/maximumTonnes``; the status reports objects of a period, a status, and optionally a comment
/// and a date written year-month-day; `reporterLost` true, false or `null`; and no `effectBySector` or
/// `overlaps`. Everything else (another type, a number for a goal, a list with a comma before its closing
/// bracket, a problem of any kind) is left to ``MeasureFile``, so that the fast way decides how fast a file is
/// read, never what it reads as: a test reads the fixtures and many changed files both ways and compares them.
enum PlainMeasureFile {
    /// The measure in the bytes, or `nil` when the file is not plain.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> Measure? {
        var reader = Reader(cursor: JSONReading(bytes: bytes))
        return reader.measure(file: file)
    }

    /// The field names of a measure file, each at its place in ``JSONNames/measureFiles``.
    enum Name: String, CaseIterable {
        case id, title, kind, sector, goals, goalEvidence, description, responsibility, effect, effectBySector
        case effectLow, effectHigh, overlaps, status, period, comment, date, printed, implementers, reporter
        case reporterLost, measure, share, tonnes
    }

    /// The name at each place of ``JSONNames/measureFiles``.
    static let names: [Name?] = {
        var table = [Name?](repeating: nil, count: JSONNames.Places.capacity)
        for name in Name.allCases {
            if let place = JSONNames.measureFiles.place(of: name.rawValue) { table[place] = name }
        }
        return table
    }()

    /// The year at each place of ``JSONNames/measureFiles`` whose name is a year an effect may have.
    static let years: [Int?] = {
        var table = [Int?](repeating: nil, count: JSONNames.Places.capacity)
        for year in JSONFieldReader.years {
            if let place = JSONNames.measureFiles.place(of: String(year)) { table[place] = year }
        }
        return table
    }()
}

/// One pass over a measure file's bytes; each step gives `nil` or `false` where the file is not plain.
private struct Reader {
    var cursor: JSONReading

    /// Moves past whitespace and `byte`; `false`, having moved past the whitespace only, when the next byte is
    /// another.
    mutating func take(_ byte: UInt8) -> Bool {
        cursor.skipWhitespace()
        guard cursor.current == byte else { return false }
        cursor.index += 1
        return true
    }

    /// Moves past `null`; `false` when the next value is another.
    mutating func null() -> Bool {
        literal("null")
    }

    /// Moves past `word` (`null`, `true` or `false`) when it comes next (what follows it is for the next step
    /// to check).
    mutating func literal(_ word: StaticString) -> Bool {
        cursor.skipWhitespace()
        let bytes = cursor.bytes
        let start = cursor.index
        guard start + word.utf8CodeUnitCount <= bytes.count else { return false }
        for offset in 0..<word.utf8CodeUnitCount where bytes[start + offset] != word.utf8Start[offset] {
            return false
        }
        cursor.index += word.utf8CodeUnitCount
        return true
    }

    /// `true` or `false`.
    mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    /// A text in quotes.
    mutating func text() -> String? {
        cursor.skipWhitespace()
        guard cursor.current == UInt8(ascii: "\""), case .success(let text) = cursor.string() else { return nil }
        return text
    }

    /// A text, stored in `text`, or `null`, which leaves `text` as it is (`nil`); `false` for anything else.
    mutating func text(orNullInto text: inout String?) -> Bool {
        if null() { return true }
        text = self.text()
        return text != nil
    }

    /// A text that is not blank.
    mutating func filledText() -> String? {
        guard let text = text(), !JSONFieldReader.isBlank(text) else { return nil }
        return text
    }

    /// A number.
    mutating func number() -> Double? {
        cursor.skipWhitespace()
        guard let byte = cursor.current, byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte),
            case .success(let number) = cursor.number()
        else { return nil }
        return number
    }

    /// A list, each item read by `item`.
    mutating func list(_ item: (inout Reader) -> Bool) -> Bool {
        guard take(UInt8(ascii: "[")) else { return false }
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            guard item(&self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }

    /// A list of texts.
    mutating func texts() -> [String]? {
        var texts: [String] = []
        let read = list { reader in
            guard let text = reader.text() else { return false }
            // Room for the few a list of goals or implementers has, so that it is not allocated again as it grows.
            if texts.isEmpty { texts.reserveCapacity(4) }
            texts.append(text)
            return true
        }
        return read ? texts : nil
    }

    /// An object of known names, each once, each field's value read by `field` with the name's place in
    /// ``JSONNames/measureFiles``.
    mutating func object(_ field: (inout Reader, Int) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        var seen = JSONNames.Places()
        repeat {
            cursor.skipWhitespace()
            guard cursor.current == UInt8(ascii: "\""), let (_, place) = cursor.knownName(), seen.insert(place),
                take(UInt8(ascii: ":")), field(&self, place)
            else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// An object of any names, each field's value read by `field` with its name (which the caller checks is not
    /// repeated).
    mutating func namedObject(_ field: (inout Reader, String) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let name = text(), take(UInt8(ascii: ":")), field(&self, name) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// The name at a place of ``JSONNames/measureFiles``.
    func name(_ place: Int) -> PlainMeasureFile.Name? {
        PlainMeasureFile.names[place]
    }

    /// An effect: `{"2024": 23, ...}`; `null` is none.
    ///
    /// The first 16 figures are gathered on the stack and the series made at its size: a dictionary grown one
    /// year at a time was allocated and filled again three times for four years, for each of a measure's three
    /// effects.
    mutating func series() -> YearlySeries? {
        if null() { return [:] }
        return withUnsafeTemporaryAllocation(of: (year: Int, tonnes: Double).self, capacity: 16) { gathered in
            var count = 0
            var series: YearlySeries = [:]
            let read = object { reader, place in
                guard let year = PlainMeasureFile.years[place], let tonnes = reader.number(),
                    abs(tonnes) < JSONFieldReader.maximumTonnes
                else { return false }
                if count < gathered.count {
                    gathered.initializeElement(at: count, to: (year, tonnes))
                    count += 1
                } else {
                    series[year] = tonnes
                }
                return true
            }
            guard read else { return nil }
            series.reserveCapacity(series.count + count)
            for (year, tonnes) in gathered.prefix(count) { series[year] = tonnes }
            return series
        }
    }

    /// `"goalEvidence": {"2": "the sentence"}`; `null` is none.
    mutating func goalEvidence() -> [String: String]? {
        if null() { return [:] }
        var evidence: [String: String] = [:]
        let read = namedObject { reader, goal in
            guard let sentence = reader.filledText() else { return false }
            // A goal given twice is a repeated field, which the tree's reading reports.
            return evidence.updateValue(sentence, forKey: goal) == nil
        }
        return read ? evidence : nil
    }

    /// `"responsibility": {"printed": ..., "implementers": [...], "reporter": ..., "reporterLost": false}`.
    mutating func responsibility() -> Responsibility? {
        var printed: String?
        var implementers: [String]?
        var reporter: String?
        var reporterLost = false
        let read = object { reader, place in
            switch reader.name(place) {
            case .printed?:
                printed = reader.filledText()
                return printed != nil
            case .implementers?:
                implementers = reader.texts()
                return implementers != nil
            case .reporter?:
                return reader.text(orNullInto: &reporter)
            case .reporterLost?:
                if reader.null() { return true }
                guard let flag = reader.bool() else { return false }
                reporterLost = flag
                return true
            default:
                return false
            }
        }
        guard read, let printed, let implementers else { return nil }
        return Responsibility(
            printed: printed, implementers: implementers, reporter: reporter, reporterLost: reporterLost)
    }

    /// One status report: `{"period": "2022-T1", "status": "on-track", "comment": "...", "date": "2022-05-15"}`.
    mutating func statusReport() -> StatusReport? {
        var period: ReportingPeriod?
        var status: MeasureStatus?
        var comment = ""
        var date: String?
        let read = object { reader, place in
            switch reader.name(place) {
            case .period?:
                period = reader.text().flatMap(ReportingPeriod.init)
                return period != nil
            case .status?:
                status = reader.filledText().flatMap(MeasureStatus.init(rawValue:))
                return status != nil
            case .comment?:
                if reader.null() { return true }
                guard let text = reader.text() else { return false }
                comment = text
                return true
            case .date?:
                if reader.null() { return true }
                date = reader.text()
                return date.map(MeasureFile.isDate) ?? false
            default:
                return false
            }
        }
        guard read, let period, let status else { return nil }
        return StatusReport(period: period, status: status, comment: comment, date: date)
    }

    /// The whole file: one object, and nothing but whitespace after it.
    mutating func measure(file: String) -> Measure? {
        var id: Int?
        var title: String?
        var kind: MeasureKind?
        var sector: String?
        var goals: [String] = []
        var goalEvidence: [String: String] = [:]
        var description = ""
        var responsibility: Responsibility?
        var effect: YearlySeries = [:]
        var effectLow: YearlySeries = [:]
        var effectHigh: YearlySeries = [:]
        var statusReports: [StatusReport] = []
        let read = object { reader, place in
            switch reader.name(place) {
            case .id?:
                guard let value = reader.number(), value == value.rounded(), abs(value) < 1e9,
                    MeasureFile.idRange.contains(Int(value))
                else { return false }
                id = Int(value)
            case .title?:
                title = reader.filledText()
                return title != nil
            case .kind?:
                kind = reader.filledText().flatMap(MeasureKind.init(rawValue:))
                return kind != nil
            case .sector?:
                return reader.text(orNullInto: &sector)
            case .goals?:
                if reader.null() { return true }
                guard let texts = reader.texts() else { return false }
                goals = texts
            case .goalEvidence?:
                guard let evidence = reader.goalEvidence() else { return false }
                goalEvidence = evidence
            case .description?:
                if reader.null() { return true }
                guard let text = reader.text() else { return false }
                description = text
            case .responsibility?:
                responsibility = reader.responsibility()
                return responsibility != nil
            case .effect?, .effectLow?, .effectHigh?:
                guard let series = reader.series() else { return false }
                switch reader.name(place) {
                case .effect?: effect = series
                case .effectLow?: effectLow = series
                default: effectHigh = series
                }
            case .status?:
                if reader.null() { return true }
                var reports: [StatusReport] = []
                let read = reader.list { reader in
                    guard let report = reader.statusReport() else { return false }
                    if reports.isEmpty { reports.reserveCapacity(4) }
                    reports.append(report)
                    return true
                }
                guard read else { return false }
                statusReports = reports
            default:
                return false
            }
            return true
        }
        cursor.skipWhitespace()
        guard read, cursor.current == nil, let id, let title, let kind, let responsibility else { return nil }
        return Measure(
            id: id, title: title, kind: kind, sector: sector, goals: goals, goalEvidence: goalEvidence,
            description: description, responsibility: responsibility, effect: effect, effectLow: effectLow,
            effectHigh: effectHigh, statusReports: statusReports, file: file)
    }
}
