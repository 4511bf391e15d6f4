import ClimateBudget
import Foundation

/// Hands out a worksheet's rows one at a time, reading its XML as it goes (see ``XlsxWorkbook``). It owns the
/// open zip entry and the XML reader's buffer, so it cannot be copied.
package struct XlsxRowReader: ~Copyable {
    private var xml: XMLReader<ZipEntryReader>
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>
    private let file: String
    private let sheet: String
    /// The number of the last row read, for rows without a reference and for checking the order.
    private var lastRow = 0
    private var inSheetData = false
    /// The row being read and its cells.
    private var row = 0
    private var cells: [SheetCell] = []
    /// A cell's value or inline string as bytes, reused from cell to cell.
    private var scratch: [UInt8] = []

    /// The largest row and column numbers a worksheet can have (1,048,576 rows, columns up to XFD).
    package static let maximumRow = 1_048_576
    package static let maximumColumn = 16_384

    init(
        xml: consuming XMLReader<ZipEntryReader>, sharedStrings: [String], dateStyles: Set<Int>, file: String,
        sheet: String
    ) {
        self.xml = xml
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.file = file
        self.sheet = sheet
    }

    /// The next row that has cells, or nil at the end of the sheet (after the zip entry's checksum was checked).
    package mutating func next() throws(XlsxError) -> SheetRow? {
        while true {
            switch try xml.next() {
            case .endOfDocument:
                return nil
            case .start:
                if xml.isNamed("sheetData") {
                    inSheetData = true
                } else if inSheetData && xml.isNamed("row") {
                    try readRow()
                    if !cells.isEmpty {
                        let cells = self.cells
                        // The next row most likely has as many cells: room for them, allocated once.
                        self.cells = []
                        self.cells.reserveCapacity(cells.count)
                        return SheetRow(number: row, cells: cells)
                    }
                } else if inSheetData {
                    try xml.skipElement()
                }
            case .end:
                if xml.isNamed("sheetData") { inSheetData = false }
            case .text:
                continue
            }
        }
    }

    /// Reads a row after its start tag, up to its end, into `row` and `cells`.
    private mutating func readRow() throws(XlsxError) {
        if let number = xml.withAttributeBytes("r", Self.integer) {
            guard let number, number >= 1, number <= Self.maximumRow else {
                throw XlsxError.badRow(
                    file: file, sheet: sheet, row: lastRow + 1,
                    detail:
                        "the row's number \"\(xml.attribute("r") ?? "")\" is not a row number (1 to \(Self.maximumRow))"
                )
            }
            guard number > lastRow else {
                throw XlsxError.badRow(
                    file: file, sheet: sheet, row: number,
                    detail: number == lastRow
                        ? "the row appears twice" : "the row comes after row \(lastRow), out of order")
            }
            row = number
        } else {
            row = lastRow + 1
        }
        lastRow = row
        let depth = xml.depth
        var column = 0
        while true {
            switch try xml.next() {
            case .start:
                if xml.isNamed("c") {
                    column = try readCell(after: column)
                } else {
                    try xml.skipElement()
                }
            case .end:
                if xml.depth < depth { return }
            case .text, .endOfDocument:
                continue
            }
        }
    }

    /// Reads a cell after its start tag, up to its end, adding it to `cells` if it holds a value; returns its column.
    private mutating func readCell(after previous: Int) throws(XlsxError) -> Int {
        let column: Int
        if let reference = xml.withAttributeBytes("r", Self.cellReference) {
            guard let (letters, number) = reference, number == row else {
                throw XlsxError.badCell(
                    file: file, sheet: sheet, cell: xml.attribute("r") ?? "",
                    detail: "the cell's reference is not a cell of row \(row)")
            }
            guard letters > previous else {
                throw XlsxError.badCell(
                    file: file, sheet: sheet, cell: xml.attribute("r") ?? "",
                    detail: letters == previous
                        ? "the cell appears twice"
                        : "the cell comes after cell \(sheetColumnLetters(previous))\(row), out of order")
            }
            column = letters
        } else {
            column = previous + 1
            guard column <= Self.maximumColumn else {
                throw XlsxError.badRow(
                    file: file, sheet: sheet, row: row, detail: "the row has more than \(Self.maximumColumn) cells")
            }
        }
        let type = xml.withAttributeBytes("t", CellType.init) ?? .number
        let isDate =
            !dateStyles.isEmpty
            && (xml.withAttributeBytes("s", Self.integer).flatMap { $0 }).map(dateStyles.contains) == true
        let depth = xml.depth
        var hasValue = false
        var inline: String?
        while true {
            switch try xml.next() {
            case .start:
                if xml.isNamed("v") {
                    scratch.removeAll(keepingCapacity: true)
                    try xml.appendElementText(to: &scratch)
                    hasValue = true
                } else if xml.isNamed("is") {
                    inline = try xml.readRichText(using: &scratch)
                } else {
                    try xml.skipElement()
                }
            case .end:
                if xml.depth < depth {
                    if var value = try cellValue(type, hasValue: hasValue, inline: inline, column: column) {
                        if isDate, case .number(let serial) = value { value = .date(Self.isoDate(serial)) }
                        cells.append(SheetCell(column: column, value: value))
                    }
                    return column
                }
            case .text, .endOfDocument:
                continue
            }
        }
    }

    /// A cell's type, from its `t` attribute (`n`, a number, without one).
    private enum CellType {
        case number, sharedString, inlineString, formulaString, bool, error, date
        case unknown(String)

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            // Compared as bytes: a cell's type is read for every cell.
            if bytes.count == 1 {
                switch bytes[0] {
                case UInt8(ascii: "n"): self = .number
                case UInt8(ascii: "s"): self = .sharedString
                case UInt8(ascii: "b"): self = .bool
                case UInt8(ascii: "e"): self = .error
                case UInt8(ascii: "d"): self = .date
                default: self = .unknown(String(decoding: bytes, as: UTF8.self))
                }
            } else if bytesEqual(bytes, "inlineStr") {
                self = .inlineString
            } else if bytesEqual(bytes, "str") {
                self = .formulaString
            } else {
                self = .unknown(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// A cell's value by its type from its `v` (in `scratch`) or inline string; nil for a cell without a value
    /// (one that only carries formatting).
    private func cellValue(_ type: CellType, hasValue: Bool, inline: String?, column: Int) throws(XlsxError)
        -> SheetValue?
    {
        func bad(_ detail: String) -> XlsxError {
            .badCell(file: file, sheet: sheet, cell: "\(sheetColumnLetters(column))\(row)", detail: detail)
        }
        if case .inlineString = type {
            if let inline { return .text(inline) }
            return hasValue ? .text(excelText(scratch)) : nil
        }
        guard hasValue else { return nil }
        switch type {
        case .inlineString, .formulaString:
            return .text(excelText(scratch))
        case .error:
            return .error(trimmingXMLSpace(String(decoding: scratch, as: UTF8.self)))
        case .date:
            return .date(trimmingXMLSpace(String(decoding: scratch, as: UTF8.self)))
        case .sharedString:
            let index = scratch.withUnsafeBufferPointer { Self.integer(Self.trimmed($0)) }
            guard let index, sharedStrings.indices.contains(index) else {
                throw bad(
                    "the shared string \"\(String(decoding: scratch, as: UTF8.self))\" does not exist (the workbook has \(sharedStrings.count))"
                )
            }
            return .text(sharedStrings[index])
        case .bool:
            switch trimmingXMLSpace(String(decoding: scratch, as: UTF8.self)) {
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            default: throw bad("\"\(String(decoding: scratch, as: UTF8.self))\" is not a truth value (1 or 0)")
            }
        case .number:
            let number = scratch.withUnsafeBufferPointer { bytes -> Double?? in
                let trimmed = Self.trimmed(bytes)
                return trimmed.isEmpty ? .some(nil) : xlsxNumber(trimmed)
            }
            guard let number else { throw bad("\"\(String(decoding: scratch, as: UTF8.self))\" is not a number") }
            return number.map { .number($0) }
        case .unknown(let name):
            throw bad("the cell's type \"\(name)\" is unknown (Excel writes n, s, str, inlineStr, b, e and d)")
        }
    }

    /// A date as a number of days in Excel's 1900 date system, as ISO 8601 text: "2023-05-01", with the time
    /// where there is one ("2023-05-01T12:30"). Day 1 is 1900-01-01, and Excel counts a 29 February 1900 that
    /// never was (day 60), so from day 61 on the days count from 1899-12-30. (Workbooks in the 1904 date system,
    /// from old Macs, show other dates; a date is refused where a number belongs either way.)
    static func isoDate(_ serial: Double) -> String {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return plainNumber(serial) }
        var days = Int(serial.rounded(.down))
        var minutes = Int(((serial - Double(days)) * 1_440).rounded())
        if minutes == 1_440 {
            days += 1
            minutes = 0
        }
        if days == 60 { return "1900-02-29" }
        // Days since 1970-01-01 (Howard Hinnant's civil-from-days).
        let z = (days < 60 ? days - 25_568 : days - 25_569) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let date = "\(year)-\(two(month))-\(two(day))"
        return minutes == 0 ? date : date + "T\(two(minutes / 60)):\(two(minutes % 60))"
    }

    /// Bytes without leading and trailing XML whitespace.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var low = 0
        var high = bytes.count
        while low < high && isSpace(bytes[low]) { low += 1 }
        while high > low && isSpace(bytes[high - 1]) { high -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[low..<high])
    }

    /// A whole number of up to nine digits from its bytes; nil if they are none.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// A cell reference such as `C7` as its column number (A is 1) and row number; nil if it is none.
    static func cellReference(_ reference: UnsafeBufferPointer<UInt8>) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in reference {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int(byte & 0xDF) - 64
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte) - 48
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, column <= maximumColumn, row >= 1, row <= maximumRow else { return nil }
        return (column, row)
    }
}
