import ClimateBudget

/// One pass over the statistics' detailed sheet: the heading row found and checked, every row read into sums per
/// municipality, sector and year, and every problem kept with the municipality it concerns.
struct StatisticsReader {
    /// What a pass read, and the problems it found.
    struct Reading {
        var statistics: EmissionStatistics
        /// Problems with the file as a whole, or with rows whose municipality cannot be told.
        var fileProblems: [LoadError]
        /// Problems by the index of the municipality they concern.
        var problems: [Int: [LoadError]]
        /// The sheet read, "" for a CSV file.
        var sheet: String
        /// Where the municipality is named: the column of names (or numbers), or the `Info` sheet's cell.
        var municipalityPlace: (sheet: String, row: Int?, column: String)

        /// The index of the municipality `given` names, or the only one; with the problem when there is none.
        func choose(_ given: String?) throws(LoadFailure) -> Int {
            let municipalities = statistics.municipalities
            let file = statistics.file
            func fail(_ error: LoadError) -> LoadFailure { LoadFailure(errors: fileProblems + [error]) }
            guard let given = given.map(StatisticsNames.clean), !given.isEmpty else {
                if municipalities.count == 1 && (municipalities[0].name != nil || municipalities[0].number != nil) {
                    return 0
                }
                let named = municipalities.filter { $0.name != nil || $0.number != nil }
                throw fail(
                    .statisticsMunicipalityNeeded(file: file, given: nil, candidates: named.prefix(5).map(\.shownName)))
            }
            var matches: [Int]
            if let number = StatisticsNames.municipalityNumber(given: given) {
                matches = municipalities.indices.filter { municipalities[$0].number == number }
                // The one-municipality export has no number: a number given for it cannot be checked.
                if municipalities.count == 1 && municipalities[0].number == nil { matches = [0] }
            } else {
                let wanted = Self.nameKey(given)
                matches = municipalities.indices.filter { municipalities[$0].name.map(Self.nameKey) == wanted }
                if municipalities.count == 1 && municipalities[0].name == nil { matches = [0] }
            }
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 {
                throw fail(
                    .statisticsMunicipalityNeeded(
                        file: file, given: given, candidates: matches.map { municipalities[$0].shownName }))
            }
            let names = municipalities.compactMap(\.name)
            let suggestion = closestMatch(to: given, among: names).flatMap { name in
                municipalities.first { $0.name == name }?.shownName
            }
            throw fail(
                .statisticsMunicipalityNotFound(
                    file: file, sheet: municipalityPlace.sheet, row: municipalityPlace.row,
                    column: municipalityPlace.column, given: given, suggestion: suggestion,
                    inFile: municipalities.count <= 5 ? municipalities.map(\.shownName) : [],
                    count: municipalities.count))
        }

        /// A municipality's name as compared: "Eksempelvik kommune" is Eksempelvik.
        static func nameKey(_ name: String) -> String {
            var key = StatisticsNames.key(name)
            if key.hasSuffix(" kommune") { key = String(key.dropLast(" kommune".count)) }
            return key
        }
    }

    /// What a column of the detailed sheet holds.
    enum Role: CaseIterable {
        case number, name, year, sector, source, gas, figure

        /// The heading as the statistics write it, for messages.
        var heading: String {
            switch self {
            case .number: "Kommunenummer"
            case .name: "Kommune"
            case .year: "År"
            case .sector: "Sektor"
            case .source: "Utslippskilde"
            case .gas: "Klimagass"
            case .figure: "Utslipp (tonn CO2-ekvivalenter)"
            }
        }

        /// The role of a heading, compared loosely (see ``StatisticsNames/headingKey(_:)``).
        init?(heading: String) {
            let key = StatisticsNames.headingKey(heading)
            switch key {
            case "kommunenummer", "kommunenr", "kommunenr.", "knr": self = .number
            case "kommune", "kommunenavn": self = .name
            case "år", "aar", "year": self = .year
            case "sektor": self = .sector
            case "utslippskilde", "kilde": self = .source
            case "klimagass", "gass": self = .gas
            case _ where key == "utslipp" || key.hasPrefix("utslipp("): self = .figure
            default: return nil
            }
        }
    }

    /// How many rows from the top the heading row is looked for in.
    static let headingSearchRows = 20
    /// How many problems of one kind are kept for one municipality: enough to see the pattern.
    static let problemsPerKind = 20

    // The pass's state.
    let file: String
    let sheet: String
    let textNumbers: TextNumbers
    var columns: [Role: Int] = [:]
    var headingRow: Int?
    /// Whether the heading row has every column its layout needs.
    var layoutComplete = false
    var firstRow: SheetRow?
    var rowsSeen = 0
    var dataRows = 0
    var fileProblems: [LoadError] = []
    var problems: [Int: [LoadError]] = [:]
    var numbers: [String: Int] = [:]
    var municipalities: [(number: String?, name: String?)] = []
    /// Sums by municipality, then sector index, then year.
    var sums: [[[Int: Double]]] = []
    var sectorNames: [Int: [String]] = [:]
    var decimals = 0
    var sources: [String: Int] = [:]
    var gases: [String: Int] = [:]
    var seen: [UInt64: Int] = [:]
    var sectorMemo: [String: (text: String, index: Int?)] = [:]
    var sourceMemo: [String: Int] = [:]
    var gasMemo: [String: Int] = [:]
    var numberMemo: [String: String?] = [:]

    /// Reads the workbook's detailed sheet (and its `Info` sheet, where it has one).
    static func read(_ workbook: some StatisticsWorkbook, file: String) throws(LoadFailure) -> Reading {
        let names = workbook.sheetNames
        let detailed = StatisticsNames.headingKey(EmissionStatistics.detailedSheet)
        guard
            let sheet = names.first(where: { StatisticsNames.headingKey($0) == detailed })
                ?? (names.count == 1 ? names[0] : nil)
        else {
            throw LoadFailure(errors: [.statisticsSheetMissing(file: file, sheets: names)])
        }
        var reader = StatisticsReader(file: file, sheet: sheet, textNumbers: workbook.textNumbers)
        do throws(LoadError) {
            try workbook.rows(ofSheet: sheet) { row in reader.visit(row) }
        } catch {
            throw LoadFailure(errors: [error])
        }
        var info: (name: String, row: Int, column: Int)?
        if reader.columns[.number] == nil && reader.columns[.name] == nil,
            let infoSheet = names.first(where: { StatisticsNames.key($0) == "info" })
        {
            do throws(LoadError) {
                try workbook.rows(ofSheet: infoSheet) { row in
                    guard info == nil else { return }
                    for (index, cell) in row.cells.enumerated()
                    where StatisticsNames.key(cell.value.text).hasPrefix("datasett") {
                        if let next = row.cells.dropFirst(index + 1).first(where: {
                            !StatisticsNames.clean($0.value.text).isEmpty
                        }) {
                            info = (StatisticsNames.clean(next.value.text), row.number, next.column)
                        }
                    }
                }
            } catch {
                throw LoadFailure(errors: [error])
            }
            if let info, !reader.municipalities.isEmpty { reader.municipalities[0].name = info.name }
        }
        var reading = try reader.finish()
        if let info, let infoSheet = names.first(where: { StatisticsNames.key($0) == "info" }) {
            reading.municipalityPlace = (infoSheet, info.row, sheetColumnLetters(info.column))
        }
        return reading
    }

    private init(file: String, sheet: String, textNumbers: TextNumbers) {
        self.file = file
        self.sheet = sheet
        self.textNumbers = textNumbers
    }

    /// Reads one row: the heading row first, then a row of figures.
    private mutating func visit(_ row: SheetRow) {
        rowsSeen += 1
        if firstRow == nil { firstRow = row }
        guard headingRow != nil else {
            if rowsSeen <= Self.headingSearchRows { findHeading(row) }
            return
        }
        if !layoutComplete { return }
        read(row)
    }

    /// The roles a sheet of its layout needs and lacks: the national layout has the municipality's number and
    /// name, the one-municipality export neither.
    private var missingRoles: [Role] {
        let national = columns[.number] != nil || columns[.name] != nil
        return Role.allCases.filter { role in
            columns[role] == nil && (national || (role != .number && role != .name))
        }
    }

    private mutating func findHeading(_ row: SheetRow) {
        var found: [Role: Int] = [:]
        for cell in row.cells {
            guard case .text(let text) = cell.value, let role = Role(heading: text), found[role] == nil else {
                continue
            }
            found[role] = cell.column
        }
        guard found[.year] != nil, found[.sector] != nil else { return }
        headingRow = row.number
        columns = found
        layoutComplete = missingRoles.isEmpty
        for role in missingRoles {
            fileProblems.append(
                .statisticsColumnMissing(
                    file: file, sheet: sheet, row: row.number, column: role.heading,
                    found: row.cells.map { StatisticsNames.clean($0.value.text) }.filter { !$0.isEmpty }))
        }
    }

    private mutating func report(_ error: LoadError, municipality: Int?) {
        guard let municipality else {
            if fileProblems.filter({ $0.code == error.code }).count < Self.problemsPerKind {
                fileProblems.append(error)
            }
            return
        }
        if problems[municipality, default: []].filter({ $0.code == error.code }).count < Self.problemsPerKind {
            problems[municipality, default: []].append(error)
        }
    }

    private func letter(_ role: Role) -> String {
        sheetColumnLetters(columns[role] ?? 1)
    }

    private func cellProblem(_ row: SheetRow, _ role: Role, _ value: String, expected: String) -> LoadError {
        .statisticsCell(
            file: file, sheet: sheet, row: row.number, column: letter(role), header: role.heading, value: value,
            expected: expected)
    }

    /// The text of a role's cell, cleaned; "" when the row has no such cell.
    private func text(_ row: SheetRow, _ role: Role) -> String {
        guard let column = columns[role], let cell = row.cell(column) else { return "" }
        return StatisticsNames.clean(cell.value.text)
    }

    /// The raw text of a role's cell; "" when the row has no such cell.
    private func rawText(_ row: SheetRow, _ role: Role) -> String {
        guard let column = columns[role], let cell = row.cell(column) else { return "" }
        return cell.value.text
    }

    /// A sector cell's text, cleaned and spaced as one, and its known sector: read once per distinct text, as
    /// half a million rows repeat a few dozen texts.
    private mutating func sector(_ raw: String) -> (text: String, index: Int?) {
        if let known = sectorMemo[raw] { return known }
        let text = StatisticsNames.clean(raw).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let result = (text, StatisticsNames.sectorIndex(text))
        sectorMemo[raw] = result
        return result
    }

    /// The number standing for a source's or a gas's text, cleaned and in lower case, read once per distinct text.
    private static func intern(_ raw: String, memo: inout [String: Int], table: inout [String: Int]) -> Int {
        if let known = memo[raw] { return known }
        let key = StatisticsNames.key(raw)
        let index = table[key] ?? table.count
        table[key] = index
        memo[raw] = index
        return index
    }

    /// Whether a cell holds nothing but spaces.
    private static func isBlank(_ value: SheetValue) -> Bool {
        guard case .text(let text) = value else { return false }
        return text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{A0}" }
    }

    private mutating func read(_ row: SheetRow) {
        guard row.cells.contains(where: { !Self.isBlank($0.value) }) else { return }
        dataRows += 1
        guard let municipality = municipalityIndex(row) else { return }

        var usable = true
        let yearValue = columns[.year].flatMap { row.cell($0)?.value }
        let year = yearValue.flatMap(Self.year)
        if year == nil {
            report(
                cellProblem(row, .year, yearValue?.text ?? "", expected: "a year such as 2024"),
                municipality: municipality)
            usable = false
        }
        let (sectorText, sector) = self.sector(rawText(row, .sector))
        if sectorText.isEmpty {
            report(cellProblem(row, .sector, "", expected: "a sector such as Veitrafikk"), municipality: municipality)
            usable = false
        } else if sector == nil {
            report(
                .statisticsUnknownSector(
                    file: file, sheet: sheet, row: row.number, column: letter(.sector), value: sectorText,
                    suggestion: closestMatch(to: sectorText, among: StatisticsNames.allSectorNames)),
                municipality: municipality)
            usable = false
        }
        let figureValue = columns[.figure].flatMap { row.cell($0)?.value }
        var figure: Double?
        switch figureValue {
        case .number(let number)?:
            figure = number.isFinite ? number : nil
            if figure != nil { decimals = max(decimals, Self.decimals(of: number)) }
        case .text(let text)?:
            let cleaned = StatisticsNames.clean(text)
            figure = textNumbers.parse(cleaned)
            if figure != nil { decimals = max(decimals, Self.decimals(in: cleaned)) }
        default:
            figure = nil
        }
        if figure == nil {
            report(
                cellProblem(
                    row, .figure, figureValue?.text ?? "",
                    expected: "a number of tonnes such as 17,7 (write 0 for no emissions)"),
                municipality: municipality)
            usable = false
        }
        guard usable, let year, let sector, let figure else {
            // The year is in the file for this sector, even though this row cannot be used: no second problem.
            if let year, let sector { sums[municipality][sector][year, default: 0] += 0 }
            return
        }

        if !(sectorNames[sector]?.contains(sectorText) ?? false) {
            sectorNames[sector, default: []].append(sectorText)
        }

        let source = Self.intern(rawText(row, .source), memo: &sourceMemo, table: &sources)
        let gas = Self.intern(rawText(row, .gas), memo: &gasMemo, table: &gases)
        let key =
            UInt64(truncatingIfNeeded: municipality) << 48 | UInt64(truncatingIfNeeded: year - 1900) << 38
            | UInt64(truncatingIfNeeded: sector) << 34 | UInt64(truncatingIfNeeded: source) << 14
            | UInt64(truncatingIfNeeded: gas)
        if let first = seen[key] {
            let shown = [
                municipalityName(municipality), String(year), sectorText, text(row, .source), text(row, .gas),
            ].filter { !$0.isEmpty }
            report(
                .statisticsDuplicateRow(
                    file: file, sheet: sheet, row: row.number, column: letter(.figure), first: first,
                    what: shown.joined(separator: ", ")),
                municipality: municipality)
            return
        }
        seen[key] = row.number
        sums[municipality][sector][year, default: 0] += figure
    }

    private func municipalityName(_ index: Int) -> String {
        let municipality = municipalities[index]
        return [municipality.name, municipality.number].compactMap { $0 }.joined(separator: " ")
    }

    /// The index of the row's municipality, a new one where the file has not named it before; `nil` (with the
    /// problem reported) when the row's number cannot be read.
    private mutating func municipalityIndex(_ row: SheetRow) -> Int? {
        guard let numberColumn = columns[.number] else {
            if municipalities.isEmpty { addMunicipality(number: nil, name: nil) }
            return 0
        }
        let value = row.cell(numberColumn)?.value
        let number: String?
        if case .text(let text)? = value {
            if let known = numberMemo[text] {
                number = known
            } else {
                number = StatisticsNames.municipalityNumber(.text(text))
                numberMemo[text] = number
            }
        } else {
            number = value.flatMap(StatisticsNames.municipalityNumber)
        }
        guard let number else {
            report(
                cellProblem(
                    row, .number, value?.text ?? "", expected: "a municipality number such as 5001 or 0301"),
                municipality: nil)
            return nil
        }
        if let index = numbers[number] { return index }
        let name = text(row, .name)
        addMunicipality(number: number, name: name.isEmpty ? nil : name)
        numbers[number] = municipalities.count - 1
        return municipalities.count - 1
    }

    private mutating func addMunicipality(number: String?, name: String?) {
        municipalities.append((number, name))
        sums.append(Array(repeating: [:], count: StatisticsNames.sectors.count))
    }

    /// A year from a number cell (2024) or a text cell ("2024").
    static func year(_ value: SheetValue) -> Int? {
        let year: Int?
        switch value {
        case .number(let number): year = number == number.rounded() && abs(number) < 10_000 ? Int(number) : nil
        case .text(let text): year = Int(StatisticsNames.clean(text))
        case .bool, .date, .error: year = nil
        }
        guard let year, JSONFieldReader.years.contains(year) else { return nil }
        return year
    }

    /// The decimals a number stored as a number has, up to the most kept.
    static func decimals(of number: Double) -> Int {
        var scaled = number
        for decimals in 0..<EmissionStatistics.maximumDecimals {
            if abs(scaled - scaled.rounded()) <= 1e-9 * max(1, abs(scaled)) { return decimals }
            scaled *= 10
        }
        return EmissionStatistics.maximumDecimals
    }

    /// The decimals a number written as text has ("17,7" has one), up to the most kept.
    static func decimals(in text: String) -> Int {
        var digits = 0
        var afterMark = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
                afterMark = true
                digits = 0
            } else if afterMark && byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
            }
        }
        return min(digits, EmissionStatistics.maximumDecimals)
    }

    /// The result of the pass: the figures per municipality, and the problems.
    private func finish() throws(LoadFailure) -> Reading {
        guard let headingRow else {
            let found = (firstRow?.cells ?? []).map { StatisticsNames.clean($0.value.text) }.filter { !$0.isEmpty }
            throw LoadFailure(errors: [
                .statisticsColumnMissing(
                    file: file, sheet: sheet, row: firstRow?.number ?? 1, column: Role.year.heading, found: found)
            ])
        }
        if !missingRoles.isEmpty { throw LoadFailure(errors: fileProblems) }
        guard dataRows > 0 else {
            throw LoadFailure(errors: [.statisticsNoRows(file: file, sheet: sheet, row: headingRow)])
        }

        var problems = self.problems
        var allYears: Set<Int> = []
        var fileSectors: Set<Int> = []
        for sectors in sums {
            for (index, years) in sectors.enumerated() where !years.isEmpty {
                fileSectors.insert(index)
                allYears.formUnion(years.keys)
            }
        }
        let years = allYears.sorted()
        var result: [MunicipalityEmissions] = []
        for (index, municipality) in municipalities.enumerated() {
            var sectors: [StatisticsSector] = []
            for sector in fileSectors.sorted() {
                let figures = sums[index][sector]
                let missing = years.filter { figures[$0] == nil }
                // The file's spelling; where a file mixes a sector's old and new names, the current one.
                let current = StatisticsNames.sectors[sector].names[0]
                let spellings = sectorNames[sector] ?? []
                let published =
                    spellings.first { StatisticsNames.key($0) == StatisticsNames.key(current) } ?? spellings.first
                    ?? current
                if !missing.isEmpty {
                    problems[index, default: []].append(
                        .statisticsMissingYears(
                            file: file, sheet: sheet, column: letter(.year),
                            municipality: MunicipalityEmissions.shownName(
                                name: municipality.name, number: municipality.number),
                            sector: published, years: missing))
                }
                var names = [published] + spellings.filter { $0 != published }
                for name in StatisticsNames.sectors[sector].names
                where !names.contains(where: { StatisticsNames.key($0) == StatisticsNames.key(name) }) {
                    names.append(name)
                }
                sectors.append(
                    StatisticsSector(
                        id: StatisticsNames.sectorID(published), name: published, publishedNames: names,
                        nynorsk: StatisticsNames.sectors[sector].nynorsk,
                        english: StatisticsNames.sectors[sector].english,
                        tonnes: figures.mapValues { EmissionStatistics.rounded($0, decimals: decimals) }))
            }
            result.append(
                MunicipalityEmissions(
                    number: municipality.number, name: municipality.name, sectors: sectors,
                    years: years.filter { year in sectors.contains { $0.tonnes[year] != nil } }))
        }
        let placeRole: Role = columns[.name] != nil ? .name : .number
        return Reading(
            statistics: EmissionStatistics(file: file, municipalities: result, years: years, decimals: decimals),
            fileProblems: fileProblems, problems: problems, sheet: sheet,
            municipalityPlace: (sheet, nil, columns[placeRole].map(sheetColumnLetters) ?? "A"))
    }
}
