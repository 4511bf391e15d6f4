import ClimateBudget

/// Where an imported sheet comes from: the file and sheet that messages name, and how it writes numbers as text.
struct SheetSource {
    /// The file, as named in messages.
    let file: String
    /// The sheet's name in a workbook; "" for a CSV file, which has one sheet.
    let sheet: String
    /// Whether numbers written as text use a decimal comma (and a point is refused, since "1.900" may mean
    /// 1 900 or 1.9): a semicolon CSV, and text cells of a workbook made for Norwegian Excel.
    let decimalComma: Bool
    /// A CSV file's separator, for the advice on a row with too few cells; nil for a workbook.
    let delimiter: Character?
}

/// One row of an imported sheet, whatever the file: the one model that CSV files and xlsx worksheets both feed
/// to import, so that both are read by the same code with the same checks and messages.
struct ImportRow {
    /// The row's number as the spreadsheet shows it.
    let number: Int
    /// The cells from column A on; nil where a worksheet has no cell. A CSV field is text, empty or not.
    let cells: [SheetValue?]
    /// How many fields a CSV row has: a row that ends early may have its values in the wrong columns. nil for a
    /// worksheet, where every row has every column (a cell without a value is simply empty).
    let fieldCount: Int?

    /// A CSV record as a row.
    init(_ record: CSVRecord, number: Int) {
        self.number = number
        cells = record.fields.map { .text($0.value) }
        fieldCount = record.fields.count
    }

    /// A worksheet's row, its cells placed at their columns.
    init(_ row: SheetRow) {
        number = row.number
        var cells: [SheetValue?] = Array(repeating: nil, count: row.cells.last?.column ?? 0)
        for cell in row.cells { cells[cell.column - 1] = cell.value }
        self.cells = cells
        fieldCount = nil
    }

    /// The cell in a column (from 0), as import reads text: trimmed, without the apostrophe that guards a
    /// formula; a number as its shortest exact text. Empty where there is none.
    func text(_ index: Int) -> String {
        guard index < cells.count, let value = cells[index] else { return "" }
        switch value {
        case .text(let text): return MeasureSheet.cellText(text)
        default: return Self.shown(value)
        }
    }

    /// The cell as it stands in the sheet, for messages.
    func raw(_ index: Int) -> String {
        guard index < cells.count, let value = cells[index] else { return "" }
        return Self.shown(value)
    }

    /// Whether the row holds nothing but empty cells.
    var isEmpty: Bool {
        cells.indices.allSatisfy { raw($0).trimmingWhitespace().isEmpty }
    }

    /// A date as Excel shows it in Norway: "2024-05-01" → "01.05.2024" (a time of day kept after it:
    /// "01.05.2024 12:00"). Text in any other form is shown as it is.
    static func norwegianDate(_ iso: String) -> String {
        let parts = iso.split(separator: "T", maxSplits: 1)
        let day = parts.first.map { $0.split(separator: "-") } ?? []
        guard day.count == 3, day[0].count == 4, day[1].count == 2, day[2].count == 2,
            day.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return iso }
        return "\(day[2]).\(day[1]).\(day[0])" + (parts.count == 2 ? " \(parts[1])" : "")
    }

    private static func shown(_ value: SheetValue) -> String {
        switch value {
        case .text(let text), .error(let text): text
        case .date(let text): norwegianDate(text)
        case .number(let number): XlsxWriter.numberText(number)
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        }
    }
}

/// The header step of reading a sheet: which column holds what, checked once before any row is read.
struct SheetHeader {
    /// Where the sheet comes from.
    let source: SheetSource
    /// The file, as named in messages.
    var file: String { source.file }
    /// The heading row's number (1, unless a worksheet's rows above it are empty).
    let row: Int
    /// Each column's heading, trimmed and in lower case; "\u{0}unused" for an empty column Excel saved after the last.
    let names: [String]
    /// The year columns, in the order of the sheet.
    let years: [(index: Int, year: Int)]
    /// The column of the measures' ids.
    let idColumn: Int
    /// The column of the export records, if the sheet has one.
    let recordIndex: Int?
    /// How many cells a row must have: up to the last column in use.
    let cellCount: Int

    private static let unused = "\u{0}unused"

    /// Reads and checks the header, the first of `rows`; every problem with the headings is reported at once.
    init(_ rows: [ImportRow], source: SheetSource, budget: Budget) throws(LoadFailure) {
        let file = source.file
        guard let header = rows.first else { throw LoadFailure(errors: [.emptyFile(file: file)]) }
        let rows = rows.dropFirst()
        var names = header.cells.indices.map { header.text($0).lowercased() }
        // Excel may save empty columns after the last one (a ";" at the end of every line): those are not columns.
        for index in names.indices where names[index].isEmpty {
            let used = rows.contains { !$0.raw(index).trimmingWhitespace().isEmpty }
            names[index] = used ? "" : Self.unused
        }
        func headingError(_ index: Int, _ detail: String) -> LoadError {
            .sheetHeader(
                file: file, sheet: source.sheet, row: header.number, column: MeasureSheet.columnLetter(index),
                detail: detail)
        }
        var errors: [LoadError] = []
        var years: [(index: Int, year: Int)] = []
        var seen: Set<String> = []
        let columns = MeasureSheet.columns
        for (index, name) in names.enumerated() where name != Self.unused {
            if !seen.insert(name).inserted {
                errors.append(headingError(index, "the column \"\(name)\" appears twice; keep one of them"))
            } else if let year = Int(name), name.count == 4 {
                if JSONFieldReader.years.contains(year) {
                    years.append((index, year))
                } else {
                    errors.append(
                        headingError(
                            index,
                            "\"\(name)\" is not a year the budget can use (\(JSONFieldReader.years.lowerBound) to \(JSONFieldReader.years.upperBound)); correct the heading"
                        ))
                }
            } else if !columns.contains(name) && name != MeasureSheet.recordColumn {
                let guess = closestMatch(to: name, among: columns).map { " Did you mean \"\($0)\"?" } ?? ""
                let shown = name.isEmpty ? "a column without a heading" : "unknown column \"\(header.raw(index))\""
                errors.append(
                    headingError(
                        index,
                        "\(shown).\(guess) Restore the heading as 'export' wrote it: the import reads the headings, and they stay in English. "
                            + "The sheet's columns are \(columns.joined(separator: ", ")), years such as \(budget.settings.period.start) "
                            + "and \"\(MeasureSheet.recordColumn)\"; a column of your own belongs on another sheet"
                    ))
            }
        }
        guard let idColumn = names.firstIndex(of: "id") else {
            errors.append(
                headingError(
                    0,
                    "the sheet has no \"id\" column, so its rows cannot be matched to measures; export the sheet again with climate-budget export"
                ))
            throw LoadFailure(errors: errors)
        }
        if !errors.isEmpty { throw LoadFailure(errors: errors) }
        self.source = source
        self.row = header.number
        self.names = names
        self.years = years
        self.idColumn = idColumn
        self.recordIndex = names.firstIndex(of: MeasureSheet.recordColumn)
        self.cellCount = (names.lastIndex { $0 != Self.unused } ?? 0) + 1
    }

    /// The index of a named column, if the sheet has it.
    func column(_ name: String) -> Int? { names.firstIndex(of: name) }
}

/// The row step of reading a sheet: each row merged into its measure, every bad cell collected.
struct SheetRowReader {
    let header: SheetHeader
    let budget: Budget
    let take: MeasureSheet.Side?
    /// The measures as they would be after the rows read so far.
    private(set) var measures: [Measure]
    private let indexByID: [Int: Int]
    private(set) var changed: [Measure] = []
    private(set) var added: [Measure] = []
    private(set) var conflicts: [MeasureSheet.Conflict] = []
    private(set) var newerInFiles: [MeasureSheet.NewerInFiles] = []
    /// The ids the sheet has rows for.
    private(set) var listed: Set<Int> = []
    /// The row each listed measure stands in, by id.
    private(set) var rows: [Int: Int] = [:]
    private(set) var errors: [LoadError] = []

    init(header: SheetHeader, budget: Budget, take: MeasureSheet.Side?) {
        self.header = header
        self.budget = budget
        self.take = take
        measures = budget.measures
        var indexByID: [Int: Int] = [:]
        for (index, measure) in budget.measures.enumerated() where indexByID[measure.id] == nil {
            indexByID[measure.id] = index
        }
        self.indexByID = indexByID
    }

    private mutating func bad(_ row: ImportRow, _ index: Int, _ expected: String) {
        errors.append(
            .sheetCell(
                file: header.file, sheet: header.source.sheet, row: row.number,
                column: MeasureSheet.columnLetter(index), header: header.names[index], value: row.raw(index),
                expected: expected))
    }

    /// Reads one row.
    mutating func read(_ row: ImportRow) {
        if row.isEmpty { return }
        guard let id = shape(row) else { return }
        rows[id] = row.number
        var exported: ExportRecord?
        if let index = header.recordIndex, !row.text(index).isEmpty {
            guard let decoded = ExportRecord(cell: row.text(index)) else {
                // The cell is a long code: say which cell changed rather than repeat it.
                errors.append(
                    .sheetRow(
                        file: header.file, sheet: header.source.sheet, row: row.number,
                        column: MeasureSheet.columnLetter(index),
                        detail:
                            "the record cell of row \(row.number) (\"\(MeasureSheet.recordColumn)\") was changed. It records what the row "
                            + "held when it was exported, so it must stay as 'export' wrote it: undo the change (or copy the cell from a "
                            + "fresh export), or empty the cell to import the row without checking for newer changes in the files; then "
                            + "import the sheet again"))
                return
            }
            // A row whose id was changed, or copied for a new measure, has no record of its own.
            if decoded.id == id { exported = decoded }
        }
        let existing = indexByID[id]
        // A measure whose file was removed since the export is merged against its record, as if unchanged.
        let removed = existing == nil ? exported : nil
        var measure =
            existing.map { measures[$0] } ?? removed?.measure
            ?? Measure(
                id: id, title: "", kind: .enabling,
                responsibility: Responsibility(printed: "", implementers: [], reporter: nil))
        var merge = MeasureSheet.Merge(
            exported: exported, exportedAsRead: exported.map(MeasureSheet.asRead), take: take, measure: id,
            title: measure.title)
        var kindKnown = existing != nil || removed != nil
        mergeFields(row, into: &measure, merge: &merge, kindKnown: &kindKnown)
        mergeEffects(row, into: &measure, merge: &merge, kindKnown: kindKnown)
        // An existing measure keeps its "Ansvar" as printed: it records the source, whatever the files say now.
        conflicts += merge.conflicts
        newerInFiles += merge.newerInFiles
        if let removed {
            // Its file was removed since the export: the row comes back only where the sheet changed it and
            // the sheet is to win.
            if merge.sheetChanged {
                conflicts.append(MeasureSheet.Conflict(measure: id, title: removed.title, inFiles: nil, inSheet: nil))
                if take != .sheet { return }
            } else {
                newerInFiles.append(MeasureSheet.NewerInFiles(measure: id, title: removed.title, change: nil))
                return
            }
        }
        if existing == nil {
            if measure.title.isEmpty && header.column("title") == nil {
                bad(row, header.idColumn, "a title for the new measure \(id); add a title column")
            }
            if !kindKnown && header.column("kind") == nil {
                bad(row, header.idColumn, "a kind for the new measure \(id); add a kind column")
            }
            measure.responsibility.printed = MeasureSheet.printed(measure.responsibility)
            measure.file = budget.files.measures + "/" + MeasureFileWriter.fileName(for: measure)
            added.append(measure)
            measures.append(measure)
        } else if let index = existing, measures[index] != measure {
            changed.append(measure)
            measures[index] = measure
        }
    }

    /// The row's shape and id: no cells beyond the columns, none missing, an id listed once. `nil` after an error.
    private mutating func shape(_ row: ImportRow) -> Int? {
        let extra = row.cells.indices.dropFirst(header.names.count).filter {
            !row.raw($0).trimmingWhitespace().isEmpty
        }
        if let first = extra.first {
            errors.append(
                .sheetCell(
                    file: header.file, sheet: header.source.sheet, row: row.number,
                    column: MeasureSheet.columnLetter(first), header: "", value: row.raw(first),
                    expected: "no cell here: the row has more cells than the sheet has columns"))
            return nil
        }
        if let count = row.fieldCount, count < header.cellCount {
            errors.append(
                .sheetRow(
                    file: header.file, sheet: header.source.sheet, row: row.number,
                    column: MeasureSheet.columnLetter(count),
                    detail:
                        "the row ends here, but the sheet has \(header.cellCount) columns (A to \(MeasureSheet.columnLetter(header.cellCount - 1))): a cell is missing, so the "
                        + "row's values may be in the wrong columns. Check the row, give it one cell for every column (in a text editor, "
                        + "add the missing \"\(header.source.delimiter ?? ",")\") and import the sheet again"))
            return nil
        }
        guard let id = Int(row.text(header.idColumn)), id >= 0, id <= 9999 else {
            bad(row, header.idColumn, "the measure's number, such as 7")
            return nil
        }
        guard listed.insert(id).inserted else {
            bad(row, header.idColumn, "each measure once; measure \(id) has a row above")
            return nil
        }
        return id
    }

    /// The text columns: kind, sector, title, implementers, reporter.
    private mutating func mergeFields(
        _ row: ImportRow, into measure: inout Measure, merge: inout MeasureSheet.Merge, kindKnown: inout Bool
    ) {
        func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
        if let index = header.column("kind") {
            if let kind = MeasureKind(rawValue: row.text(index)) {
                measure.kind = merge.value(\.kind, files: measure.kind, sheet: kind) { .kind(old: $0, new: $1) }
                kindKnown = true
            } else {
                bad(row, index, "one of " + MeasureKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        if let index = header.column("sector") {
            measure.sector = merge.value(\.sector, files: measure.sector, sheet: optional(row.text(index))) {
                .sector(old: $0, new: $1)
            }
        }
        if let index = header.column("title") {
            if row.text(index).isEmpty {
                bad(row, index, "the measure's title")
            } else {
                measure.title = merge.value(\.title, files: measure.title, sheet: row.text(index)) {
                    .title(old: $0, new: $1)
                }
            }
        }
        if let index = header.column("implementers") {
            measure.responsibility.implementers = merge.value(
                \.implementers, files: measure.responsibility.implementers,
                sheet: MeasureSheet.implementers(in: row.text(index))
            ) { .implementers(old: $0, new: $1) }
        }
        if let index = header.column("reporter") {
            let inFiles = measure.responsibility.reporter
            measure.responsibility.reporter = merge.value(
                \.reporter, files: inFiles, sheet: optional(row.text(index))
            ) { .reporter(old: $0, new: $1) }
            // A reporter recorded through the sheet: the note that the printed budget's reporter was lost no
            // longer holds. (A value kept from the files leaves the files' note as it is.)
            if measure.responsibility.reporter != inFiles, measure.responsibility.reporter != nil {
                measure.responsibility.reporterLost = false
            }
        }
    }

    /// The year columns: each a number of tonnes, kept as typed, or empty for no figure.
    private mutating func mergeEffects(
        _ row: ImportRow, into measure: inout Measure, merge: inout MeasureSheet.Merge, kindKnown: Bool
    ) {
        for (index, year) in header.years {
            var tonnes: Double?
            if let number = tonnesCell(row, index) {
                guard let number else { continue }
                guard abs(number) < JSONFieldReader.maximumTonnes else {
                    bad(row, index, "a number of tonnes below 1 000 000 000 000")
                    continue
                }
                tonnes = number
            }
            let kept = merge.effect(year, files: measure.effect[year], sheet: tonnes)
            if let tonnes, kept == tonnes, kept != measure.effect[year], kindKnown, measure.kind != .quantified {
                bad(
                    row, index,
                    "an empty cell: measure \(measure.id) is of kind \"\(measure.kind.rawValue)\", and only quantified measures have an effect"
                )
            }
            measure.effect[year] = kept
        }
    }

    /// A year cell's tonnes: nil for an empty cell, `.some(nil)` after reporting a cell that holds no number.
    /// A number cell is its number; text is read as typed ("1 234,5"); a date, a truth value or a formula's
    /// error value is no number of tonnes, whatever number a spreadsheet keeps behind it.
    private mutating func tonnesCell(_ row: ImportRow, _ index: Int) -> Double?? {
        let decimalComma = header.source.decimalComma
        let typed =
            decimalComma
            ? "a number of tonnes such as 1500 or 1500,5 (a decimal comma, no point)"
            : "a number of tonnes such as 1500 or 1500.5"
        switch index < row.cells.count ? row.cells[index] : nil {
        case nil:
            return nil
        case .number(let number)?:
            return .some(number)
        case .text?:
            let text = row.text(index)
            if text.isEmpty { return nil }
            if let number = NumberText.parse(text, decimalComma: decimalComma) { return .some(number) }
            bad(row, index, typed)
        case .date?:
            bad(
                row, index,
                "a number of tonnes, not a date (the cell is formatted as a date: format it as a number and type the tonnes again)"
            )
        case .bool?:
            bad(row, index, "a number of tonnes, not a truth value (type the tonnes as a number)")
        case .error?:
            bad(
                row, index,
                "a number of tonnes, not an error value (a formula in the cell fails: type the tonnes as a number)")
        }
        return .some(nil)
    }
}
