import CZlib
import Foundation
import TestSupport
import Testing

@testable import ClimateBudgetFiles

/// A fresh temporary file name for a written workbook.
func temporaryFile(_ name: String) -> URL {
    TemporaryFolders.url("climate-budget", suffix: "-\(name)")
}

@Suite("Writing zips and xlsx workbooks")
struct XlsxWriterTests {
    /// Issue 14: the workbook had no paper size, so it printed on the printer's default (often Letter).
    @Test("The measures sheet prints on A4 landscape and the explanation sheet on A4 portrait, as wide as the page")
    func paperSize() throws {
        let url = temporaryFile("tiltak.xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(try MeasureSheet.workbook(try BudgetLoader.load(from: FixtureBudget.trondheim), file: "tiltak.xlsx"))
            .write(to: url)
        let archive = try ZipArchive(url: url, shownAs: "tiltak.xlsx")
        func pageSetup(_ name: String) throws -> String? {
            let entry = try #require(archive.entry(named: name))
            let xml = String(decoding: try archive.contents(of: entry), as: UTF8.self)
            return xml.range(of: "<pageSetup [^>]*/>", options: .regularExpression).map { String(xml[$0]) }
        }
        #expect(
            try pageSetup("xl/worksheets/sheet1.xml")
                == "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
        #expect(
            try pageSetup("xl/worksheets/sheet2.xml")
                == "<pageSetup paperSize=\"9\" orientation=\"portrait\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
    }

    @Test("The zip writer's archive reads back with our reader: names, methods, CRC-32 and sizes exact")
    func zipRoundTrip() throws {
        var zip = ZipWriter(file: "test.zip")
        let repeated = Array(String(repeating: "<row>15500</row>", count: 200).utf8)
        try zip.add("xl/worksheets/sheet1.xml", repeated)
        try zip.add("hello.txt", Array("hello".utf8))
        try zip.add("mappe/æøå.txt", Array("blåbærsyltetøy".utf8), method: .stored)
        let bytes = try zip.finish()
        let url = temporaryFile("test.zip")
        try Data(bytes).write(to: url)
        let archive = try ZipArchive(url: url, shownAs: "test.zip")
        #expect(archive.entries.map(\.name) == ["xl/worksheets/sheet1.xml", "hello.txt", "mappe/æøå.txt"])
        // 16 bytes × 200 = 3 200 deflate to far less; "hello" (5 bytes) would grow, so it is stored.
        #expect(archive.entries.map(\.method) == [8, 0, 0])
        #expect(archive.entries.map(\.uncompressedSize) == [3_200, 5, 17])
        #expect(archive.entries[1].compressedSize == 5)
        #expect(archive.entries[0].compressedSize < 100)
        // The CRC-32 of "hello", as every implementation (Python's zlib.crc32(b"hello")) gives it: 0x3610A686.
        #expect(archive.entries[1].crc32 == 0x3610_A686)
        #expect(archive.entries.map(\.flags) == [0x0800, 0x0800, 0x0800])
        #expect(try archive.contents(of: archive.entries[0]) == repeated)
        #expect(try archive.contents(of: archive.entries[2]) == Array("blåbærsyltetøy".utf8))
        // The end record: 3 entries, the directory right after the last entry's data.
        let end = Array(bytes.suffix(22))
        #expect(end.prefix(4) == [0x50, 0x4B, 0x05, 0x06])
        #expect((end[10], end[11]) == (3, 0))
        try? FileManager.default.removeItem(at: url)
    }

    @Test("An entry or archive past the zip's 4 GB limit is refused with an error, never written wrong")
    func tooLarge() throws {
        // The limit lowered to 100 bytes stands for 4 GB, so that the test writes no gigabytes.
        var zip = ZipWriter(file: "tiltak.xlsx", limit: 100)
        #expect(throws: XlsxError.tooLarge(file: "tiltak.xlsx", detail: "the part big.xml holds 101 bytes")) {
            try zip.add("big.xml", [UInt8](repeating: 0x41, count: 101), method: .stored)
        }
        try zip.add("a.xml", [UInt8](repeating: 0x41, count: 60), method: .stored)
        #expect(
            throws: XlsxError.tooLarge(file: "tiltak.xlsx", detail: "the archive grows past 4 GB at the part b.xml")
        ) {
            try zip.add("b.xml", [UInt8](repeating: 0x41, count: 20), method: .stored)
        }
        #expect(
            XlsxError.tooLarge(file: "tiltak.xlsx", detail: "the part big.xml holds 101 bytes").description
                == "tiltak.xlsx: cannot be written: the part big.xml holds 101 bytes, more than an xlsx file without zip64 can hold (4 GB); nothing was written"
        )
    }

    @Test("XML's special characters, Excel's escapes, line breaks, spaces and æøå survive writing and reading")
    func textSurvives() throws {
        let texts = [
            "a < b & \"c\" 'd' > e", "æøå ÆØÅ – Trøndelag fylkeskommune", "literal _x000D_ and _x005F_ stay",
            "line\r\nbreak and\nline feed", "  padded  ", "tab\there", "control \u{1} character", "😀",
        ]
        var sheet = XlsxWriter.Sheet(
            name: "Tiltak & <mål>",
            rows: [[.text("text"), .text("number")]] + texts.map { [.text($0), .number(15_500)] } + [
                [.empty, .number(750.5)], [.text("negative"), .number(-0.25)],
            ])
        sheet.columnWidths = [30, 10]
        sheet.textColumns = [0]
        let url = temporaryFile("text.xlsx")
        try Data(XlsxWriter.workbook([sheet, XlsxWriter.Sheet(name: "Forklaring", rows: [[.text("ø")]])], file: "x"))
            .write(to: url)
        let workbook = try XlsxWorkbook(url: url, shownAs: "text.xlsx")
        #expect(workbook.sheetNames == ["Tiltak & <mål>", "Forklaring"])
        let rows = try workbook.allRows(ofSheet: "Tiltak & <mål>")
        #expect(rows.count == texts.count + 3)
        for (index, text) in texts.enumerated() {
            #expect(rows[index + 1] == sheetRow(index + 2, [(1, .text(text)), (2, .number(15_500))]))
        }
        #expect(rows[texts.count + 1] == sheetRow(texts.count + 2, [(2, .number(750.5))]))
        #expect(rows[texts.count + 2] == sheetRow(texts.count + 3, [(1, .text("negative")), (2, .number(-0.25))]))
        #expect(try workbook.allRows(ofSheet: "Forklaring") == [sheetRow(1, [(1, .text("ø"))])])
        try? FileManager.default.removeItem(at: url)
    }

    @Test("A sheet keeps its heading in view (a frozen pane), sets column widths and formats text columns as text")
    func sheetLayout() {
        var sheet = XlsxWriter.Sheet(name: "Tiltak", rows: [[.text("id"), .text("title")], [.number(1), .text("x")]])
        sheet.columnWidths = [6, 40.5]
        sheet.textColumns = [1]
        let xml = XlsxWriter.worksheet(sheet, selected: true)
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(
            xml.contains(
                "<cols><col min=\"1\" max=\"1\" width=\"6\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"40.5\" style=\"2\" customWidth=\"1\"/></cols>"
            ))
        #expect(
            xml.contains(
                "<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" s=\"1\" t=\"inlineStr\"><is><t>title</t></is></c></row>"
                    + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" s=\"2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
            ))
        #expect(xml.contains("<dimension ref=\"A1:B2\"/>"))
    }
}

@Suite("Dates in xlsx: numbers that a date format shows as dates")
struct XlsxDateTests {
    @Test("Excel's day numbers as ISO dates, with the 29 February 1900 Excel counts")
    func isoDates() {
        #expect(XlsxRowReader.isoDate(1) == "1900-01-01")
        #expect(XlsxRowReader.isoDate(59) == "1900-02-28")
        #expect(XlsxRowReader.isoDate(60) == "1900-02-29")
        #expect(XlsxRowReader.isoDate(61) == "1900-03-01")
        // 2023-05-01 is day 45 047 (Excel's =DATE(2023;5;1)); 45 047.5 is noon.
        #expect(XlsxRowReader.isoDate(45_047) == "2023-05-01")
        #expect(XlsxRowReader.isoDate(45_047.5) == "2023-05-01T12:00")
        #expect(XlsxRowReader.isoDate(2_958_465) == "9999-12-31")
    }

    @Test("Date formats: built-in and custom codes; quoted text, escapes, colours and scientific notation are none")
    func formats() {
        for code in ["dd.mm.yyyy", "d/m/yy", "[$-414]d. mmmm yyyy", "hh:mm", "[h]:mm:ss", "mmm-yy", "yyyy"] {
            #expect(XlsxWorkbook.isDateFormat(code), "\(code)")
        }
        for code in ["General", "0.00", "# ##0", "0.00E+00", "\"days\" 0", "0\\d", "[Red]0.0", "0;[Red]-0", "@"] {
            #expect(!XlsxWorkbook.isDateFormat(code), "\(code)")
        }
    }

    @Test("A number cell in a date format is read as the date it shows; other styles stay numbers")
    func dateCells() throws {
        let styles =
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"# ##0\"/></numFmts>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"165\"/>"
            + "</cellXfs></styleSheet>"
        let sheet =
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
            + "<c r=\"A1\"><v>45047</v></c><c r=\"B1\" s=\"1\"><v>45047</v></c><c r=\"C1\" s=\"2\"><v>45047.25</v></c>"
            + "<c r=\"D1\" s=\"3\"><v>45047</v></c></row></sheetData></worksheet>"
        var parts = XlsxWriter.parts([XlsxWriter.Sheet(name: "Ark1", rows: [])])
        parts = parts.map { name, xml in
            (name, name == "xl/styles.xml" ? styles : name.hasSuffix("sheet1.xml") ? sheet : xml)
        }
        var zip = ZipWriter(file: "dates.xlsx")
        for (name, xml) in parts { try zip.add(name, Array(xml.utf8)) }
        let url = temporaryFile("dates.xlsx")
        try Data(try zip.finish()).write(to: url)
        let workbook = try XlsxWorkbook(url: url)
        #expect(workbook.dateStyles == [1, 2])
        #expect(
            try workbook.allRows(ofSheet: "Ark1") == [
                sheetRow(
                    1,
                    [
                        (1, .number(45_047)), (2, .date("2023-05-01")), (3, .date("2023-05-01T06:00")),
                        (4, .number(45_047)),
                    ])
            ])
        try? FileManager.default.removeItem(at: url)
    }
}

@Suite("The exported workbook's explanations in nb, nn and en")
struct SheetLanguageTests {
    @Test("Every language explains every column and how to read the sheet back; none is empty or a copy of another")
    func complete() {
        for language in SheetLanguage.allCases {
            #expect(language.heading.count == 3, "\(language)")
            // id, kind, sector, title, implementers, reporter, the years, the record.
            #expect(language.columnTexts.count == MeasureSheet.columns.count + 2, "\(language)")
            #expect(language.notes.count == 2, "\(language)")
            let texts = language.heading + language.columnTexts.flatMap { [$0.holds, $0.read] } + language.notes
            #expect(!texts.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(language)")
        }
        // Nynorsk is written as nynorsk, not bokmål with another name: each explanation differs.
        for (bokmal, nynorsk) in zip(SheetLanguage.nb.columnTexts, SheetLanguage.nn.columnTexts) {
            #expect(bokmal.holds != nynorsk.holds)
            #expect(bokmal.read != nynorsk.read || bokmal.read == "Tom celle: ingen sektor.")
        }
        #expect(SheetLanguage("nn") == .nn)
        #expect(SheetLanguage("de") == .nb)
        #expect(SheetLanguage.en.measuresSheet == "Measures")
        #expect(SheetLanguage.en.guideSheet == "Columns")
    }

    @Test("The guide lists each column by its letter and heading, the years as one range")
    func guideRows() {
        let rows = SheetLanguage.nn.guide(years: [2026, 2027, 2028, 2029])
        #expect(rows[0] == [.text("Kolonne"), .text("Innhald"), .text("Ved innlesing")])
        #expect(rows[1][0] == .text("A: id"))
        #expect(rows[7][0] == .text("G–J: 2026 … 2029"))
        #expect(rows[8][0] == .text("K: exported (do not edit)"))
        #expect(rows[9] == [])
        #expect(
            rows[11] == [
                .empty,
                .text(
                    "Vis endringane: climate-budget import tiltak.xlsx. Skriv dei: climate-budget import tiltak.xlsx --write."
                ),
            ])
    }
}
