import ClimateBudget
import Foundation

/// The measures as a spreadsheet: one row per measure, one column per period year, for the environment
/// unit's round trip through Excel. Export writes the sheet; import reads it back against the budget.
public enum MeasureSheet {
    /// The columns besides the period years, in the order export writes them.
    public static let columns = ["id", "kind", "sector", "title", "implementers", "reporter"]

    /// How a sheet is written.
    public struct Style: Sendable, Equatable {
        /// The field separator.
        public var delimiter: Character
        /// Whether numbers use a decimal comma.
        public var decimalComma: Bool
        /// Whether the text starts with a UTF-8 byte order mark.
        public var byteOrderMark: Bool
        /// The line ending.
        public var lineEnding: String

        /// Comma-separated, decimal point, LF: what most tools read.
        public static let plain = Style(delimiter: ",", decimalComma: false, byteOrderMark: false, lineEnding: "\n")
        /// What Norwegian Excel expects: semicolons, decimal comma, UTF-8 with BOM, CRLF.
        public static let excel = Style(delimiter: ";", decimalComma: true, byteOrderMark: true, lineEnding: "\r\n")
    }

    /// The heading of the last column, which holds each row's ``ExportRecord``: what the row held when it was
    /// exported, so import can tell an edit in the sheet from a change made in the files since.
    public static let recordColumn = "exported (do not edit)"

    /// The sheet of a budget's measures, each row ending in its export record.
    public static func export(_ budget: Budget, style: Style = .plain) -> String {
        let years = budget.settings.period.years
        let header = columns + years.map(String.init) + [recordColumn]
        let rows = budget.measures.sorted { $0.id < $1.id }.map { measure in
            [
                String(measure.id), measure.kind.rawValue, measure.sector ?? "", guarded(measure.title),
                implementersCell(measure.responsibility.implementers), measure.responsibility.reporter ?? "",
            ] + years.map { year in measure.effect[year].map { number($0, style: style) } ?? "" }
              + [ExportRecord(measure, years: years).cell]
        }
        let text = CSV.write([header] + rows, delimiter: style.delimiter, lineEnding: style.lineEnding)
        return (style.byteOrderMark ? "\u{FEFF}" : "") + text
    }

    private static func number(_ value: Double, style: Style) -> String {
        let text = plainNumber(value, decimals: 6)
        return style.decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    private static func implementersCell(_ implementers: [String]) -> String {
        implementers.joined(separator: "; ")
    }

    /// The implementers in a cell: separated by ";" or ",".
    private static func implementers(in cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == ";" || $0 == "," }).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// A cell's text as import reads it: trimmed, and without the apostrophe that guards a formula.
    private static func cellText(_ raw: String) -> String {
        unguarded(raw.trimmingWhitespace())
    }

    /// A record as the cells export wrote from it read back, so a cell the user left alone compares equal
    /// even where writing it changed it (a trimmed title, an effect with more than 6 decimals).
    static func asRead(_ record: ExportRecord) -> ExportRecord {
        func optional(_ text: String?) -> String? {
            let read = cellText(text ?? "")
            return read.isEmpty ? nil : read
        }
        var read = record
        read.sector = optional(record.sector)
        read.title = cellText(guarded(record.title))
        read.implementers = implementers(in: cellText(implementersCell(record.implementers)))
        read.reporter = optional(record.reporter)
        read.effect = record.effect.mapValues { $0.flatMap { NumberText.parse(number($0, style: .plain)) } }
        return read
    }

    /// What importing a sheet would do: the measures it changes and adds, and the ones it leaves alone.
    public struct Import: Sendable, Equatable {
        /// Existing measures with new values, as they would be written.
        public var changed: [Measure]
        /// Measures the sheet adds, with the file they would be written to.
        public var added: [Measure]
        /// Measures of the budget that the sheet does not list; they are left as they are.
        public var notInSheet: [Int]
        /// Values changed both in the files and in the sheet since the export. Unless `take` says which side
        /// wins, the files' values are kept in ``budget`` and nothing may be written.
        public var conflicts: [Conflict]
        /// Values changed in the files since the export and not in the sheet: the files' values are kept.
        public var newerInFiles: [NewerInFiles]
        /// Whether the sheet has the export record column; without it (a sheet from an older version), changes
        /// made in the files since the export cannot be told from edits in the sheet.
        public var hasExportRecords: Bool
        /// The budget as it would be after the import.
        public var budget: Budget
    }

    /// Reads a sheet against a budget. Every bad cell is reported by its spreadsheet row and column letter
    /// (as Excel shows them); when there is any, nothing may be written.
    ///
    /// Only the columns the sheet has are changed; fields a sheet does not carry (descriptions, goals, status
    /// reports, effects for years without a column) are kept. An empty year cell means no figure for that
    /// year, which validation then asks for where the measure is quantified (write 0 for no effect).
    ///
    /// Where a row has its export record, each cell is merged three ways: a value changed only in the files
    /// since the export is kept, one changed only in the sheet is taken, and one changed in both to different
    /// values is a ``Conflict``, settled by `take` (until then the files' value stays).
    public static func read(_ text: String, file: String, budget: Budget, take: Side? = nil) throws(LoadFailure) -> Import {
        let document: CSVDocument
        do {
            document = try CSV.parse(text)
        } catch {
            throw LoadFailure(errors: [.malformedCSV(file: file, line: error.line, column: error.column, detail: error.description)])
        }
        var errors: [LoadError] = []
        guard let header = document.records.first else { throw LoadFailure(errors: [.emptyFile(file: file)]) }
        let rows = Array(document.records.dropFirst())
        var names = header.fields.map { $0.value.trimmingWhitespace().lowercased() }
        // Excel may save empty columns after the last one (a ";" at the end of every line): those are not columns.
        for index in names.indices where names[index].isEmpty {
            let used = rows.contains { index < $0.fields.count && !$0.fields[index].value.trimmingWhitespace().isEmpty }
            names[index] = used ? "" : "\u{0}unused"
        }
        var years: [Int: Int] = [:]  // column index -> year
        var seen: Set<String> = []
        for (index, name) in names.enumerated() where name != "\u{0}unused" {
            let place = (file: file, column: columnLetter(index))
            if !seen.insert(name).inserted {
                errors.append(.sheetHeader(file: place.file, column: place.column, detail: "the column \"\(name)\" appears twice; keep one of them"))
            } else if let year = Int(name), name.count == 4 {
                if JSONFieldReader.years.contains(year) {
                    years[index] = year
                } else {
                    errors.append(.sheetHeader(file: place.file, column: place.column,
                                               detail: "\"\(name)\" is not a year the budget can use (\(JSONFieldReader.years.lowerBound) to \(JSONFieldReader.years.upperBound)); correct the heading"))
                }
            } else if !columns.contains(name) && name != recordColumn {
                let guess = closestMatch(to: name, among: columns).map { " Did you mean \"\($0)\"?" } ?? ""
                let shown = name.isEmpty ? "a column without a heading" : "unknown column \"\(header.fields[index].value)\""
                errors.append(.sheetHeader(file: place.file, column: place.column,
                                           detail: "\(shown).\(guess) The sheet's columns are \(columns.joined(separator: ", ")) and years such as \(budget.settings.period.start)"))
            }
        }
        guard let idColumn = names.firstIndex(of: "id") else {
            errors.append(.sheetHeader(file: file, column: "A", detail: "the sheet has no \"id\" column, so its rows cannot be matched to measures; export the sheet again with climate-budget export"))
            throw LoadFailure(errors: errors)
        }
        if !errors.isEmpty { throw LoadFailure(errors: errors) }

        let decimalComma = document.delimiter == ";"
        let recordIndex = names.firstIndex(of: recordColumn)
        let cellCount = (names.lastIndex { $0 != "\u{0}unused" } ?? 0) + 1
        var measures = budget.measures
        var indexByID: [Int: Int] = [:]
        for (index, measure) in measures.enumerated() where indexByID[measure.id] == nil { indexByID[measure.id] = index }
        var changed: [Measure] = [], added: [Measure] = []
        var conflicts: [Conflict] = [], newerInFiles: [NewerInFiles] = []
        var listed: Set<Int> = []
        for (rowIndex, record) in rows.enumerated() {
            let row = rowIndex + 2  // the header is row 1, as in Excel
            if record.fields.allSatisfy({ $0.value.trimmingWhitespace().isEmpty }) { continue }
            func value(_ index: Int) -> String {
                index < record.fields.count ? cellText(record.fields[index].value) : ""
            }
            func column(_ name: String) -> Int? { names.firstIndex(of: name) }
            func bad(_ index: Int, _ expected: String) {
                errors.append(.sheetCell(file: file, row: row, column: columnLetter(index), header: names[index],
                                         value: index < record.fields.count ? record.fields[index].value : "", expected: expected))
            }
            let extra = record.fields.indices.dropFirst(names.count).filter { !record.fields[$0].value.trimmingWhitespace().isEmpty }
            if let first = extra.first {
                errors.append(.sheetCell(file: file, row: row, column: columnLetter(first), header: "", value: record.fields[first].value,
                                         expected: "no cell here: the row has more cells than the sheet has columns"))
                continue
            }
            if record.fields.count < cellCount {
                errors.append(.sheetRow(file: file, row: row, column: columnLetter(record.fields.count), detail:
                    "the row ends here, but the sheet has \(cellCount) columns (A to \(columnLetter(cellCount - 1))): a cell is missing, so the "
                    + "row's values may be in the wrong columns. Check the row, give it one cell for every column (in a text editor, "
                    + "add the missing \"\(document.delimiter)\") and import the sheet again"))
                continue
            }
            guard let id = Int(value(idColumn)), id >= 0, id <= 9999 else {
                bad(idColumn, "the measure's number, such as 7")
                continue
            }
            guard listed.insert(id).inserted else {
                bad(idColumn, "each measure once; measure \(id) has a row above")
                continue
            }
            var exported: ExportRecord?
            if let index = recordIndex, !value(index).isEmpty {
                guard let decoded = ExportRecord(cell: value(index)) else {
                    bad(index, "the cell as 'export' wrote it: it records what the row held when it was exported and must not be edited. "
                        + "Undo the change, or empty the cell to import the row without checking for newer changes in the files")
                    continue
                }
                // A row whose id was changed, or copied for a new measure, has no record of its own.
                if decoded.id == id { exported = decoded }
            }
            let existing = indexByID[id]
            // A measure whose file was removed since the export is merged against its record, as if unchanged.
            let removed = existing == nil ? exported : nil
            var measure = existing.map { measures[$0] } ?? removed?.measure ?? Measure(
                id: id, title: "", kind: .enabling, responsibility: Responsibility(printed: "", implementers: [], reporter: nil))
            var merge = Merge(exported: exported, exportedAsRead: exported.map(asRead), take: take, measure: id, title: measure.title)
            var kindKnown = existing != nil || removed != nil

            if let index = column("kind") {
                if let kind = MeasureKind(rawValue: value(index)) {
                    measure.kind = merge.value(\.kind, files: measure.kind, sheet: kind) { .kind(old: $0, new: $1) }
                    kindKnown = true
                } else {
                    bad(index, "one of " + MeasureKind.allCases.map(\.rawValue).joined(separator: ", "))
                }
            }
            if let index = column("sector") {
                measure.sector = merge.value(\.sector, files: measure.sector, sheet: value(index).isEmpty ? nil : value(index)) { .sector(old: $0, new: $1) }
            }
            if let index = column("title") {
                if value(index).isEmpty {
                    bad(index, "the measure's title")
                } else {
                    measure.title = merge.value(\.title, files: measure.title, sheet: value(index)) { .title(old: $0, new: $1) }
                }
            }
            if let index = column("implementers") {
                measure.responsibility.implementers = merge.value(\.implementers, files: measure.responsibility.implementers,
                                                                  sheet: implementers(in: value(index))) { .implementers(old: $0, new: $1) }
            }
            if let index = column("reporter") {
                measure.responsibility.reporter = merge.value(\.reporter, files: measure.responsibility.reporter,
                                                              sheet: value(index).isEmpty ? nil : value(index)) { .reporter(old: $0, new: $1) }
            }
            for (index, year) in years.sorted(by: { $0.key < $1.key }) {
                let text = value(index)
                var tonnes: Double?
                if !text.isEmpty {
                    guard let number = NumberText.parse(text, decimalComma: decimalComma) else {
                        bad(index, decimalComma
                            ? "a number of tonnes such as 1500 or 1500,5 (a decimal comma, no point)"
                            : "a number of tonnes such as 1500 or 1500.5")
                        continue
                    }
                    guard abs(number) < JSONFieldReader.maximumTonnes else {
                        bad(index, "a number of tonnes below 1 000 000 000 000")
                        continue
                    }
                    tonnes = number
                }
                let kept = merge.effect(year, files: measure.effect[year], sheet: tonnes)
                if let tonnes, kept == tonnes, kept != measure.effect[year], kindKnown, measure.kind != .quantified {
                    bad(index, "an empty cell: measure \(id) is of kind \"\(measure.kind.rawValue)\", and only quantified measures have an effect")
                }
                measure.effect[year] = kept
            }
            if let before = existing.map({ budget.measures[$0].responsibility }),
               before.implementers != measure.responsibility.implementers || before.reporter != measure.responsibility.reporter {
                measure.responsibility.printed = printed(measure.responsibility)
            }
            conflicts += merge.conflicts
            newerInFiles += merge.newerInFiles
            if let removed {
                // Its file was removed since the export: the row comes back only where the sheet changed it and
                // the sheet is to win.
                if merge.sheetChanged {
                    conflicts.append(Conflict(measure: id, title: removed.title, inFiles: nil, inSheet: nil))
                    if take != .sheet { continue }
                } else {
                    newerInFiles.append(NewerInFiles(measure: id, title: removed.title, change: nil))
                    continue
                }
            }
            if existing == nil {
                if measure.title.isEmpty && column("title") == nil { bad(idColumn, "a title for the new measure \(id); add a title column") }
                if !kindKnown && column("kind") == nil { bad(idColumn, "a kind for the new measure \(id); add a kind column") }
                measure.responsibility.printed = printed(measure.responsibility)
                measure.file = budget.files.measures + "/" + MeasureFileWriter.fileName(for: measure)
                added.append(measure)
                measures.append(measure)
            } else if let index = existing, measures[index] != measure {
                changed.append(measure)
                measures[index] = measure
            }
        }
        // Every file to be written must load back as exactly the measure meant: never write what cannot be read.
        for measure in changed + added {
            var problems: [LoadError] = []
            let reread = (try? JSONValue.parse(Data(MeasureFileWriter.render(measure).utf8), file: measure.file))
                .flatMap { MeasureFile.read($0, file: measure.file, errors: &problems) }
            if reread != measure || !problems.isEmpty {
                errors.append(.invalidValue(file: file, measure: measure.id, field: "measure \(measure.id)", value: measure.title,
                                            expected: "values the measure file can hold: \(problems.map(\.message).joined(separator: "; "))"))
            }
        }
        if !errors.isEmpty { throw LoadFailure(errors: errors) }
        var after = budget
        after.measures = measures
        let notInSheet = budget.measures.map(\.id).filter { !listed.contains($0) }
        return Import(changed: changed, added: added, notInSheet: notInSheet, conflicts: conflicts, newerInFiles: newerInFiles,
                      hasExportRecords: recordIndex != nil, budget: after)
    }

    /// The "Ansvar" text for a responsibility changed through the sheet: "TT/ET", "ST", or "TFK/AtB (MLLT)".
    static func printed(_ responsibility: Responsibility) -> String {
        let implementers = responsibility.implementers.joined(separator: "/")
        guard let reporter = responsibility.reporter, responsibility.implementers != [reporter] else { return implementers }
        return implementers.isEmpty ? reporter : "\(implementers) (\(reporter))"
    }

    /// The spreadsheet column letter of a column index: 0 → A, 25 → Z, 26 → AA.
    public static func columnLetter(_ index: Int) -> String {
        var letters = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    /// Text that spreadsheets would read as a formula (starting with =, +, - or @) is written with a leading
    /// apostrophe, which Excel hides; import takes it off again.
    static func guarded(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first) else { return text }
        return "'" + text
    }

    static func unguarded(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.dropFirst().first, "=+-@".contains(second) else { return text }
        return String(text.dropFirst())
    }
}

extension MeasureSheet {
    /// The formats the sheet is written in; `export --format` offers exactly these.
    public enum Format: String, CaseIterable, Sendable {
        /// Comma-separated values (or, with the Excel style, semicolon-separated), as ``export(_:style:)`` writes.
        case csv
    }
}
