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

    static func number(_ value: Double, style: Style) -> String {
        let text = plainNumber(value, decimals: 6)
        return style.decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func implementersCell(_ implementers: [String]) -> String {
        implementers.joined(separator: "; ")
    }

    /// The implementers in a cell: separated by ";" or ",".
    static func implementers(in cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == ";" || $0 == "," }).map { String($0).trimmingWhitespace() }.filter {
            !$0.isEmpty
        }
    }

    /// A cell's text as import reads it: trimmed, and without the apostrophe that guards a formula.
    static func cellText(_ raw: String) -> String {
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
        /// Where each measure's row and each column stand in the sheet, to name the cells of problems found after
        /// the import.
        public var places: SheetPlaces
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
    public static func read(_ text: String, file: String, budget: Budget, take: Side? = nil) throws(LoadFailure)
        -> Import
    {
        let document: CSVDocument
        do {
            document = try CSV.parse(text)
        } catch {
            throw LoadFailure(errors: [
                .malformedCSV(file: file, line: error.line, column: error.column, detail: error.description)
            ])
        }
        let source = SheetSource(
            file: file, sheet: "", decimalComma: document.delimiter == ";", delimiter: document.delimiter)
        // The header is row 1, as in Excel.
        let rows = document.records.enumerated().map { ImportRow($1, number: $0 + 1) }
        return try read(rows, source: source, budget: budget, take: take)
    }

    /// Reads a sheet's rows, from a CSV file or a worksheet, against a budget: the one way both are read.
    static func read(_ rows: [ImportRow], source: SheetSource, budget: Budget, take: Side?) throws(LoadFailure)
        -> Import
    {
        let header = try SheetHeader(rows, source: source, budget: budget)
        var reader = SheetRowReader(header: header, budget: budget, take: take)
        for row in rows.dropFirst() { reader.read(row) }
        let places = SheetPlaces(file: source.file, sheet: source.sheet, names: header.names, rows: reader.rows)
        let errors = reader.errors + verify(reader.changed + reader.added, places: places)
        if !errors.isEmpty { throw LoadFailure(errors: errors) }
        var after = budget
        after.measures = reader.measures
        let notInSheet = budget.measures.map(\.id).filter { !reader.listed.contains($0) }
        return Import(
            changed: reader.changed, added: reader.added, notInSheet: notInSheet, conflicts: reader.conflicts,
            newerInFiles: reader.newerInFiles, hasExportRecords: header.recordIndex != nil, budget: after,
            places: places)
    }

    /// The verify step: every file to be written must load back as exactly the measure meant, so that nothing is
    /// written that cannot be read. A problem is named at the sheet's cell its value came from.
    static func verify(_ measures: [Measure], places: SheetPlaces) -> [LoadError] {
        var errors: [LoadError] = []
        for measure in measures {
            var problems: [LoadError] = []
            let reread = (try? JSONValue.parse(Data(MeasureFileWriter.render(measure).utf8), file: measure.file))
                .flatMap { MeasureFile.read($0, file: measure.file, errors: &problems) }
            if reread != measure || !problems.isEmpty {
                let field = problems.lazy.compactMap(\.field).compactMap(SheetPlaces.column(forField:)).first
                let cell = places.cell(measure: measure.id, column: field ?? "id")
                let detail = problems.map(\.message).joined(separator: "; ")
                errors.append(
                    .sheetRow(
                        file: places.file, sheet: places.sheet, row: cell?.row ?? 0, column: cell?.column ?? "A",
                        detail:
                            "(\(field ?? "id")) measure \(measure.id): the measure file could not hold these values: \(detail); correct the cell in the sheet and import it again"
                    ))
            }
        }
        return errors
    }

    /// The "Ansvar" text for a responsibility changed through the sheet: "TT/ET", "ST", or "TFK/AtB (MLLT)".
    static func printed(_ responsibility: Responsibility) -> String {
        let implementers = responsibility.implementers.joined(separator: "/")
        guard let reporter = responsibility.reporter, responsibility.implementers != [reporter] else {
            return implementers
        }
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
        /// An xlsx workbook, as ``workbook(_:file:)`` writes.
        case xlsx
    }
}
