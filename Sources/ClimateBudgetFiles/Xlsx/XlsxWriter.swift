import ClimateBudget

/// Our own writer of xlsx workbooks (Office Open XML SpreadsheetML), the counterpart of ``XlsxWorkbook``: the
/// package's content types and relationships, the workbook, a small style sheet and one worksheet per sheet,
/// zipped by ``ZipWriter``. Text is written as inline strings, escaped by ``XMLEscaping`` as the reader unescapes
/// it; numbers as number cells. A sheet can keep its first row in view (a frozen pane), set its column widths,
/// make its first row bold, format columns as text so a spreadsheet keeps what is typed there as typed, and wrap
/// long text.
package enum XlsxWriter {
    /// A cell to write.
    package enum Cell: Sendable, Equatable {
        /// Text, written as an inline string.
        case text(String)
        /// A number, written as a number cell (it must be finite).
        case number(Double)
        /// No cell.
        case empty
    }

    /// A worksheet to write.
    package struct Sheet: Sendable {
        /// The name on its tab (at most 31 characters, none of `[]:*?/\`).
        package var name: String
        /// The rows from row 1, each from column A.
        package var rows: [[Cell]]
        /// Each column's width in characters, from column A; columns beyond have the default width.
        package var columnWidths: [Double] = []
        /// Whether the first row stays in view when scrolling (a frozen pane below it) and is bold.
        package var headerRow = true
        /// The columns (from 0) formatted as text, so that what is typed there is kept as typed.
        package var textColumns: Set<Int> = []
        /// Whether long text wraps inside its cell, aligned to the top; each row is made high enough for its
        /// longest text, since not every spreadsheet program fits rows to wrapped text when it opens a file.
        package var wrapText = false
        /// The columns (from 0) whose long text is cut off at the cell's edge instead of running over the empty
        /// cells beside it (Excel's "fill" alignment).
        package var clippedColumns: Set<Int> = []
        /// How many columns from A are printed; all when nil.
        package var printedColumns: Int?
        /// Whether the sheet is printed across the page (landscape) rather than upright (portrait); on A4 either way.
        package var landscape = true

        /// A sheet with its rows.
        package init(name: String, rows: [[Cell]]) {
            self.name = name
            self.rows = rows
        }
    }

    /// The workbook's bytes: a zip of its parts.
    /// - Parameters:
    ///   - sheets: The sheets, in the order of their tabs; the first is the one shown when it opens.
    ///   - file: The file as messages name it.
    package static func workbook(_ sheets: [Sheet], file: String) throws(XlsxError) -> [UInt8] {
        var zip = ZipWriter(file: file)
        for (name, xml) in parts(sheets) {
            try zip.add(name, Array(xml.utf8))
        }
        return try zip.finish()
    }

    /// The parts of the package, by name, in the order they are zipped (content types first, as is customary).
    static func parts(_ sheets: [Sheet]) -> [(String, String)] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet, selected: index == 0)))
        }
        return parts
    }

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipsNamespace =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipsNamespace =
        "http://schemas.openxmlformats.org/package/2006/relationships"

    private static func contentTypes(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map { index in
            "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + sheets.joined() + "</Types>"
    }

    private static let packageRelationships =
        declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private static func workbook(_ sheets: [Sheet]) -> String {
        let entries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XMLEscaping.escaped(sheet.name, attribute: true))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        // The print area of a sheet that prints fewer columns than it has: a defined name of the sheet.
        let printAreas = sheets.enumerated().compactMap { index, sheet -> String? in
            guard let columns = sheet.printedColumns, columns > 0, !sheet.rows.isEmpty else { return nil }
            let name = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            let area = "\(name)!$A$1:$\(sheetColumnLetters(columns))$\(sheet.rows.count)"
            return "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"\(index)\">"
                + XMLEscaping.escaped(area) + "</definedName>"
        }
        return declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
            + "<sheets>\(entries.joined())</sheets>"
            + (printAreas.isEmpty ? "" : "<definedNames>\(printAreas.joined())</definedNames>") + "</workbook>"
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipsNamespace)/worksheet\" "
                + "Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        return declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">" + sheets.joined()
            + "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipsNamespace)/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>"
    }

    /// The cell formats (`cellXfs`) the style sheet defines, by their index, which cells name in `s`.
    enum Style: Int {
        /// The default: general number format.
        case plain = 0
        /// The heading row: bold.
        case header = 1
        /// Text format (`@`): what is typed is kept as text.
        case text = 2
        /// Wrapped text, aligned to the top.
        case wrapped = 3
        /// The heading row of a sheet of wrapped text: bold, aligned to the top.
        case wrappedHeader = 4
        /// Text cut off at the cell's edge ("fill" alignment), in text format.
        case clipped = 5
    }

    private static let styles =
        declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"6\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
        + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
        + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\">"
        + "<alignment horizontal=\"fill\"/></xf>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    /// A worksheet's XML.
    static func worksheet(_ sheet: Sheet, selected: Bool) -> String {
        let width = sheet.rows.map(\.count).max() ?? 0
        var xml = declaration + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">"
        // Printed on pages as wide as the sheet.
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        if width > 0 && !sheet.rows.isEmpty {
            xml += "<dimension ref=\"A1:\(sheetColumnLetters(width))\(sheet.rows.count)\"/>"
        }
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if sheet.headerRow {
            xml +=
                "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                let style = sheet.textColumns.contains(index) ? " style=\"\(Style.text.rawValue)\"" : ""
                xml +=
                    "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(plainNumber(width))\"\(style) customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = rowIndex + 1
            let height = sheet.wrapText ? rowHeight(row, widths: sheet.columnWidths) : nil
            xml += "<row r=\"\(number)\"" + (height.map { " ht=\"\($0)\" customHeight=\"1\"" } ?? "") + ">"
            for (columnIndex, cell) in row.enumerated() {
                let style: Style
                if sheet.headerRow && rowIndex == 0 {
                    style = sheet.wrapText ? .wrappedHeader : .header
                } else if sheet.wrapText {
                    style = .wrapped
                } else if sheet.clippedColumns.contains(columnIndex) {
                    style = .clipped
                } else if sheet.textColumns.contains(columnIndex) {
                    style = .text
                } else {
                    style = .plain
                }
                let reference = "\(sheetColumnLetters(columnIndex + 1))\(number)"
                let styleAttribute = style == .plain ? "" : " s=\"\(style.rawValue)\""
                switch cell {
                case .empty:
                    continue
                case .number(let value):
                    xml += "<c r=\"\(reference)\"\(styleAttribute)><v>\(numberText(value))</v></c>"
                case .text(let text):
                    xml +=
                        "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t\(preserve(text))>"
                        + XMLEscaping.cellText(text) + "</t></is></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        // A4 (paper size 9), as wide as the sheet and as many pages long as it needs.
        xml +=
            "<pageSetup paperSize=\"9\" orientation=\"\(sheet.landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        return xml + "</worksheet>"
    }

    /// The height in points of a row of wrapped text: 15 points a line, as many lines as its longest text needs
    /// at the column's width (in characters; a line holds about as many), each line break starting a line.
    static func rowHeight(_ row: [Cell], widths: [Double]) -> Int {
        var lines = 1
        for (index, cell) in row.enumerated() {
            guard case .text(let text) = cell else { continue }
            let width = max(1, Int(index < widths.count ? widths[index] : 8.43))
            let cellLines = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { sum, line in
                sum + max(1, (line.count + width - 1) / width)
            }
            lines = max(lines, cellLines)
        }
        return 15 * lines
    }

    /// `xml:space="preserve"` where the text's leading or trailing whitespace must be kept.
    private static func preserve(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return "" }
        let space: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return space(first) || space(last) ? " xml:space=\"preserve\"" : ""
    }

    /// A number as a number cell holds it: whole numbers without a point, others as Swift writes a Double
    /// (the shortest text that reads back as exactly the same number, as xsd:double allows).
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
