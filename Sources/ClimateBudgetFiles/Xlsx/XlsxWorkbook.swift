import Foundation

/// A sheet of a workbook, as its `xl/workbook.xml` lists it.
package struct XlsxSheet: Sendable, Equatable {
    /// The name on the sheet's tab.
    package var name: String
    /// The part (zip entry) that holds it, found through the workbook's relationships.
    package var part: String
    /// Whether it is a worksheet with cells (not a chart or dialog sheet).
    package var isWorksheet: Bool
}

/// An xlsx workbook (Office Open XML spreadsheet), read with our own zip and XML readers.
///
/// Opening it reads the workbook's structure: the sheets in order, found through the package's and the workbook's
/// relationships as the standard says (never by assuming `sheet1.xml`), and the shared strings. A worksheet's rows
/// are then read on demand, streaming: ``rows(ofSheet:_:)`` calls back row by row, and ``rowReader(ofSheet:)``
/// hands rows out one at a time, so a sheet of half a million rows is never held whole, neither as XML nor as rows.
/// ``allRows(ofSheet:)`` collects the rows of a small sheet.
///
/// Rows are ``SheetRow`` values: rows and cells missing from the XML are absent (a row without cells is left out, as
/// is a cell without a value, which only carries formatting); a row or cell without a reference takes the next
/// number or column. Shared strings, inline strings and formula string results are text, with rich text runs
/// joined and Excel's `_xHHHH_` escapes decoded (so `_x000D_` is a carriage return); leading and trailing whitespace
/// of a text element counts only with `xml:space="preserve"`, as in Excel. Numbers are numbers, `b` cells truth
/// values, error cells (`#N/A`) and ISO dates (`d`) text.
package struct XlsxWorkbook: Sendable {
    /// The file as messages name it.
    package let file: String
    /// The zip archive the workbook is.
    package let archive: ZipArchive
    /// The sheets in the workbook's order.
    package let sheets: [XlsxSheet]
    /// The shared strings that `s` cells point at.
    package let sharedStrings: [String]
    /// The cell formats (indices into the style sheet's `cellXfs`) that show a number as a date or a time.
    package let dateStyles: Set<Int>

    /// The sheet names in the workbook's order, as on the tabs.
    package var sheetNames: [String] { sheets.map(\.name) }

    /// Opens a workbook and reads its structure and shared strings.
    /// - Parameters:
    ///   - url: The `.xlsx` file.
    ///   - file: The file as messages name it (by default the path).
    package init(url: URL, shownAs file: String? = nil) throws(XlsxError) {
        let archive = try ZipArchive(url: url, shownAs: file)
        self.archive = archive
        self.file = archive.file

        // The package's relationships name the main part; a package without them is read at the usual place.
        var workbookPart = "xl/workbook.xml"
        if archive.entry(named: "_rels/.rels") != nil {
            let relationships = try Self.relationships(of: "", in: archive)
            guard let main = relationships.values.first(where: { $0.type.hasSuffix("/officeDocument") }) else {
                throw .badPart(
                    file: archive.file, part: "_rels/.rels", detail: "no relationship names the workbook's main part")
            }
            workbookPart = main.target
        }
        guard archive.entry(named: workbookPart) != nil else {
            throw .missingPart(file: archive.file, part: workbookPart)
        }
        let relationships = try Self.relationships(of: workbookPart, in: archive)
        sheets = try Self.sheets(in: workbookPart, relationships: relationships, archive: archive)
        if let strings = relationships.values.first(where: { $0.type.hasSuffix("/sharedStrings") }) {
            sharedStrings = try Self.sharedStrings(in: strings.target, archive: archive)
        } else {
            sharedStrings = []
        }
        if let styles = relationships.values.first(where: { $0.type.hasSuffix("/styles") }) {
            dateStyles = try Self.dateStyles(in: styles.target, archive: archive)
        } else {
            dateStyles = []
        }
    }

    /// Reads a worksheet's rows, calling back with each in order, so that a large sheet is never held whole.
    ///
    /// The zip entry's checksum is checked when the sheet has been read to its end; if this throws, the rows
    /// already given came from a damaged file, so discard what was made of them.
    package func rows(ofSheet name: String, _ body: (SheetRow) -> Void) throws(XlsxError) {
        var reader = try rowReader(ofSheet: name)
        while let row = try reader.next() { body(row) }
    }

    /// All of a worksheet's rows, for small sheets.
    package func allRows(ofSheet name: String) throws(XlsxError) -> [SheetRow] {
        var rows: [SheetRow] = []
        try self.rows(ofSheet: name) { rows.append($0) }
        return rows
    }

    /// A reader that hands out a worksheet's rows one at a time, for a caller that wants to stop early or throw
    /// its own errors in between.
    package func rowReader(ofSheet name: String) throws(XlsxError) -> XlsxRowReader {
        guard let sheet = sheets.first(where: { $0.name == name }) else {
            throw .noSuchSheet(file: file, sheet: name, sheets: sheetNames)
        }
        guard sheet.isWorksheet else { throw .notAWorksheet(file: file, sheet: name) }
        guard let entry = archive.entry(named: sheet.part) else {
            throw .missingPart(file: file, part: sheet.part)
        }
        let xml = XMLReader(try archive.open(entry), file: file, part: entry.name)
        return XlsxRowReader(
            xml: xml, sharedStrings: sharedStrings, dateStyles: dateStyles, file: file, sheet: name)
    }

    // MARK: The workbook's structure

    /// A relationship from a part to another: its type (a URI) and the target part's path in the zip.
    struct Relationship {
        var type: String
        var target: String
    }

    /// A part's relationships by id, from `folder/_rels/name.rels`, with targets resolved to zip paths.
    /// External targets (links to other files) are left out.
    static func relationships(of part: String, in archive: ZipArchive) throws(XlsxError) -> [String: Relationship] {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let relationshipsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let entry = archive.entry(named: relationshipsPart) else {
            throw .missingPart(file: archive.file, part: relationshipsPart)
        }
        var xml = XMLReader(try archive.open(entry), file: archive.file, part: entry.name)
        var relationships: [String: Relationship] = [:]
        while true {
            let event = try xml.next()
            if event == .endOfDocument { break }
            guard event == .start, xml.isNamed("Relationship") else { continue }
            guard let id = xml.attribute("Id"), let type = xml.attribute("Type"), let target = xml.attribute("Target")
            else {
                throw .badPart(
                    file: archive.file, part: entry.name, detail: "a relationship lacks its Id, Type or Target")
            }
            if xml.attribute("TargetMode") == "External" { continue }
            relationships[id] = Relationship(type: type, target: resolve(target, from: folder))
        }
        return relationships
    }

    /// A relationship's target as a path in the zip: absolute targets start at the package's root, relative ones
    /// at the folder of the part they come from; `.` and `..` are followed and `%` escapes decoded.
    static func resolve(_ target: String, from folder: String) -> String {
        let target = target.removingPercentEncoding ?? target
        var segments: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// The sheets listed in `xl/workbook.xml`, each with its part through the workbook's relationships.
    private static func sheets(
        in part: String, relationships: [String: Relationship], archive: ZipArchive
    ) throws(XlsxError) -> [XlsxSheet] {
        guard let entry = archive.entry(named: part) else { throw .missingPart(file: archive.file, part: part) }
        var xml = XMLReader(try archive.open(entry), file: archive.file, part: entry.name)
        var sheets: [XlsxSheet] = []
        while true {
            let event = try xml.next()
            if event == .endOfDocument { break }
            guard event == .start, xml.isNamed("sheet") else { continue }
            guard let name = xml.attribute("name") else {
                throw .badPart(file: archive.file, part: entry.name, detail: "sheet \(sheets.count + 1) has no name")
            }
            // The relationship id is `r:id`, in the relationships namespace; match it by its prefix's presence.
            guard let id = xml.attribute("id", prefixed: true) else {
                throw .badPart(
                    file: archive.file, part: entry.name, detail: "sheet \"\(name)\" has no relationship id (r:id)")
            }
            guard let relationship = relationships[id] else {
                throw .badPart(
                    file: archive.file, part: entry.name,
                    detail: "sheet \"\(name)\" points at relationship \(id), which the workbook's relationships lack")
            }
            sheets.append(
                XlsxSheet(
                    name: name, part: relationship.target, isWorksheet: relationship.type.hasSuffix("/worksheet")))
        }
        return sheets
    }

    /// The cell formats of the style sheet whose number format shows a date or a time: a built-in date format
    /// (14 to 22, 45 to 47), or a custom one whose code has day, month, year, hour or second placeholders
    /// outside quoted text, escapes and brackets (colours, conditions; `[h]` elapsed hours count).
    private static func dateStyles(in part: String, archive: ZipArchive) throws(XlsxError) -> Set<Int> {
        guard let entry = archive.entry(named: part) else { return [] }
        var xml = XMLReader(try archive.open(entry), file: archive.file, part: entry.name)
        var dateFormats = Set(14...22).union(45...47)
        var styles: Set<Int> = []
        var inCellFormats = false
        var index = 0
        while true {
            let event = try xml.next()
            if event == .endOfDocument { break }
            if event == .end && xml.isNamed("cellXfs") { inCellFormats = false }
            guard event == .start else { continue }
            if xml.isNamed("numFmt"), let id = xml.attribute("numFmtId").flatMap({ Int($0) }),
                let code = xml.attribute("formatCode")
            {
                if isDateFormat(code) { dateFormats.insert(id) } else { dateFormats.remove(id) }
            } else if xml.isNamed("cellXfs") {
                inCellFormats = true
            } else if inCellFormats && xml.isNamed("xf") {
                if let id = xml.attribute("numFmtId").flatMap({ Int($0) }), dateFormats.contains(id) {
                    styles.insert(index)
                }
                index += 1
            }
        }
        return styles
    }

    /// Whether a number format code shows a date or a time.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBracket = false
        var escaped = false
        var bracket = ""
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\\" where !inQuotes:
                escaped = true
            case "\"":
                inQuotes.toggle()
            case "[" where !inQuotes:
                inBracket = true
                bracket = ""
            case "]" where inBracket:
                inBracket = false
                // Elapsed time: [h], [mm], [ss].
                if !bracket.isEmpty && bracket.allSatisfy({ "hms".contains($0) }) { return true }
            case _ where inBracket:
                bracket.append(character)
            case _ where inQuotes:
                continue
            case "d", "m", "y", "h", "s":
                return true
            case ";":
                // Only the first section (positive numbers) decides.
                return false
            default:
                continue
            }
        }
        return false
    }

    /// The shared string table: each `si`, its rich text runs joined.
    private static func sharedStrings(in part: String, archive: ZipArchive) throws(XlsxError) -> [String] {
        guard let entry = archive.entry(named: part) else { throw .missingPart(file: archive.file, part: part) }
        var xml = XMLReader(try archive.open(entry), file: archive.file, part: entry.name)
        var strings: [String] = []
        var scratch: [UInt8] = []
        while true {
            let event = try xml.next()
            if event == .endOfDocument { break }
            if event == .start {
                if xml.isNamed("si") {
                    strings.append(try xml.readRichText(using: &scratch))
                } else if xml.isNamed("sst"), let count = xml.attribute("uniqueCount").flatMap({ Int($0) }) {
                    strings.reserveCapacity(min(count, 1_000_000))
                }
            }
        }
        return strings
    }
}
