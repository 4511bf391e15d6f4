import ClimateBudget

/// The header step of reading a sheet: which column holds what, checked once before any row is read.
struct SheetHeader {
    /// The file, as named in messages.
    let file: String
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
    /// Whether numbers are written with a decimal comma (the sheet is separated by semicolons).
    let decimalComma: Bool
    /// The separator, for messages.
    let delimiter: Character

    private static let unused = "\u{0}unused"

    /// Reads and checks the header; every problem with the headings is reported at once.
    init(_ document: CSVDocument, file: String, budget: Budget) throws(LoadFailure) {
        guard let header = document.records.first else { throw LoadFailure(errors: [.emptyFile(file: file)]) }
        let rows = document.records.dropFirst()
        var names = header.fields.map { $0.value.trimmingWhitespace().lowercased() }
        // Excel may save empty columns after the last one (a ";" at the end of every line): those are not columns.
        for index in names.indices where names[index].isEmpty {
            let used = rows.contains { index < $0.fields.count && !$0.fields[index].value.trimmingWhitespace().isEmpty }
            names[index] = used ? "" : Self.unused
        }
        var errors: [LoadError] = []
        var years: [(index: Int, year: Int)] = []
        var seen: Set<String> = []
        let columns = MeasureSheet.columns
        for (index, name) in names.enumerated() where name != Self.unused {
            let column = MeasureSheet.columnLetter(index)
            if !seen.insert(name).inserted {
                errors.append(
                    .sheetHeader(
                        file: file, column: column, detail: "the column \"\(name)\" appears twice; keep one of them"))
            } else if let year = Int(name), name.count == 4 {
                if JSONFieldReader.years.contains(year) {
                    years.append((index, year))
                } else {
                    errors.append(
                        .sheetHeader(
                            file: file, column: column,
                            detail:
                                "\"\(name)\" is not a year the budget can use (\(JSONFieldReader.years.lowerBound) to \(JSONFieldReader.years.upperBound)); correct the heading"
                        ))
                }
            } else if !columns.contains(name) && name != MeasureSheet.recordColumn {
                let guess = closestMatch(to: name, among: columns).map { " Did you mean \"\($0)\"?" } ?? ""
                let shown =
                    name.isEmpty ? "a column without a heading" : "unknown column \"\(header.fields[index].value)\""
                errors.append(
                    .sheetHeader(
                        file: file, column: column,
                        detail:
                            "\(shown).\(guess) The sheet's columns are \(columns.joined(separator: ", ")) and years such as \(budget.settings.period.start)"
                    ))
            }
        }
        guard let idColumn = names.firstIndex(of: "id") else {
            errors.append(
                .sheetHeader(
                    file: file, column: "A",
                    detail:
                        "the sheet has no \"id\" column, so its rows cannot be matched to measures; export the sheet again with climate-budget export"
                ))
            throw LoadFailure(errors: errors)
        }
        if !errors.isEmpty { throw LoadFailure(errors: errors) }
        self.file = file
        self.names = names
        self.years = years
        self.idColumn = idColumn
        self.recordIndex = names.firstIndex(of: MeasureSheet.recordColumn)
        self.cellCount = (names.lastIndex { $0 != Self.unused } ?? 0) + 1
        self.decimalComma = document.delimiter == ";"
        self.delimiter = document.delimiter
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

    /// One cell of a row, as import reads it.
    private struct Cells {
        let record: CSVRecord
        func value(_ index: Int) -> String {
            index < record.fields.count ? MeasureSheet.cellText(record.fields[index].value) : ""
        }
        func raw(_ index: Int) -> String {
            index < record.fields.count ? record.fields[index].value : ""
        }
    }

    private mutating func bad(_ cells: Cells, row: Int, _ index: Int, _ expected: String) {
        errors.append(
            .sheetCell(
                file: header.file, row: row, column: MeasureSheet.columnLetter(index), header: header.names[index],
                value: cells.raw(index), expected: expected))
    }

    /// Reads one row (`row` is its number as the spreadsheet shows it).
    mutating func read(_ record: CSVRecord, row: Int) {
        if record.fields.allSatisfy({ $0.value.trimmingWhitespace().isEmpty }) { return }
        let cells = Cells(record: record)
        guard let id = shape(cells, row: row) else { return }
        var exported: ExportRecord?
        if let index = header.recordIndex, !cells.value(index).isEmpty {
            guard let decoded = ExportRecord(cell: cells.value(index)) else {
                bad(
                    cells, row: row, index,
                    "the cell as 'export' wrote it: it records what the row held when it was exported and must not be edited. "
                        + "Undo the change, or empty the cell to import the row without checking for newer changes in the files"
                )
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
        mergeFields(cells, row: row, into: &measure, merge: &merge, kindKnown: &kindKnown)
        mergeEffects(cells, row: row, into: &measure, merge: &merge, kindKnown: kindKnown)
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
                bad(cells, row: row, header.idColumn, "a title for the new measure \(id); add a title column")
            }
            if !kindKnown && header.column("kind") == nil {
                bad(cells, row: row, header.idColumn, "a kind for the new measure \(id); add a kind column")
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
    private mutating func shape(_ cells: Cells, row: Int) -> Int? {
        let fields = cells.record.fields
        let extra = fields.indices.dropFirst(header.names.count).filter {
            !fields[$0].value.trimmingWhitespace().isEmpty
        }
        if let first = extra.first {
            errors.append(
                .sheetCell(
                    file: header.file, row: row, column: MeasureSheet.columnLetter(first), header: "",
                    value: fields[first].value,
                    expected: "no cell here: the row has more cells than the sheet has columns"))
            return nil
        }
        if fields.count < header.cellCount {
            errors.append(
                .sheetRow(
                    file: header.file, row: row, column: MeasureSheet.columnLetter(fields.count),
                    detail:
                        "the row ends here, but the sheet has \(header.cellCount) columns (A to \(MeasureSheet.columnLetter(header.cellCount - 1))): a cell is missing, so the "
                        + "row's values may be in the wrong columns. Check the row, give it one cell for every column (in a text editor, "
                        + "add the missing \"\(header.delimiter)\") and import the sheet again"))
            return nil
        }
        guard let id = Int(cells.value(header.idColumn)), id >= 0, id <= 9999 else {
            bad(cells, row: row, header.idColumn, "the measure's number, such as 7")
            return nil
        }
        guard listed.insert(id).inserted else {
            bad(cells, row: row, header.idColumn, "each measure once; measure \(id) has a row above")
            return nil
        }
        return id
    }

    /// The text columns: kind, sector, title, implementers, reporter.
    private mutating func mergeFields(
        _ cells: Cells, row: Int, into measure: inout Measure, merge: inout MeasureSheet.Merge, kindKnown: inout Bool
    ) {
        func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
        if let index = header.column("kind") {
            if let kind = MeasureKind(rawValue: cells.value(index)) {
                measure.kind = merge.value(\.kind, files: measure.kind, sheet: kind) { .kind(old: $0, new: $1) }
                kindKnown = true
            } else {
                bad(cells, row: row, index, "one of " + MeasureKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        if let index = header.column("sector") {
            measure.sector = merge.value(\.sector, files: measure.sector, sheet: optional(cells.value(index))) {
                .sector(old: $0, new: $1)
            }
        }
        if let index = header.column("title") {
            if cells.value(index).isEmpty {
                bad(cells, row: row, index, "the measure's title")
            } else {
                measure.title = merge.value(\.title, files: measure.title, sheet: cells.value(index)) {
                    .title(old: $0, new: $1)
                }
            }
        }
        if let index = header.column("implementers") {
            measure.responsibility.implementers = merge.value(
                \.implementers, files: measure.responsibility.implementers,
                sheet: MeasureSheet.implementers(in: cells.value(index))
            ) { .implementers(old: $0, new: $1) }
        }
        if let index = header.column("reporter") {
            let inFiles = measure.responsibility.reporter
            measure.responsibility.reporter = merge.value(
                \.reporter, files: inFiles, sheet: optional(cells.value(index))
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
        _ cells: Cells, row: Int, into measure: inout Measure, merge: inout MeasureSheet.Merge, kindKnown: Bool
    ) {
        for (index, year) in header.years {
            let text = cells.value(index)
            var tonnes: Double?
            if !text.isEmpty {
                guard let number = NumberText.parse(text, decimalComma: header.decimalComma) else {
                    bad(
                        cells, row: row, index,
                        header.decimalComma
                            ? "a number of tonnes such as 1500 or 1500,5 (a decimal comma, no point)"
                            : "a number of tonnes such as 1500 or 1500.5")
                    continue
                }
                guard abs(number) < JSONFieldReader.maximumTonnes else {
                    bad(cells, row: row, index, "a number of tonnes below 1 000 000 000 000")
                    continue
                }
                tonnes = number
            }
            let kept = merge.effect(year, files: measure.effect[year], sheet: tonnes)
            if let tonnes, kept == tonnes, kept != measure.effect[year], kindKnown, measure.kind != .quantified {
                bad(
                    cells, row: row, index,
                    "an empty cell: measure \(measure.id) is of kind \"\(measure.kind.rawValue)\", and only quantified measures have an effect"
                )
            }
            measure.effect[year] = kept
        }
    }
}
