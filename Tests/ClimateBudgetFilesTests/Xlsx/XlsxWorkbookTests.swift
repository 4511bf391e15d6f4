import Foundation
import Testing

@testable import ClimateBudgetFiles

/// A row from its number and its cells as (column, value) pairs.
func sheetRow(_ number: Int, _ cells: [(Int, SheetValue)]) -> SheetRow {
    SheetRow(number: number, cells: cells.map { SheetCell(column: $0.0, value: $0.1) })
}

@Suite("Reading xlsx workbooks")
struct XlsxWorkbookTests {
    /// The handmade workbook's shared strings (make_fixtures.py): phonetic runs left out, whitespace trimmed
    /// without xml:space="preserve", _xHHHH_ decoded (_x005F_ is the underscore, a surrogate pair one character,
    /// _xZZZZ_ no escape), entities and references resolved, a run of one space between runs kept.
    private let strings = [
        "Sektor", "Veitrafikk", " padded ", "trimmed", "Andre næringer\r",
        "literal _x000D_ and å and 😀 and _xZZZZ_", "A & B <C> \"D\" 'E' å₂", "hello world",
    ]

    /// The rows of the handmade workbook's sheet "Data" (xl/worksheets/first.xml).
    private var dataRows: [SheetRow] {
        [
            sheetRow(1, [(1, .text("Sektor")), (2, .text("År")), (3, .number(2009))]),
            // Row 2 is missing; cells without a reference take the next column, E3 skips C and D.
            sheetRow(3, [(1, .text("first without r")), (2, .number(2)), (5, .number(5)), (6, .number(6))]),
            // Row 4 has only cells without values, so it is left out; the row after it has no number: 5.
            sheetRow(
                5,
                [
                    (1, .bool(true)), (2, .bool(false)), (3, .error("#N/A")), (4, .text("Årx")),
                    (5, .date("2024-03-01T00:00:00")), (6, .number(0.0015)),
                ]),
            sheetRow(
                6,
                [
                    (1, .number(-12.5)), (2, .number(17.66142837173263)), (3, .number(0.1)),
                    (4, .number(1.234_567_890_123_456_8e23)), (5, .number(1e-300)),
                ]),
            sheetRow(7, (1...6).map { ($0, SheetValue.text(strings[$0])) }),
            sheetRow(8, [(1, .text("hello world")), (2, .text("rich inline")), (3, .text(""))]),
            // A9 has a formula without a cached value: no value.
            sheetRow(9, [(2, .number(5.16142837173263))]),
        ]
    }

    @Test("Sheets are found through the relationships, in the workbook's order, under any part names")
    func sheets() throws {
        let workbook = try XlsxFixture.workbook("handmade.xlsx")
        #expect(workbook.sheetNames == ["Data", "Prefiks & BOM", "Diagram"])
        #expect(
            workbook.sheets == [
                XlsxSheet(name: "Data", part: "xl/worksheets/first.xml", isWorksheet: true),
                XlsxSheet(name: "Prefiks & BOM", part: "xl/worksheets/second.xml", isWorksheet: true),
                XlsxSheet(name: "Diagram", part: "xl/chartsheets/sheet1.xml", isWorksheet: false),
            ])
        #expect(workbook.sharedStrings == strings)
    }

    @Test("Every cell type, sparse rows and cells, shared and inline strings")
    func rows() throws {
        let workbook = try XlsxFixture.workbook("handmade.xlsx")
        #expect(try workbook.allRows(ofSheet: "Data") == dataRows)
    }

    @Test("A prefix on every element, a byte order mark, CDATA and a stored entry")
    func prefixed() throws {
        let workbook = try XlsxFixture.workbook("handmade.xlsx")
        #expect(
            try workbook.allRows(ofSheet: "Prefiks & BOM") == [
                sheetRow(2, [(2, .text("Hei ₂ <ikke> & tag")), (3, .number(42))]),
                sheetRow(10, [(1, .text("Veitrafikk"))]),
            ])
    }

    @Test("Rows come one at a time, through the callback and the row reader alike")
    func streaming() throws {
        let workbook = try XlsxFixture.workbook("handmade.xlsx")
        var numbers: [Int] = []
        try workbook.rows(ofSheet: "Data") { numbers.append($0.number) }
        #expect(numbers == [1, 3, 5, 6, 7, 8, 9])
        var reader = try workbook.rowReader(ofSheet: "Data")
        let first = try reader.next()
        let second = try reader.next()
        #expect(first?.number == 1 && second?.number == 3)
    }

    @Test("A zip64 archive gives the same workbook")
    func zip64() throws {
        let workbook = try XlsxFixture.workbook("zip64.xlsx")
        #expect(workbook.sheetNames == ["Data", "Prefiks & BOM", "Diagram"])
        #expect(try workbook.allRows(ofSheet: "Data") == dataRows)
    }

    @Test("A workbook as openpyxl writes it")
    func openpyxl() throws {
        let workbook = try XlsxFixture.workbook("openpyxl.xlsx")
        #expect(workbook.sheetNames == ["Info", "Sjøfart", "Oversikt - detaljert"])
        #expect(try workbook.allRows(ofSheet: "Sjøfart") == [])
        #expect(
            try workbook.allRows(ofSheet: "Oversikt - detaljert") == [
                sheetRow(
                    1,
                    [
                        (1, .text("År")), (2, .text("Sektor")), (3, .text("Utslippskilde")), (4, .text("Klimagass")),
                        (5, .text("Utslipp (tonn CO₂-ekvivalenter)")),
                    ]),
                sheetRow(
                    2,
                    [
                        (1, .number(2009)), (2, .text("Annen mobil forbrenning")), (3, .text("Andre næringer\n")),
                        (4, .text("CO2")), (5, .number(17.7)),
                    ]),
                // openpyxl writes 0.1 + 0.2 as 0.3.
                sheetRow(
                    3,
                    [
                        (1, .number(2024)), (2, .text("Sjøfart")), (3, .text("*Estimat sjøfart ")), (4, .text("CH4")),
                        (5, .number(0.3)),
                    ]),
                // Row 4 is empty and row 6 a formula without a cached value: both left out.
                sheetRow(5, [(1, .number(2024)), (2, .bool(true)), (3, .bool(false)), (5, .number(-3))]),
                sheetRow(7, [(3, .text("fet og vanlig"))]),
            ])
    }

    @Test("A sheet that does not exist, and a chart sheet")
    func wrongSheet() throws {
        let workbook = try XlsxFixture.workbook("handmade.xlsx")
        let missing = XlsxError.noSuchSheet(
            file: "handmade.xlsx", sheet: "data", sheets: ["Data", "Prefiks & BOM", "Diagram"])
        #expect(throws: missing) { try workbook.allRows(ofSheet: "data") }
        #expect(
            missing.description
                == "handmade.xlsx: no sheet is named \"data\"; the workbook's sheets are \"Data\", \"Prefiks & BOM\", \"Diagram\""
        )
        let chart = XlsxError.notAWorksheet(file: "handmade.xlsx", sheet: "Diagram")
        #expect(throws: chart) { try workbook.allRows(ofSheet: "Diagram") }
        #expect(
            chart.description
                == "handmade.xlsx: sheet \"Diagram\" is a chart or dialog sheet without cells; choose a worksheet")
    }

    @Test("A damaged sheet: its checksum, and malformed XML at its line and column")
    func damaged() throws {
        let badCRC = try XlsxFixture.workbook("bad-crc.xlsx")
        #expect(
            throws: XlsxError.damagedEntry(
                file: "bad-crc.xlsx", entry: "xl/worksheets/first.xml",
                detail: "its checksum is wrong (CRC-32 0xF356751F where the archive states 0x12345678)")
        ) { try badCRC.allRows(ofSheet: "Data") }
        // Line 5 is `<row r="2"><c r="A2"><v>2</v></row>`: the </row> at column 30 closes the <c>.
        let malformed = try XlsxFixture.workbook("malformed.xlsx")
        #expect(
            throws: XlsxError.malformedXML(
                file: "malformed.xlsx", part: "xl/worksheets/first.xml", line: 5, column: 30,
                detail: "</row> where </c> belongs")
        ) { try malformed.allRows(ofSheet: "Data") }
    }

    @Test("Broken files fail when opened")
    func broken() {
        #expect(throws: XlsxError.notAZip(file: "not-a-zip.xlsx")) { try XlsxFixture.workbook("not-a-zip.xlsx") }
        #expect(
            throws: XlsxError.truncated(
                file: "truncated.xlsx", detail: "the zip's table of contents at its end is missing")
        ) { try XlsxFixture.workbook("truncated.xlsx") }
    }

    @Test("Relationship targets: relative to the source part's folder, or absolute; dots and escapes followed")
    func targets() {
        #expect(XlsxWorkbook.resolve("worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(XlsxWorkbook.resolve("/xl/worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(XlsxWorkbook.resolve("../xl/./a%20b.xml", from: "xl") == "xl/a b.xml")
        #expect(XlsxWorkbook.resolve("xl/workbook.xml", from: "") == "xl/workbook.xml")
    }

    @Test("Cell references, numbers and Excel's escapes")
    func pieces() {
        func reference(_ text: String) -> (Int, Int)? {
            Array(text.utf8).withUnsafeBufferPointer { XlsxRowReader.cellReference($0).map { ($0.column, $0.row) } }
        }
        #expect(reference("C7")! == (3, 7))
        #expect(reference("AA1")! == (27, 1))
        #expect(reference("XFD1048576")! == (16_384, 1_048_576))
        for bad in ["XFE1", "A0", "A1048577", "7C", "C", "C7 ", "$C$7"] { #expect(reference(bad) == nil, "\(bad)") }

        func number(_ text: String) -> Double? {
            Array(text.utf8).withUnsafeBufferPointer { xlsxNumber($0) }
        }
        #expect(number("17.66142837173263") == 17.66142837173263)
        #expect(number("-0.1") == -0.1)
        #expect(number("1.5E-3") == 0.0015)
        #expect(number("+2e2") == 200)
        #expect(number("0.30000000000000004") == 0.1 + 0.2)
        // 2^53 + 1 is no double: Swift's parser rounds it to even, 2^53.
        #expect(number("9007199254740993") == 9_007_199_254_740_992)
        for bad in ["", "-", "1e", "0x1p3", "inf", "nan", "1,5", "1 5", "e5"] { #expect(number(bad) == nil, "\(bad)") }

        #expect(excelText(Array("Andre næringer_x000D_".utf8)) == "Andre næringer\r")
        #expect(excelText(Array("_x005F_x000D_".utf8)) == "_x000D_")
        #expect(excelText(Array("_xD83D_ alone".utf8)) == "_xD83D_ alone")
        #expect(excelText(Array("no_escape_x12_".utf8)) == "no_escape_x12_")
    }
}
