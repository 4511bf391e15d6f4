/// A problem reading an xlsx workbook: the zip it is, the XML in it, or the workbook the XML describes.
///
/// Every case names the file as the user gave it, and where it can the zip entry (the part, such as
/// `xl/worksheets/sheet1.xml`), the line and column in the XML, or the sheet and cell as Excel shows them.
/// ``description`` says what is wrong and what to do.
package enum XlsxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file cannot be opened or read at all (it does not exist, or permissions forbid it).
    case unreadable(file: String, reason: String)
    /// The file is not a zip archive, so it is no xlsx workbook (perhaps an old `.xls`, or CSV with the wrong name).
    case notAZip(file: String)
    /// The file starts as a zip archive but was cut short: the end of it is missing.
    case truncated(file: String, detail: String)
    /// The zip's central directory (its table of contents) is damaged or uses something we do not read.
    case damagedZip(file: String, detail: String)
    /// One entry of the zip cannot be read: damaged data, a wrong checksum, an unsupported compression.
    case damagedEntry(file: String, entry: String, detail: String)
    /// A part the workbook needs is not in the zip.
    case missingPart(file: String, part: String)
    /// A part's XML is not well-formed, at a line and column (both from 1, columns in characters).
    case malformedXML(file: String, part: String, line: Int, column: Int, detail: String)
    /// A part is well-formed XML but not what the workbook's structure requires there.
    case badPart(file: String, part: String, detail: String)
    /// No sheet has the name asked for.
    case noSuchSheet(file: String, sheet: String, sheets: [String])
    /// The sheet is a chart sheet or another kind without cells.
    case notAWorksheet(file: String, sheet: String)
    /// A row of a worksheet is wrong as a whole (its number is out of order or out of range).
    case badRow(file: String, sheet: String, row: Int, detail: String)
    /// A cell of a worksheet cannot be read, at its reference as Excel shows it (such as `C7`).
    case badCell(file: String, sheet: String, cell: String, detail: String)
    /// A workbook to be written does not fit a zip archive without zip64 (4 GB); nothing is written.
    case tooLarge(file: String, detail: String)

    /// The file the problem is in, as the user named it.
    package var file: String {
        switch self {
        case .unreadable(let file, _), .notAZip(let file), .truncated(let file, _), .damagedZip(let file, _),
            .damagedEntry(let file, _, _), .missingPart(let file, _), .malformedXML(let file, _, _, _, _),
            .badPart(let file, _, _), .noSuchSheet(let file, _, _), .notAWorksheet(let file, _),
            .badRow(let file, _, _, _), .badCell(let file, _, _, _), .tooLarge(let file, _):
            file
        }
    }

    /// One line: the file, the place, what is wrong and what to do.
    package var description: String {
        let damaged = "the file is damaged; download or save it again"
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot be read (\(reason)); check the path and that the file is readable"
        case .notAZip(let file):
            return
                "\(file): not an xlsx workbook (an xlsx file is a zip archive, and this is none); save it from Excel as \"Excel Workbook (.xlsx)\", or as CSV"
        case .truncated(let file, let detail):
            return "\(file): the file is cut short (\(detail)); download or save it again"
        case .damagedZip(let file, let detail):
            return "\(file): the zip archive is damaged (\(detail)); download or save it again"
        case .damagedEntry(let file, let entry, let detail):
            return "\(file), entry \(entry): \(detail); \(damaged)"
        case .missingPart(let file, let part):
            return
                "\(file): the workbook has no part \(part); the file is not a complete xlsx workbook: save it from Excel again"
        case .malformedXML(let file, let part, let line, let column, let detail):
            return "\(file), \(part), line \(line), column \(column): malformed XML: \(detail); \(damaged)"
        case .badPart(let file, let part, let detail):
            return "\(file), \(part): \(detail); save the workbook from Excel again"
        case .noSuchSheet(let file, let sheet, let sheets):
            let names = sheets.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(file): no sheet is named \"\(sheet)\"; the workbook's sheets are \(names)"
        case .notAWorksheet(let file, let sheet):
            return "\(file): sheet \"\(sheet)\" is a chart or dialog sheet without cells; choose a worksheet"
        case .badRow(let file, let sheet, let row, let detail):
            return "\(file), sheet \"\(sheet)\", row \(row): \(detail); save the workbook from Excel again"
        case .badCell(let file, let sheet, let cell, let detail):
            return "\(file), sheet \"\(sheet)\", cell \(cell): \(detail); save the workbook from Excel again"
        case .tooLarge(let file, let detail):
            return
                "\(file): cannot be written: \(detail), more than an xlsx file without zip64 can hold (4 GB); nothing was written"
        }
    }
}
