import Testing

@testable import ClimateBudgetFiles

@Suite("Our CSV reader and writer")
struct CSVTests {
    private func values(_ document: CSVDocument) -> [[String]] {
        document.records.map { $0.fields.map(\.value) }
    }

    @Test("Plain comma-separated rows")
    func plain() throws {
        let document = try CSV.parse("year,total\n2009,524491\n")
        #expect(values(document) == [["year", "total"], ["2009", "524491"]])
        #expect(document.delimiter == ",")
    }

    @Test("Semicolons, a byte order mark and CRLF, as Norwegian Excel saves")
    func excel() throws {
        let document = try CSV.parse("\u{FEFF}id;title\r\n7;Utfasing av fossile drivstoff\r\n")
        #expect(values(document) == [["id", "title"], ["7", "Utfasing av fossile drivstoff"]])
        #expect(document.delimiter == ";")
    }

    @Test("Quoted fields hold delimiters, newlines and doubled quotes")
    func quoted() throws {
        let document = try CSV.parse("a,b\n\"x, y\",\"line one\nline \"\"two\"\"\"\n3,\"\"\n")
        #expect(values(document) == [["a", "b"], ["x, y", "line one\nline \"two\""], ["3", ""]])
        #expect(document.records[2].line == 4)
    }

    @Test("Fields know their line and column")
    func positions() throws {
        let document = try CSV.parse("year,total\n2022,900\n")
        let field = document.records[1].fields[1]
        #expect((field.line, field.column) == (2, 6))
    }

    @Test("Blank lines are not records; a missing final newline is fine")
    func blankLines() throws {
        #expect(values(try CSV.parse("a\n\n1\n\n2")) == [["a"], ["1"], ["2"]])
    }

    @Test("An unclosed quote is reported where the cell starts")
    func unclosedQuote() {
        #expect(throws: CSVError.unclosedQuote(line: 2, column: 3)) {
            try CSV.parse("a,b\n1,\"open\n")
        }
    }

    @Test("A stray quote inside an unquoted cell is reported")
    func strayQuote() {
        #expect(throws: CSVError.quoteInsideUnquotedField(line: 1, column: 4)) {
            try CSV.parse("5 t\"on\n")
        }
    }

    @Test("Writing quotes only what needs it, and reads back the same")
    func roundTrip() throws {
        let rows = [["id", "title"], ["1", "Fossil- og \"utslippsfrie\"; bygg"], ["2", "a\nb"]]
        let text = CSV.write(rows, delimiter: ";", lineEnding: "\r\n")
        #expect(text == "id;title\r\n1;\"Fossil- og \"\"utslippsfrie\"\"; bygg\"\r\n2;\"a\nb\"\r\n")
        #expect(values(try CSV.parse(text)) == rows)
    }
}

@Suite("Reading numbers as people type them")
struct NumberTextTests {
    @Test(
        "Spaces group thousands; the real minus sign counts",
        arguments: [
            ("524491", 524491.0), ("524 491", 524491), ("524\u{00A0}491", 524491), ("−18", -18), ("18.5", 18.5),
        ])
    func accepted(text: String, value: Double) {
        #expect(NumberText.parse(text) == value)
    }

    @Test("A decimal comma only where the file uses semicolons")
    func decimalComma() {
        #expect(NumberText.parse("18,5", decimalComma: true) == 18.5)
        #expect(NumberText.parse("18,5") == nil)
    }

    @Test("Units, words and special values are not numbers", arguments: ["500 t", "n/a", "", "inf", "nan", "1e400"])
    func rejected(text: String) {
        #expect(NumberText.parse(text) == nil)
    }

    // Plain texts (digits, a leading minus, points) are read without cleaning: the same answers as the cleaning.
    @Test(
        "Plain digits, a minus and points read as the cleaning reads them",
        arguments: [
            ("007", false, 7.0), ("-12", false, -12), ("-0", false, -0.0), ("12.50", false, 12.5),
            ("-", false, nil), ("1-2", false, nil), ("1.2.3", false, nil), (".", false, nil),
            ("12.5", true, nil), ("12,5", true, 12.5), ("-3", true, -3),
        ] as [(String, Bool, Double?)])
    func plain(text: String, decimalComma: Bool, value: Double?) {
        #expect(NumberText.parse(text, decimalComma: decimalComma) == value)
    }
}
