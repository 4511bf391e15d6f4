/// A problem reading a budget's files: which file, where in it, what is wrong and what to do.
///
/// The loader collects every such problem in one pass, so the environment unit can fix them all at once.
/// Each kind has a stable ``code`` for machine-readable output.
public enum LoadError: Error, Equatable, CustomStringConvertible {
    /// The folder given as the budget holds neither `Data/` nor `Measures/` (and its parent is no budget folder either).
    case notABudgetFolder(path: String)
    /// The folder given as the budget does not exist.
    case noSuchFolder(path: String)
    /// The folder given as the budget is no budget folder, but the folder above it is, as when the command runs
    /// in a budget's `Data/`; `parent` is that folder as the user would name it (see ``BudgetLoader``).
    case insideBudgetFolder(path: String, parent: String)
    /// `Data/` or `Measures/` does not exist in the budget folder.
    case missingFolder(path: String)
    /// `Measures/` holds no measure files.
    case emptyFolder(path: String)
    /// A folder where only measure files belong, such as `Measures/arkiv/`.
    case unexpectedFolder(path: String)
    /// A required data file does not exist.
    case missingFile(file: String)
    /// A file exists but could not be read.
    case unreadableFile(file: String, reason: String)
    /// A file holds nothing at all.
    case emptyFile(file: String)
    /// A file in `Measures/` is not a JSON file, or a `.json` file is not UTF-8 text.
    case notJSON(file: String)
    /// A JSON file has a syntax error at a line and column (both counted from 1).
    case malformedJSON(file: String, line: Int, column: Int, detail: String)
    /// A JSON object names the same field twice; the parser would keep only one of them.
    case duplicateKey(file: String, line: Int, column: Int, key: String)
    /// A field holds a value of the wrong type, such as text where tonnes are expected.
    case wrongType(file: String, measure: Int?, field: String, expected: String, found: String)
    /// A required field is absent.
    case missingField(file: String, measure: Int?, field: String, expected: String)
    /// A field has the right type but a value that is not allowed, such as an unknown measure kind.
    case invalidValue(file: String, measure: Int?, field: String, value: String, expected: String)
    /// A CSV file has a structural error (an unclosed quote, a row with too many cells).
    case malformedCSV(file: String, line: Int, column: Int, detail: String)
    /// A spreadsheet's heading is wrong, at a column letter as Excel shows it, in the heading row (row 1 unless
    /// rows above it are empty); `sheet` names the workbook's sheet ("" for a CSV file, which has one).
    case sheetHeader(file: String, sheet: String = "", row: Int = 1, column: String, detail: String)
    /// A spreadsheet cell cannot be read, at its row and column letter as Excel shows them.
    case sheetCell(
        file: String, sheet: String = "", row: Int, column: String, header: String, value: String, expected: String)
    /// A spreadsheet row is wrong as a whole (it has too few cells), at the column letter where it goes wrong.
    case sheetRow(file: String, sheet: String = "", row: Int, column: String, detail: String)
    /// An imported workbook cannot be read: not an xlsx file, damaged, or without a worksheet.
    case sheetWorkbook(file: String, detail: String)
    /// A file is not UTF-8 text.
    case notUTF8(file: String)
    /// A CSV cell cannot be read as what its column holds.
    case invalidCell(file: String, line: Int, column: Int, header: String, value: String, expected: String)
    /// A workbook of emission statistics has no sheet `Oversikt - detaljert` (and more than one sheet).
    case statisticsSheetMissing(file: String, sheets: [String])
    /// The heading row of the statistics lacks a column its layout needs (`column` is the heading), at the
    /// heading row; `found` are the headings it has.
    case statisticsColumnMissing(file: String, sheet: String, row: Int, column: String, found: [String])
    /// A cell of the statistics cannot be read as what its column holds, at its sheet, row and column letter.
    case statisticsCell(
        file: String, sheet: String, row: Int, column: String, header: String, value: String, expected: String)
    /// A sector the emission statistics do not have, with the nearest known name.
    case statisticsUnknownSector(
        file: String, sheet: String, row: Int, column: String, value: String, suggestion: String?)
    /// A row of the statistics repeats an earlier one (`first`): the same municipality, year, sector, source and gas.
    case statisticsDuplicateRow(file: String, sheet: String, row: Int, column: String, first: Int, what: String)
    /// A municipality's sector lacks years the file has (the file's years, at the year column).
    case statisticsMissingYears(
        file: String, sheet: String, column: String, municipality: String, sector: String, years: [Int])
    /// The municipality asked for is not in the file, at the column (or the `Info` cell) that names municipalities.
    case statisticsMunicipalityNotFound(
        file: String, sheet: String, row: Int?, column: String, given: String, suggestion: String?,
        inFile: [String], count: Int)
    /// The file holds several municipalities and none was chosen (`given` nil), a name given matches several
    /// (`candidates`), or the file does not say whose emissions it holds and no name was given (no candidates).
    case statisticsMunicipalityNeeded(file: String, given: String?, candidates: [String])
    /// The statistics' sheet has a heading row but no rows of figures.
    case statisticsNoRows(file: String, sheet: String, row: Int)
    /// A workbook of statistics cannot be read as xlsx (not a zip, damaged, malformed XML), in the xlsx reader's words.
    case statisticsWorkbook(file: String, detail: String)

    /// A stable code for the kind of problem, such as "malformed-json", for CI and JSON output.
    public var code: String {
        switch self {
        case .notABudgetFolder: "not-a-budget-folder"
        case .noSuchFolder: "no-such-folder"
        case .insideBudgetFolder: "inside-budget-folder"
        case .missingFolder: "missing-folder"
        case .emptyFolder: "empty-folder"
        case .unexpectedFolder: "unexpected-folder"
        case .missingFile: "missing-file"
        case .unreadableFile: "unreadable-file"
        case .emptyFile: "empty-file"
        case .notJSON: "not-json"
        case .malformedJSON: "malformed-json"
        case .duplicateKey: "duplicate-key"
        case .wrongType: "wrong-type"
        case .missingField: "missing-field"
        case .invalidValue: "invalid-value"
        case .malformedCSV: "malformed-csv"
        case .invalidCell: "invalid-cell"
        case .sheetHeader: "sheet-header"
        case .sheetCell: "sheet-cell"
        case .sheetRow: "sheet-row"
        case .sheetWorkbook: "sheet-workbook"
        case .notUTF8: "not-utf8"
        case .statisticsSheetMissing: "statistics-sheet-missing"
        case .statisticsColumnMissing: "statistics-column-missing"
        case .statisticsCell: "statistics-cell"
        case .statisticsUnknownSector: "statistics-unknown-sector"
        case .statisticsDuplicateRow: "statistics-duplicate-row"
        case .statisticsMissingYears: "statistics-missing-year"
        case .statisticsMunicipalityNotFound: "statistics-municipality-not-found"
        case .statisticsMunicipalityNeeded: "statistics-municipality-needed"
        case .statisticsNoRows: "statistics-no-rows"
        case .statisticsWorkbook: "statistics-workbook"
        }
    }

    /// The field of a JSON file the problem is at ("effect.2024"), where it is at one.
    public var field: String? {
        switch self {
        case .wrongType(_, _, let field, _, _), .missingField(_, _, let field, _), .invalidValue(_, _, let field, _, _):
            field
        default: nil
        }
    }

    /// The file or folder the problem is in, as the loader was asked to show paths.
    public var file: String {
        switch self {
        case .notABudgetFolder(let path), .noSuchFolder(let path), .insideBudgetFolder(let path, _),
            .missingFolder(let path), .emptyFolder(let path), .unexpectedFolder(let path):
            path
        case .missingFile(let file), .unreadableFile(let file, _), .emptyFile(let file), .notJSON(let file),
            .malformedJSON(let file, _, _, _), .duplicateKey(let file, _, _, _), .wrongType(let file, _, _, _, _),
            .missingField(let file, _, _, _), .invalidValue(let file, _, _, _, _),
            .malformedCSV(let file, _, _, _), .invalidCell(let file, _, _, _, _, _),
            .sheetHeader(let file, _, _, _, _), .sheetCell(let file, _, _, _, _, _, _), .sheetRow(let file, _, _, _, _),
            .sheetWorkbook(let file, _),
            .notUTF8(let file), .statisticsSheetMissing(let file, _), .statisticsColumnMissing(let file, _, _, _, _),
            .statisticsCell(let file, _, _, _, _, _, _), .statisticsUnknownSector(let file, _, _, _, _, _),
            .statisticsDuplicateRow(let file, _, _, _, _, _), .statisticsMissingYears(let file, _, _, _, _, _),
            .statisticsMunicipalityNotFound(let file, _, _, _, _, _, _, _),
            .statisticsMunicipalityNeeded(let file, _, _),
            .statisticsNoRows(let file, _, _), .statisticsWorkbook(let file, _):
            file
        }
    }

    /// The measure concerned, when the problem is inside a measure file whose id could be read.
    public var measure: Int? {
        switch self {
        case .wrongType(_, let measure, _, _, _), .missingField(_, let measure, _, _),
            .invalidValue(_, let measure, _, _, _):
            measure
        default: nil
        }
    }

    /// Where in the file the problem is: a line and column, a JSON field, or the file as a whole.
    private enum Place {
        case position(line: Int, column: Int)
        case cell(row: Int?, column: String)
        /// A sheet of a workbook ("" for a CSV file, which has one), and a row and a column letter where known.
        case sheet(String, row: Int?, column: String?)
        /// A cell of an imported workbook's sheet: `sheet "Tiltak", cell F7 (row 7, column F)`.
        case workbookCell(String, row: Int, column: String)
        case field(String)
        case wholeFile
    }

    private var place: Place {
        switch self {
        case .malformedJSON(_, let line, let column, _), .duplicateKey(_, let line, let column, _),
            .malformedCSV(_, let line, let column, _), .invalidCell(_, let line, let column, _, _, _):
            .position(line: line, column: column)
        case .wrongType(_, _, let field, _, _), .missingField(_, _, let field, _), .invalidValue(_, _, let field, _, _):
            .field(field)
        case .sheetHeader(_, let sheet, let row, let column, _), .sheetCell(_, let sheet, let row, let column, _, _, _),
            .sheetRow(_, let sheet, let row, let column, _):
            sheet.isEmpty ? .cell(row: row, column: column) : .workbookCell(sheet, row: row, column: column)
        case .statisticsColumnMissing(_, let sheet, let row, _, _), .statisticsNoRows(_, let sheet, let row):
            .sheet(sheet, row: row, column: nil)
        case .statisticsCell(_, let sheet, let row, let column, _, _, _),
            .statisticsUnknownSector(_, let sheet, let row, let column, _, _),
            .statisticsDuplicateRow(_, let sheet, let row, let column, _, _):
            .sheet(sheet, row: row, column: column)
        case .statisticsMissingYears(_, let sheet, let column, _, _, _):
            .sheet(sheet, row: nil, column: column)
        case .statisticsMunicipalityNotFound(_, let sheet, let row, let column, _, _, _, _):
            .sheet(sheet, row: row, column: column)
        default:
            .wholeFile
        }
    }

    /// What is wrong and what to do, without the file and the place.
    public var message: String {
        switch self {
        case .notABudgetFolder:
            "not a budget folder (it needs Data/ and Measures/); check the path, or run the command in a budget folder"
        case .noSuchFolder:
            "the folder does not exist; check the path"
        case .insideBudgetFolder(_, let parent):
            "not a budget folder, but the folder above it is one (\(parent)); use that folder instead"
        case .missingFolder:
            "folder not found; a budget folder holds both Data/ and Measures/, so create it or restore it"
        case .emptyFolder:
            "the folder holds no measure files; add one JSON file per measure, named like 01-short-title.json"
        case .unexpectedFolder:
            "a folder inside Measures/; measure files must lie directly in Measures/, so move this folder out of it"
        case .missingFile:
            "file not found; every budget needs it (see the README's section on files)"
        case .unreadableFile(_, let reason):
            "cannot be read (\(reason)); check that the file exists and that you may read it"
        case .emptyFile:
            "the file is empty; write its contents (see the README's section on files) or delete it"
        case .notJSON:
            "not a JSON text file; measure files are UTF-8 text ending in .json, so move this file out of the folder or save it as JSON (UTF-8)"
        case .malformedJSON(_, _, _, let detail):
            "the JSON is malformed (\(detail)); look for a missing comma, quote or bracket at or just before this place"
        case .duplicateKey(_, _, _, let key):
            "the field \"\(key)\" appears twice in the same object, and only one would be kept; remove or merge one of them"
        case .wrongType(_, _, _, let expected, let found):
            "expected \(expected), found \(found)"
        case .missingField(_, _, _, let expected):
            "missing; add \(expected)"
        case .invalidValue(_, _, _, let value, let expected):
            "\"\(value)\" is not allowed; expected \(expected)"
        case .malformedCSV(_, _, _, let detail):
            detail
        case .invalidCell(_, _, _, let header, let value, let expected):
            "column \"\(header)\": expected \(expected), found \"\(value)\"; correct the cell, or leave it empty where there is no figure"
        case .sheetHeader(_, _, _, _, let detail), .sheetRow(_, _, _, _, let detail), .sheetWorkbook(_, let detail):
            detail
        case .sheetCell(_, _, _, _, let header, let value, let expected):
            (header.isEmpty ? "" : "(\(header)) ")
                + "expected \(expected), found \"\(value)\"; correct the cell in the sheet and import it again"
        case .notUTF8:
            "is not UTF-8 text, so letters such as æ, ø and å would be lost; save it as UTF-8 (in Excel: \"CSV UTF-8\")"
        default:
            statisticsMessage
        }
    }

    /// The place in the file and the message, without the file: "line 4, column 3: ..." or "effect.2024: ...".
    ///
    /// Machine-readable output carries the file in a field of its own and this as the message.
    public var placeAndMessage: String {
        switch place {
        case .position(let line, let column): "line \(line), column \(column): \(message)"
        case .cell(let row, let column): "row \(row.map(String.init) ?? "?"), column \(column): \(message)"
        case .sheet(let sheet, let row, let column): "\(Self.sheetPlace(sheet, row: row, column: column)): \(message)"
        case .workbookCell(let sheet, let row, let column):
            "\(Self.cellPlace(sheet, row: row, column: column)): \(message)"
        case .field(let field): "\(field): \(message)"
        case .wholeFile: message
        }
    }

    /// One line: the file, the place in it, what is wrong and what to do.
    public var description: String {
        switch place {
        case .position(let line, let column): "\(file):\(line):\(column): \(message)"
        case .cell(let row, let column): "\(file): row \(row.map(String.init) ?? "?"), column \(column): \(message)"
        case .sheet(let sheet, let row, let column):
            "\(file): \(Self.sheetPlace(sheet, row: row, column: column)): \(message)"
        case .workbookCell(let sheet, let row, let column):
            "\(file), \(Self.cellPlace(sheet, row: row, column: column)): \(message)"
        case .field(let field): "\(file): \(field): \(message)"
        case .wholeFile: "\(file): \(message)"
        }
    }

    /// A cell of a workbook as a spreadsheet user finds it, by its reference and by its row and column as the
    /// spreadsheet's margins show them: `sheet "Tiltak", cell F7 (row 7, column F)`.
    private static func cellPlace(_ sheet: String, row: Int, column: String) -> String {
        "sheet \"\(sheet)\", cell \(column)\(row) (row \(row), column \(column))"
    }

    /// A place in a workbook as a spreadsheet user finds it: `sheet "Oversikt - detaljert", row 5, column E`
    /// (a CSV file has no sheet name).
    private static func sheetPlace(_ sheet: String, row: Int?, column: String?) -> String {
        var parts: [String] = []
        if !sheet.isEmpty { parts.append("sheet \"\(sheet)\"") }
        if let row { parts.append("row \(row)") }
        if let column { parts.append("column \(column)") }
        return parts.joined(separator: ", ")
    }
}

/// Every problem found while loading a budget; thrown when there is at least one.
public struct LoadFailure: Error, Equatable, CustomStringConvertible {
    /// The problems, in the order the files were read.
    public var errors: [LoadError]

    /// Creates a failure from its problems.
    public init(errors: [LoadError]) {
        self.errors = errors
    }

    /// Whether the failure means "this is not a budget folder I can read" (exit code 2): the folder does
    /// not exist, or a file cannot be read. Problems inside a budget's files mean exit code 1.
    public var isInputOutput: Bool {
        errors.contains { error in
            switch error {
            case .unreadableFile, .notABudgetFolder, .noSuchFolder, .insideBudgetFolder: true
            default: false
            }
        }
    }

    /// One line per problem.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
