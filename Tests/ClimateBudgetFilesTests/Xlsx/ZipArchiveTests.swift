import Foundation
import Testing

@testable import ClimateBudgetFiles

/// The xlsx fixtures beside the tests, written by `Fixtures/xlsx/make_fixtures.py`.
enum XlsxFixture {
    static let folder = FixtureBudget.fixtures.appendingPathComponent("xlsx")

    static func url(_ name: String) -> URL {
        folder.appendingPathComponent(name)
    }

    /// Opens a fixture as a workbook, named in messages by its file name.
    static func workbook(_ name: String) throws(XlsxError) -> XlsxWorkbook {
        try XlsxWorkbook(url: url(name), shownAs: name)
    }

    /// Opens a fixture as a zip archive, named in messages by its file name.
    static func archive(_ name: String) throws(XlsxError) -> ZipArchive {
        try ZipArchive(url: url(name), shownAs: name)
    }
}

@Suite("Our zip reader over the system's zlib")
struct ZipArchiveTests {
    /// The handmade workbook's entries, as make_fixtures.py writes them.
    private let names = [
        "[Content_Types].xml", "_rels/.rels", "xl/book.xml", "xl/_rels/book.xml.rels", "xl/strings.xml",
        "xl/worksheets/first.xml", "xl/worksheets/second.xml", "xl/chartsheets/sheet1.xml",
    ]

    @Test("The central directory lists every entry with its method, flags, sizes and CRC-32")
    func entries() throws {
        let archive = try XlsxFixture.archive("handmade.xlsx")
        #expect(archive.entries.map(\.name) == names)
        // first.xml is deflated with its sizes in a data descriptor (flag 3), second.xml stored; Python's zipfile
        // reports the same CRC-32 and sizes for them.
        let first = try #require(archive.entry(named: "xl/worksheets/first.xml"))
        #expect((first.method, first.flags, first.crc32) == (8, 0x0808, 0xF356_751F))
        #expect((first.compressedSize, first.uncompressedSize) == (633, 1_570))
        let second = try #require(archive.entry(named: "xl/worksheets/second.xml"))
        #expect((second.method, second.flags, second.compressedSize, second.uncompressedSize) == (0, 0x0800, 516, 516))
    }

    @Test("Entries are found ignoring case and a leading slash, as part names are")
    func lookup() throws {
        let archive = try XlsxFixture.archive("handmade.xlsx")
        #expect(archive.entry(named: "/XL/Book.xml")?.name == "xl/book.xml")
        #expect(archive.entry(named: "xl/workbook.xml") == nil)
    }

    @Test("Stored and deflated entries, with or without a data descriptor, read to their exact bytes")
    func contents() throws {
        let archive = try XlsxFixture.archive("handmade.xlsx")
        for entry in archive.entries {
            let bytes = try archive.contents(of: entry)
            #expect(UInt64(bytes.count) == entry.uncompressedSize, "\(entry.name)")
        }
        let second = try archive.contents(of: try #require(archive.entry(named: "xl/worksheets/second.xml")))
        #expect(Array(second.prefix(8)) == [0xEF, 0xBB, 0xBF] + Array("<?xml".utf8))
        let chart = try archive.contents(of: try #require(archive.entry(named: "xl/chartsheets/sheet1.xml")))
        #expect(
            String(decoding: chart, as: UTF8.self)
                == "<chartsheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetViews/></chartsheet>"
        )
    }

    @Test("A zip64 archive (zip64 end record, locator and extra fields) reads the same")
    func zip64() throws {
        let plain = try XlsxFixture.archive("handmade.xlsx")
        let zip64 = try XlsxFixture.archive("zip64.xlsx")
        #expect(zip64.entries.map(\.name) == names)
        for entry in zip64.entries {
            let other = try #require(plain.entry(named: entry.name))
            #expect(try zip64.contents(of: entry) == plain.contents(of: other), "\(entry.name)")
        }
    }

    @Test("A wrong CRC-32 is reported when the entry has been read")
    func badCRC() throws {
        let archive = try XlsxFixture.archive("bad-crc.xlsx")
        let entry = try #require(archive.entry(named: "xl/worksheets/first.xml"))
        let error = XlsxError.damagedEntry(
            file: "bad-crc.xlsx", entry: "xl/worksheets/first.xml",
            detail: "its checksum is wrong (CRC-32 0xF356751F where the archive states 0x12345678)")
        #expect(throws: error) { try archive.contents(of: entry) }
        #expect(
            error.description
                == "bad-crc.xlsx, entry xl/worksheets/first.xml: its checksum is wrong (CRC-32 0xF356751F where the archive states 0x12345678); the file is damaged; download or save it again"
        )
    }

    @Test("Damaged deflate data is reported with zlib's reason")
    func damagedDeflate() throws {
        let archive = try XlsxFixture.archive("deflate-damaged.xlsx")
        let entry = try #require(archive.entry(named: "xl/worksheets/first.xml"))
        #expect(
            throws: XlsxError.damagedEntry(
                file: "deflate-damaged.xlsx", entry: "xl/worksheets/first.xml",
                detail: "its compressed data is damaged (zlib: invalid bit length repeat)")
        ) { try archive.contents(of: entry) }
    }

    @Test("A file cut short, a file that is no zip, and a missing file")
    func notReadable() throws {
        let truncated = XlsxError.truncated(
            file: "truncated.xlsx", detail: "the zip's table of contents at its end is missing")
        #expect(throws: truncated) { try XlsxFixture.archive("truncated.xlsx") }
        #expect(
            truncated.description
                == "truncated.xlsx: the file is cut short (the zip's table of contents at its end is missing); download or save it again"
        )
        let notAZip = XlsxError.notAZip(file: "not-a-zip.xlsx")
        #expect(throws: notAZip) { try XlsxFixture.archive("not-a-zip.xlsx") }
        #expect(
            notAZip.description
                == "not-a-zip.xlsx: not an xlsx workbook (an xlsx file is a zip archive, and this is none); save it from Excel as \"Excel Workbook (.xlsx)\", or as CSV"
        )
        #expect(throws: XlsxError.unreadable(file: "nowhere.xlsx", reason: "no such file")) {
            try XlsxFixture.archive("nowhere.xlsx")
        }
        #expect(throws: XlsxError.unreadable(file: "xlsx", reason: "it is a folder")) {
            try ZipArchive(url: XlsxFixture.folder, shownAs: "xlsx")
        }
    }
}
