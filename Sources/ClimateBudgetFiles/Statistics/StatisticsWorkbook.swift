import ClimateBudget
import Foundation

/// A workbook as the emission statistics reader sees it: sheets by name, each delivered row by row.
///
/// This is the seam between the file formats and the reader: a CSV file saved from Excel is a workbook of
/// one sheet (``CSVWorkbook``); an xlsx file is read by the xlsx reader, which streams each sheet's rows, so
/// a national file of half a million rows is never held whole.
package protocol StatisticsWorkbook {
    /// The names of the sheets, in the workbook's order; a CSV file's one sheet is named "".
    var sheetNames: [String] { get }
    /// How numbers written as text are read (numbers stored as numbers need no rule).
    var textNumbers: TextNumbers { get }
    /// Calls `visit` with each row of the sheet, in order; rows that hold no cell may be left out.
    func rows(ofSheet name: String, _ visit: (SheetRow) -> Void) throws(LoadError)
}

/// How a workbook writes numbers as text.
package enum TextNumbers: Sendable, Equatable {
    /// A decimal comma, as Norwegian Excel saves a CSV file with semicolons: "17,7"; a point is refused,
    /// since "1.900" may mean 1 900 or 1.9.
    case decimalComma
    /// Either decimal mark, as a comma-separated CSV file (where a decimal comma is quoted) or text cells in
    /// an xlsx file may have it: "17,7" and "17.7" are both 17.7.
    case either

    /// The number in a text, by this rule; `nil` when it is none.
    package func parse(_ text: String) -> Double? {
        if let number = Self.plainASCII(text, decimalComma: self == .decimalComma) { return number }
        switch self {
        case .decimalComma:
            return NumberText.parse(text, decimalComma: true)
        case .either:
            let hasComma = text.contains(",")
            let hasPoint = text.contains(".")
            if hasComma && hasPoint { return nil }
            return NumberText.parse(text, decimalComma: hasComma)
        }
    }
}

extension TextNumbers {
    /// The number in the common case, fast: ASCII digits with an optional leading minus and one decimal mark
    /// (a comma, or with `decimalComma` false also a point); `nil` for anything else, which the full rules read.
    static func plainASCII(_ text: String, decimalComma: Bool) -> Double? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var marks = 0
        var digits = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                bytes.append(byte)
            case UInt8(ascii: ","):
                marks += 1
                bytes.append(UInt8(ascii: "."))
            case UInt8(ascii: ".") where !decimalComma:
                marks += 1
                bytes.append(byte)
            case UInt8(ascii: "-") where index == 0:
                bytes.append(byte)
            default:
                return nil
            }
        }
        guard digits > 0, marks <= 1, let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite
        else { return nil }
        return value
    }
}

/// A CSV file saved from a spreadsheet, as a workbook of one sheet: comma or semicolon, with or without a byte
/// order mark, LF or CRLF, quoted cells that hold line breaks. Rows are numbered as a spreadsheet shows them,
/// counting a line break inside a quoted cell as part of its row.
package struct CSVWorkbook: StatisticsWorkbook {
    /// The parsed text.
    package let document: CSVDocument

    /// Reads the CSV text.
    package init(text: String, file: String) throws(LoadError) {
        do throws(CSVError) {
            document = try CSV.parse(text)
        } catch {
            throw .malformedCSV(file: file, line: error.line, column: error.column, detail: error.description)
        }
    }

    package var sheetNames: [String] { [""] }

    package var textNumbers: TextNumbers {
        document.delimiter == ";" ? .decimalComma : .either
    }

    package func rows(ofSheet name: String, _ visit: (SheetRow) -> Void) throws(LoadError) {
        // The spreadsheet's row of a record: its first line, less the line breaks inside quoted cells before it.
        var breaksBefore = 0
        for record in document.records {
            let cells = record.fields.enumerated().compactMap { index, field -> SheetCell? in
                field.value.isEmpty ? nil : SheetCell(column: index + 1, value: .text(field.value))
            }
            visit(SheetRow(number: record.line - breaksBefore, cells: cells))
            if let last = record.fields.last {
                breaksBefore += last.line - record.line + Self.lineBreaks(in: last.value)
            }
        }
    }

    /// The line breaks in a text, a CRLF counted once.
    private static func lineBreaks(in text: String) -> Int {
        var count = 0
        var afterReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                count += 1
            } else if scalar == "\n" && !afterReturn {
                count += 1
            }
            afterReturn = scalar == "\r"
        }
        return count
    }
}

/// An xlsx workbook as the statistics reader sees it: the xlsx reader streams each sheet's rows.
package struct XlsxStatisticsWorkbook: StatisticsWorkbook {
    /// The workbook, its structure and shared strings read.
    package let workbook: XlsxWorkbook

    package var sheetNames: [String] { workbook.sheetNames }

    /// Numbers are stored as numbers; a figure typed as text may have either decimal mark.
    package var textNumbers: TextNumbers { .either }

    package func rows(ofSheet name: String, _ visit: (SheetRow) -> Void) throws(LoadError) {
        do throws(XlsxError) {
            try workbook.rows(ofSheet: name, visit)
        } catch {
            throw Self.loadError(error)
        }
    }

    /// A problem of the xlsx reader as a load problem: a file that cannot be opened is unreadable, any other the
    /// workbook's, with the xlsx reader's words.
    static func loadError(_ error: XlsxError) -> LoadError {
        if case .unreadable(let file, let reason) = error { return .unreadableFile(file: file, reason: reason) }
        return .statisticsWorkbook(file: error.file, detail: error.detailWithoutFile)
    }
}

extension EmissionStatistics {
    /// Opens a statistics file by its extension: `.csv` (and `.txt`) through the CSV reader, `.xlsx` through
    /// the xlsx reader.
    package static func workbook(at url: URL, shownAs file: String) throws(LoadError) -> any StatisticsWorkbook {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .unreadableFile(file: file, reason: "file not found")
        }
        if isDirectory.boolValue {
            throw .statisticsWorkbook(
                file: file, detail: "a folder, not a file of emission statistics; give the downloaded .xlsx file")
        }
        let extensionName = url.pathExtension.lowercased()
        switch extensionName {
        case "csv", "txt":
            let data: Data
            switch FileDecoding.bytes(url, file: file) {
            case .success(let bytes): data = bytes
            case .failure(let error): throw error
            }
            guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(file: file) }
            return try CSVWorkbook(text: text, file: file)
        case "xlsx", "xlsm":
            do throws(XlsxError) {
                return XlsxStatisticsWorkbook(workbook: try XlsxWorkbook(url: url, shownAs: file))
            } catch {
                throw XlsxStatisticsWorkbook.loadError(error)
            }
        default:
            throw .statisticsWorkbook(
                file: file,
                detail:
                    "not a file of emission statistics by its name: give the .xlsx file Miljødirektoratet publishes, or a sheet of it saved as .csv"
            )
        }
    }
}
